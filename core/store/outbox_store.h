#pragma once

#include "store/failure_store.h"
#include "store/record_store.h"
#include "store/table_access.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// One local field change waiting to go to Salesforce.
struct OutboxEntry
{
    qint64 id = 0;
    qint64 recordId = 0;
    QString field;
    QJsonValue newValue;
    QDateTime queuedAt;
    QString batchId;                 // empty: waiting; else in flight in that batch
    std::optional<qint64> failureId; // held back while this failure stands
};

// What Salesforce answered for one batch.
struct BatchOutcome
{
    struct Failed
    {
        QList<qint64> entryIds;
        SyncFailure failure;
    };

    // A record Salesforce created: its new Id, stored with the rest of the outcome so
    // that a crash can never leave the outbox settled but the record unlinked.
    using CrmLink = RecordStore::CrmLink;

    QList<qint64> confirmedEntryIds;
    // Settled without reaching Salesforce (a field the configuration no longer sends):
    // deleted like confirmed ones, but the field's agreed value does not move.
    QList<qint64> settledUnsentEntryIds;
    QList<Failed> failures;
    QList<CrmLink> links;
    // When the call left, on the org's clock, less the clock's uncertainty: the org
    // stamped every confirmed write no earlier (RecordStore::markWrittenByUs).
    QDateTime sentAtOrgTime;
};

class OutboxStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // Queues a change. A change to the same field that has not left (waiting, or held by a
    // failure) is replaced: the latest value wins, so a field edited ten times costs one
    // write, and a retried failure never sends an older value after a newer one. Takes part in the
    // caller's transaction; LocalChangeWriter is how local edits get here.
    std::optional<qint64> enqueue(qint64 recordId, const QString &field, const QJsonValue &newValue,
                                  const QDateTime &queuedAt);
    // SQLite only (json_each): queues every field of the records with ids from `first` to
    // before `end`, as their fields_json holds it, in one INSERT ... SELECT (no ORDER BY:
    // sorting a million rows cost more than the insert, and each field has one entry, so
    // their order decides nothing). For records just created, which have no entries to
    // replace (an import's new rows). Takes part in the caller's transaction.
    bool enqueueFieldsOfNewRecords(qint64 first, qint64 end, const QDateTime &queuedAt);

    // Waiting entries, oldest first (not in flight, not held by a failure).
    QList<OutboxEntry> waiting(int limit) const;
    // The same with what the outbound flush needs of each entry's record, read in one
    // statement: its kind and its link (crm_object, crm_id), none of its fields.
    struct WaitingChange
    {
        OutboxEntry entry;
        RecordKind kind = RecordKind::Person;
        QString crmObject;
        QString crmId;
    };
    QList<WaitingChange> waitingWithRecords(int limit) const;
    int waitingCount() const;
    // The waiting entries, counted no further than `cap`: whether a backlog reaches a size
    // costs a scan of that many entries, not of the whole outbox.
    qint64 waitingCountUpTo(qint64 cap) const;
    QList<OutboxEntry> inBatch(const QString &batchId) const;

    bool markInFlight(const QString &batchId, const QList<qint64> &entryIds);

    // In one transaction: confirmed entries are deleted, their values become the fields'
    // agreed base, and their records are marked synced once nothing else waits for them;
    // failed entries are held by a new sync failure unless a newer value of the same
    // field is already queued (then the failed one is dropped).
    // A crash before this commits leaves the entries in flight, never lost.
    bool recordOutcome(const BatchOutcome &outcome);

    // At start-up: entries a crashed run left in flight go back to waiting.
    int releaseInFlight();
    // A record not yet in Salesforce is created whole: once one of its fields waits to go,
    // the fields earlier failures hold go with it (their failures resolved), for a create
    // of only the newer field would lack the rest, LastName included, which Salesforce
    // refuses. Returns the entries released, -1 on a store error.
    int releaseHeldForCreates();

    // Inbound: every entry of one record, in flight or not, oldest first.
    QList<OutboxEntry> forRecord(qint64 recordId) const;
    // The entries of many records at once, by record, each list in id order.
    QHash<qint64, QList<OutboxEntry>> forRecords(const QList<qint64> &recordIds) const;
    // Drops one entry that is not in flight (an inbound value made it moot). Takes part
    // in the caller's transaction.
    bool dropWaiting(qint64 entryId);
    // Drops every entry of one field of the record that is not in flight, held ones
    // included; a failure left holding nothing has nothing to retry and goes too. Takes
    // part in the caller's transaction.
    bool dropField(qint64 recordId, const QString &field);
    // Drops every entry of the record that is not in flight; returns how many, or -1.
    int dropWaitingForRecord(qint64 recordId);
    int countForRecord(qint64 recordId) const;

    static QString encodeValue(const QJsonValue &value);
    // `text` as a JSON string literal, quotes included.
    static QString quotedJsonString(const QString &text);
    static QJsonValue decodeValue(const QString &text);

private:
    // Removes entries Salesforce saw (agreed: their values are now both sides' base) or
    // that settled unsent, and marks records with nothing left to send synced.
    bool settle(const QList<qint64> &entryIds, bool agreed, const QDateTime &writtenAt);
    bool dropFailureIfEmpty(qint64 failureId);
    bool isSuperseded(qint64 entryId, qint64 recordId, const QString &field);
    QList<OutboxEntry> select(const QString &where, const QVariant &bound, int limit) const;
};

} // namespace syncdesk
