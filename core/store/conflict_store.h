#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// Both sides changed a field mapped `both` since the last sync. The rule that decides
// is the inbound poll's (see sync/inbound_poll.h); this keeps its decisions, with the
// value that lost, for the admin to see.
struct SyncConflict
{
    enum class Winner
    {
        Local,
        Crm,
    };

    qint64 id = 0;
    qint64 recordId = 0;
    QString field; // the local field name
    QJsonValue localValue;
    QJsonValue crmValue;
    Winner winner = Winner::Crm;
    QDateTime localChangedAt; // the outbox entry's queued_at
    QDateTime crmChangedAt;   // the record's SystemModstamp
    QDateTime decidedAt;

    QJsonValue losingValue() const { return winner == Winner::Local ? crmValue : localValue; }
};

QString conflictWinnerName(SyncConflict::Winner winner); // "local", "crm"

class ConflictStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // Takes part in the caller's transaction.
    std::optional<qint64> add(const SyncConflict &conflict);
    // Newest first.
    QList<SyncConflict> recent(int limit) const;
    QList<SyncConflict> forRecord(qint64 recordId) const;
    int count() const;
};

} // namespace syncdesk
