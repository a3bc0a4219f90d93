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
};

} // namespace syncdesk
