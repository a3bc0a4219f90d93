#pragma once

#include "store/record_store.h"
#include "store/table_access.h"
#include "sync/mapped_fields.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace syncdesk {

// What storing one object's inbound rows changed locally.
struct InboundCounts
{
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int conflicts = 0;

    InboundCounts &operator+=(const InboundCounts &other);
};

// Stores the rows one inbound poll read for one CRM object, and moves that object's
// watermark to the newest SystemModstamp among them, in one transaction: a crash or a
// failed write leaves both as they were, and the next poll reads the rows again.
//
// Per row (the rules are the ones inbound_poll.h documents):
// - a new, live record is created (sync state synced); a deleted row for a record the
//   workspace never had is skipped;
// - a known record gets Salesforce's values of the inbound fields, after conflicts on
//   fields mapped `both` are decided against its outbox entries;
// - a deleted row marks the known record deleted in CRM and drops its waiting outbox
//   entries.
class InboundApply : public TableAccess
{
public:
    InboundApply(QSqlDatabase db, MappedFields fields);

    static QDateTime parseModstamp(const QString &systemModstamp);

    // The objects whose records carry SyncDesk's own id (kSyncDeskExternalIdField).
    static bool hasSyncDeskId(const QString &crmObject);

    bool apply(const QString &crmObject, RecordKind kind, const QJsonArray &rows,
               const QDateTime &polledAt, InboundCounts *counts);

private:
    bool applyRow(const QString &crmObject, RecordKind kind, const QJsonObject &row,
                  const QDateTime &polledAt, InboundCounts *counts);
    // Decides the conflicts of a known record; removes from `incoming` the fields whose
    // local value stays.
    bool decideConflicts(const LocalRecord &record, const QString &crmObject,
                         const QDateTime &crmChangedAt, const QDateTime &polledAt,
                         QJsonObject *incoming, int *conflicts);

    // A row that is not linked locally but that SyncDesk created: its record, now linked.
    std::optional<LocalRecord> recordCreatedBySyncDesk(const QString &crmObject,
                                                       const QString &crmId, const QJsonObject &row,
                                                       bool *linkFailed);

    MappedFields m_fields;
};

} // namespace syncdesk
