#pragma once

#include "http/salesforce_error.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QRandomGenerator>
#include <optional>

namespace syncdesk::sandbox {

class OrgSchema;

// What a busy real org does to API saves besides storing them, all off until
// configured: another transaction holding the record (UNABLE_TO_LOCK_ROW at a
// rate) and automation on save (a Flow that sets a field as the saving user).
class SaveRules
{
public:
    // After an API save of `objectName`, `field` becomes `value`, one second
    // later, as the same user.
    struct Automation
    {
        QString objectName;
        QString field;
        QJsonValue value;
    };

    explicit SaveRules(quint32 seed = 1);

    // The share of record saves (0..1) that find their record locked.
    void setLockFailureRate(double rate) { m_lockRate = std::clamp(rate, 0.0, 1.0); }
    double lockFailureRate() const { return m_lockRate; }
    // Decides whether this save finds `id` locked; nullopt lets it go ahead.
    std::optional<RecordError> lockFailure(const QString &id);

    // Adds the automation, replacing one on the same object. Reads
    // "Object.Field=value" too. False, with a message, for a field that is not
    // there, not updateable, or a value it cannot hold.
    bool setAutomation(const OrgSchema &schema, const QString &objectName, const QString &field,
                       const QJsonValue &value, QString *error);
    bool setAutomation(const OrgSchema &schema, const QString &spec, QString *error);
    void clearAutomations() { m_automations.clear(); }
    const Automation *automationFor(const QString &objectName) const;
    QJsonArray automationsJson() const;

private:
    QRandomGenerator m_random;
    double m_lockRate = 0;
    QList<Automation> m_automations;
};

} // namespace syncdesk::sandbox
