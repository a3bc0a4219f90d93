#pragma once

#include "store/failure_store.h"
#include "store/table_access.h"

#include <QDateTime>
#include <QHash>
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
    std::optional<int> durationSeconds; // calls only
    QString callType;                   // Inbound, Outbound, Internal; empty: not given
    QString taskStatus = QStringLiteral("Completed");
    QString priority = QStringLiteral("Normal");
    QString batchId;                 // empty: not in flight
    std::optional<qint64> failureId; // held back while this failure stands
};

// What Salesforce answered for one batch of activities.
struct ActivityOutcome
{
    QHash<qint64, QString> logged; // activity id → the Task's id
    QList<SyncFailure> failures;   // itemId is the activity id
    QList<qint64> released;        // back to waiting, neither logged nor failed
    // The call's answer was lost (timeout, 5xx, unreadable body), so the failed ones may
    // be Tasks already: they stay marked kUnconfirmedBatch for the next flush to check.
    bool maybeApplied = false;
};

class ActivityStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // The batch id that activities left in flight by a crash carry until the flush has
    // asked the org which of them it already holds.
    static constexpr QStringView kUnconfirmedBatch = u"unconfirmed";

    // Adds the activity unless one with the same external id exists; returns its id.
    std::optional<qint64> add(const Activity &activity);
    std::optional<Activity> find(qint64 id) const;
    std::optional<Activity> findByExternalId(const QString &externalId) const;

    // Waiting activities, oldest first: not logged, not in flight, not held by a failure.
    // A failed activity whose failure is resolved (deleted) waits again.
    QList<Activity> pending(int limit) const;
    int pendingCount() const;
    QList<Activity> inBatch(const QString &batchId, int limit) const;

    // All or nothing: false (and nothing marked) if one of them is not waiting.
    bool markInFlight(const QString &batchId, const QList<qint64> &ids);

    // In one transaction: logged activities get their Task id and are synced (a failure
    // that held one is resolved); failed ones are held by a new FailureStore entry;
    // released ones wait again. A crash before this commits leaves them in flight.
    bool recordOutcome(const ActivityOutcome &outcome);

    // At start-up: activities a crashed run left in flight wait again.
    int releaseInFlight();
    // At start-up, when a resend could find the Task already made: every in-flight
    // activity moves to kUnconfirmedBatch for the flush to check first.
    int markInFlightUnconfirmed();

    // Kept for callers that settle one activity at a time.
    bool markLogged(qint64 id, const QString &crmTaskId);

private:
    QList<Activity> select(const QString &where, const QVariant &bound, int limit) const;
};

} // namespace syncdesk
