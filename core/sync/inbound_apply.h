#pragma once

#include "store/record_store.h"
#include "store/table_access.h"
#include "sync/inbound_prefetch.h"
#include "sync/mapped_fields.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <functional>

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
// - a known record is decided field by field against the value both sides last agreed on
//   (LocalRecord::crmBase): a field Salesforce did not change since (SyncDesk's own write
//   coming back included) is left alone; one only Salesforce changed is taken; one both
//   sides changed is a conflict, decided for the later change and recorded; a field both
//   sides set to the same value settles its outbox entries. A row read again by the
//   overlapping window and bringing nothing new changes nothing;
// - a deleted row marks the known record deleted in CRM and drops its waiting outbox
//   entries;
// - a converted Lead (IsConverted, ConvertedContactId) and a merge's loser (deleted with
//   MasterRecordId) are followed: the local record is linked to the survivor, or merged
//   into the survivor's local record when the workspace has it too, and the changes that
//   failed with CANNOT_UPDATE_CONVERTED_LEAD or ENTITY_IS_DELETED go out again to it.
class InboundApply : public TableAccess
{
public:
    // `serverClockOffsetMs`: the org's clock minus this computer's (SalesforceClient), so
    // that a local change's time and Salesforce's SystemModstamp compare on one clock.
    InboundApply(QSqlDatabase db, MappedFields fields, qint64 serverClockOffsetMs = 0);

    static QDateTime parseModstamp(const QString &systemModstamp);

    // The objects whose records carry SyncDesk's own id (kSyncDeskExternalIdField).
    static bool hasSyncDeskId(const QString &crmObject);

    enum class Watermark
    {
        Advance, // the rows are a poll's: the object's watermark moves to the newest
        Keep,    // the rows are a few records read by id (ReadBeforeWrite)
    };
    // `alongside` runs last in the same transaction (a Bulk read's progress, say); false
    // from it rolls everything back.
    bool apply(const QString &crmObject, RecordKind kind, const QJsonArray &rows,
               const QDateTime &polledAt, InboundCounts *counts,
               Watermark watermark = Watermark::Advance,
               const std::function<bool()> &alongside = {});
    // Moves the object's watermark to `newestStamp`, never back (unless the fields it
    // covers changed: then this ends a backfill). Takes part in the caller's transaction.
    bool moveWatermark(const QString &crmObject, const QString &newestStamp,
                       const QDateTime &polledAt);

private:
    bool applyRow(const QString &crmObject, RecordKind kind, const QJsonObject &row,
                  const QDateTime &polledAt, InboundCounts *counts);
    struct CrmRef
    {
        QString object;
        QString id;
    };
    // The record a row's record lives on as: a converted Lead's Contact, a merge's master.
    static std::optional<CrmRef> survivorOf(const QString &crmObject, const QJsonObject &row);
    // Links the local record to its survivor (or merges it into the survivor's local
    // record), and releases the changes that failed because it was converted or merged.
    bool followToSurvivor(const LocalRecord &record, const CrmRef &survivor,
                          const QString &followedAtStamp);
    bool foldConversionTwin(const LocalRecord &person, const LocalRecord &twin);

    // What one row means for a known record, field by field.
    struct FieldDecisions
    {
        QJsonObject take; // local fields that get Salesforce's value
        QJsonObject base; // fields whose agreed value moves
        int conflicts = 0;
        // The record's outbox entries after the decisions, so that whether it is still
        // pending needs no count of its own.
        int entriesLeft = 0;
        bool ok = true;
    };
    FieldDecisions decideFields(const LocalRecord &record, const QString &crmObject,
                                const QDateTime &crmChangedAt, const QDateTime &polledAt,
                                const QJsonObject &incoming);

    // A row that is not linked locally but that SyncDesk created: its record, now linked.
    std::optional<LocalRecord> recordCreatedBySyncDesk(const QString &crmObject,
                                                       const QString &crmId, const QJsonObject &row,
                                                       bool *linkFailed);

    MappedFields m_fields;
    std::optional<InboundPrefetch> m_prefetch; // while apply() runs
    std::optional<RecordStore> m_records;      // while apply() runs
    QString m_installId;
    qint64 m_serverClockOffsetMs = 0;
};

} // namespace syncdesk
