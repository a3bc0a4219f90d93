#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace syncdesk {

enum class FailureCategory
{
    NoApiCredits, // 403 REQUEST_LIMIT_EXCEEDED
    Auth,         // the refresh failed
    Validation,   // Salesforce refused the record
    Conflict,
    Transient, // 5xx, timeouts, network
};

QString failureCategoryName(FailureCategory category);
std::optional<FailureCategory> failureCategoryFromName(const QString &name);

// One failed item with its retry state (ownCloud keeps it the same way: with the item).
struct SyncFailure
{
    enum class ItemKind
    {
        Record,
        Activity,
    };

    qint64 id = 0;
    ItemKind itemKind = ItemKind::Record;
    qint64 itemId = 0;
    FailureCategory category = FailureCategory::Transient;
    QString sfStatusCode; // Salesforce's own statusCode, e.g. REQUIRED_FIELD_MISSING
    QString message;
    QStringList fields;
    int attempts = 1;
    QDateTime firstFailedAt;
    QDateTime lastTryAt;
    QDateTime nextRetryAt; // invalid: no automatic retry
};

class FailureStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // Takes part in the caller's transaction when there is one.
    std::optional<qint64> add(const SyncFailure &failure);
    std::optional<SyncFailure> find(qint64 id) const;
    QList<SyncFailure> all() const;
    int count() const;
    // Automatic retries whose backoff has run out at now.
    QList<SyncFailure> dueForRetry(const QDateTime &now) const;

    // Another try failed: one more attempt, the new reason and the next backoff.
    bool recordFailedRetry(qint64 id, const QString &message, const QDateTime &triedAt,
                           const QDateTime &nextRetryAt);
    // The admin's Retry button: due now, whatever the backoff said.
    bool clearBackoff(const QList<qint64> &ids, const QDateTime &now);
    // The item went through: the failure goes, and the outbox entries it held are released.
    bool resolve(qint64 id);

    // Failures of one category, oldest first (the order automatic retries go in).
    QList<SyncFailure> inCategory(FailureCategory category) const;
    // Failures filed after the one with id `afterId` (0: all), in the order filed.
    QList<SyncFailure> addedAfter(qint64 afterId) const;
    qint64 lastId() const;
    // A retried item failed again and was filed anew: carry the attempts and first
    // failure over, and set when the next automatic try is due (invalid: none).
    bool setRetryState(qint64 id, int attempts, const QDateTime &firstFailedAt,
                       const QDateTime &nextRetryAt);
    // Retry now: the failure goes and its item waits to be sent again (outbox entries
    // are released; a failed activity is pending again).
    bool release(qint64 id);
    // The admin gives up: the failure goes with the outbox entries it held; an activity
    // stays failed and is not sent.
    bool dismiss(qint64 id);
};

} // namespace syncdesk
