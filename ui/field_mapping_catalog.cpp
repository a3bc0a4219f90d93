#include "field_mapping_catalog.h"

#include "store/describe_cache_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

QString MappedObject::title() const
{
    if (localObject == u"person")
        return QCoreApplication::translate("FieldMappingCatalog", "People ↔ Lead / Contact");
    if (localObject == u"account")
        return QCoreApplication::translate("FieldMappingCatalog", "Accounts ↔ Account");
    if (localObject == u"opportunity")
        return QCoreApplication::translate("FieldMappingCatalog", "Opportunities ↔ Opportunity");
    return QCoreApplication::translate("FieldMappingCatalog", "Activities → Task");
}

QList<MappedObject> mappedObjects()
{
    return {{u"person"_s, {u"Contact"_s, u"Lead"_s}, true},
            {u"account"_s, {u"Account"_s}, true},
            {u"opportunity"_s, {u"Opportunity"_s}, true},
            {u"activity"_s, {u"Task"_s}, false}};
}

std::optional<MappedObject> mappedObjectFor(const QString &localObject)
{
    for (const MappedObject &object : mappedObjects()) {
        if (object.localObject == localObject)
            return object;
    }
    return std::nullopt;
}

QString CrmFieldInfo::typeText() const
{
    return length > 0 ? QString(type + u" ("_s + QString::number(length) + u')') : type;
}

FieldMappingCatalog FieldMappingCatalog::fromCache(QSqlDatabase db)
{
    FieldMappingCatalog catalog;
    DescribeCacheStore cache(db);
    for (const MappedObject &object : mappedObjects()) {
        for (const QString &sobject : object.crmObjects) {
            if (const auto cached = cache.find(sobject))
                catalog.addDescribe(cached->body, cached->fetchedAt);
        }
    }
    return catalog;
}

bool FieldMappingCatalog::addDescribe(const QByteArray &describeJson, const QDateTime &fetchedAt)
{
    const QJsonObject describe = QJsonDocument::fromJson(describeJson).object();
    const QString sobject = describe.value(u"name").toString();
    const QJsonArray fields = describe.value(u"fields").toArray();
    if (sobject.isEmpty())
        return false;
    QList<CrmFieldInfo> infos;
    infos.reserve(fields.size());
    for (const QJsonValue &value : fields) {
        const QJsonObject field = value.toObject();
        infos.append({sobject, field.value(u"name").toString(), field.value(u"label").toString(),
                      field.value(u"type").toString(), field.value(u"length").toInt(),
                      field.value(u"updateable").toBool(), field.value(u"createable").toBool()});
    }
    m_fields.insert(sobject, infos);
    m_fetchedAt.insert(sobject, fetchedAt);
    return true;
}

std::optional<CrmFieldInfo> FieldMappingCatalog::field(const QString &sobject,
                                                       const QString &name) const
{
    const auto fields = m_fields.constFind(sobject);
    if (fields == m_fields.constEnd())
        return std::nullopt;
    for (const CrmFieldInfo &info : *fields) {
        if (info.name.compare(name, Qt::CaseInsensitive) == 0)
            return info;
    }
    return std::nullopt;
}

QString FieldMappingCatalog::writeRefusal(const CrmFieldInfo &field)
{
    if (!field.updateable && !field.createable)
        return QCoreApplication::translate("FieldMappingCatalog",
                                           "Salesforce does not let SyncDesk create or update "
                                           "%1.%2: it is read-only.")
            .arg(field.sobject, field.name);
    if (!field.updateable)
        return QCoreApplication::translate("FieldMappingCatalog",
                                           "Salesforce does not let SyncDesk update %1.%2 "
                                           "(\"updateable\": false).")
            .arg(field.sobject, field.name);
    if (!field.createable)
        return QCoreApplication::translate("FieldMappingCatalog",
                                           "Salesforce does not let SyncDesk set %1.%2 on new "
                                           "records (\"createable\": false).")
            .arg(field.sobject, field.name);
    return {};
}

bool FieldMappingCatalog::isMappableType(const QString &type)
{
    static const QStringList unmappable{u"address"_s, u"location"_s, u"base64"_s, u"complexvalue"_s,
                                        u"anyType"_s};
    return !unmappable.contains(type);
}

} // namespace syncdesk::ui
