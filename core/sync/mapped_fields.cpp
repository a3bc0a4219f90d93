#include "sync/mapped_fields.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

MappedFields::MappedFields(const QList<FieldMapping> &mappings)
{
    for (const FieldMapping &mapping : mappings) {
        ObjectFields &object = m_objects[mapping.crmObject];
        object.localObject = mapping.localObject;
        object.directions.insert(mapping.localField, mapping.direction);
        if (mapping.syncsFromCrm())
            object.crmToLocal.insert(mapping.crmField, mapping.localField);
        if (mapping.syncsToCrm())
            object.localToCrm.insert(mapping.localField, mapping.crmField);
    }
}

QStringList MappedFields::inboundObjects() const
{
    QStringList objects;
    for (auto it = m_objects.begin(); it != m_objects.end(); ++it) {
        if (!it->crmToLocal.isEmpty())
            objects.append(it.key());
    }
    std::sort(objects.begin(), objects.end());
    return objects;
}

QStringList MappedFields::inboundCrmFields(const QString &crmObject) const
{
    QStringList fields = m_objects.value(crmObject).crmToLocal.keys();
    std::sort(fields.begin(), fields.end());
    return fields;
}

QStringList MappedFields::outboundLocalFields(const QString &crmObject) const
{
    QStringList fields = m_objects.value(crmObject).localToCrm.keys();
    std::sort(fields.begin(), fields.end());
    return fields;
}

QString MappedFields::crmToLocal(const QString &crmObject, const QString &crmField) const
{
    return m_objects.value(crmObject).crmToLocal.value(crmField);
}

QString MappedFields::localToCrm(const QString &crmObject, const QString &localField) const
{
    return m_objects.value(crmObject).localToCrm.value(localField);
}

QString MappedFields::localObject(const QString &crmObject) const
{
    return m_objects.value(crmObject).localObject;
}

SyncDirection MappedFields::direction(const QString &crmObject, const QString &localField) const
{
    return m_objects.value(crmObject).directions.value(localField, SyncDirection::Off);
}

QJsonObject MappedFields::toLocal(const QString &crmObject, const QJsonObject &crmRecord) const
{
    QJsonObject local;
    const auto object = m_objects.constFind(crmObject);
    if (object == m_objects.cend())
        return local;
    for (auto it = object->crmToLocal.begin(); it != object->crmToLocal.end(); ++it) {
        const auto value = crmRecord.constFind(it.key());
        if (value != crmRecord.constEnd())
            local.insert(it.value(), *value);
    }
    return local;
}

QJsonObject MappedFields::toCrm(const QString &crmObject, const QJsonObject &localFields) const
{
    QJsonObject crm;
    const auto object = m_objects.constFind(crmObject);
    if (object == m_objects.cend())
        return crm;
    for (auto it = object->localToCrm.begin(); it != object->localToCrm.end(); ++it) {
        const auto value = localFields.constFind(it.key());
        if (value != localFields.constEnd())
            crm.insert(it.value(), *value);
    }
    return crm;
}

} // namespace syncdesk
