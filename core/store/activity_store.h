#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// A call or an email a rep logged, to become one Salesforce Task.
struct Activity
{
    enum class Kind
    {
        Call,
        Email,
    };
    enum class State
    {
        Pending,
        Synced,
        Failed,
    };

    qint64 id = 0;
    QString externalId; // the workspace's own id: logging the same one twice is a no-op
    Kind kind = Kind::Call;
    std::optional<qint64> recordId;
    QString subject;
    QString body;
    QDateTime occurredAt;
    QString crmTaskId;
    State state = State::Pending;
};

class ActivityStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // Adds the activity unless one with the same external id exists; returns its id.
    std::optional<qint64> add(const Activity &activity);
    std::optional<Activity> find(qint64 id) const;
    QList<Activity> pending(int limit) const;
    bool markLogged(qint64 id, const QString &crmTaskId);
    bool markFailed(qint64 id);
};

} // namespace syncdesk
