#include "rest/save_rules.h"

#include "data/record_validator.h"
#include "schema/object_description.h"

#include <QJsonObject>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

SaveRules::SaveRules(quint32 seed)
    // Its own stream, so that turning lock failures on moves no other simulation.
    : m_random(seed ^ 0x10c4u)
{}

std::optional<RecordError> SaveRules::lockFailure(const QString &id)
{
    if (m_lockRate <= 0 || m_random.generateDouble() >= m_lockRate)
        return std::nullopt;
    return RecordError{
        u"UNABLE_TO_LOCK_ROW"_s,
        id.isEmpty() ? u"unable to obtain exclusive access to this record"_s
                     : u"unable to obtain exclusive access to this record or 1 records: "_s + id,
        {}};
}

bool SaveRules::setAutomation(const OrgSchema &schema, const QString &objectName,
                              const QString &field, const QJsonValue &value, QString *error)
{
    const ObjectDescription *object = schema.object(objectName);
    if (!object) {
        *error = u"No such object: "_s + objectName;
        return false;
    }
    const FieldDescription *description = object->field(field);
    if (!description || !description->updateable) {
        *error = u"No updateable field "_s + field + u" on "_s + object->name;
        return false;
    }
    const ValidationResult check =
        validateForUpdate(*object, QJsonObject{{description->name, value}}, &schema);
    if (!check.ok()) {
        *error = check.errors.first().message;
        return false;
    }
    const Automation automation{object->name, description->name,
                                check.fields.value(description->name)};
    for (Automation &existing : m_automations) {
        if (existing.objectName == object->name) {
            existing = automation;
            return true;
        }
    }
    m_automations.append(automation);
    return true;
}

bool SaveRules::setAutomation(const OrgSchema &schema, const QString &spec, QString *error)
{
    const qsizetype dot = spec.indexOf(u'.');
    const qsizetype equals = spec.indexOf(u'=');
    if (dot <= 0 || equals <= dot + 1) {
        *error = u"An automation is Object.Field=value, not '"_s + spec + u"'"_s;
        return false;
    }
    return setAutomation(schema, spec.left(dot), spec.mid(dot + 1, equals - dot - 1),
                         spec.mid(equals + 1), error);
}

const SaveRules::Automation *SaveRules::automationFor(const QString &objectName) const
{
    for (const Automation &automation : m_automations)
        if (automation.objectName == objectName)
            return &automation;
    return nullptr;
}

QJsonArray SaveRules::automationsJson() const
{
    QJsonArray list;
    for (const Automation &automation : m_automations)
        list.append(QJsonObject{{u"object"_s, automation.objectName},
                                {u"field"_s, automation.field},
                                {u"value"_s, automation.value}});
    return list;
}

} // namespace syncdesk::sandbox
