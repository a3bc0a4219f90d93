#pragma once

#include "salesforce/salesforce_error.h"
#include "salesforce/salesforce_results.h"
#include "store/failure_store.h"
#include "store/outbox_store.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// One waiting outbox entry with what the planner needs to know of its record.
struct OutboundChange
{
    qint64 entryId = 0;
    qint64 recordId = 0;
    QString crmObject;  // Contact, Lead, Account...
    QString crmId;      // empty: not in Salesforce yet, so it is upserted by externalId
    QString externalId; // the value of SyncDesk_Id__c for this record
    QString field;
    QJsonValue value;
    QDateTime queuedAt;
};

// Everything one record has to send: the latest value of each changed field.
struct RecordChangeSet
{
    qint64 recordId = 0;
    QString crmObject;
    QString crmId;
    QString externalId;
    QJsonObject fields;
    QList<qint64> entryIds; // every entry this set settles, superseded ones included
};

// One change set per record, in the order records first appear; per field the entry
// queued last wins, and of two queued at the same instant the later entry id.
QList<RecordChangeSet> coalesceOutboundChanges(const QList<OutboundChange> &changes);

// Where a record sits in a planned call: the collection subrequest and its index there.
struct PlannedRecord
{
    QString referenceId;
    int index = 0;
    qint64 recordId = 0;
    QList<qint64> entryIds;
};

// One POST /composite: up to kMaxCollectionsPerCall collections of kMaxRecordsPerCollection.
struct PlannedCall
{
    QList<CompositeSubrequest> subrequests;
    // Per referenceId, the records of that collection in the order they were sent.
    QHash<QString, QList<PlannedRecord>> recordsByReference;

    qsizetype recordCount() const;
    QList<qint64> recordIds() const; // every planned record's id, collection by collection
    QList<qint64> entryIds() const;  // every outbox entry the call settles
    std::optional<PlannedRecord> recordAt(const QString &referenceId, int index) const;
};

struct OutboundBatchPlan
{
    QList<PlannedCall> calls;
};

constexpr QStringView kSyncDeskExternalIdField = u"SyncDesk_Id__c";
constexpr int kMaxRecordsPerCollection = 200;
constexpr int kMaxCollectionsPerCall = 5;

// Groups change sets per object and operation (upsert by SyncDesk_Id__c without a CRM
// id, update by Id with one) into sObject Collections, and those into composite calls.
// `apiVersion` is like "v62.0". Reference ids are unique across the whole plan.
OutboundBatchPlan planOutboundBatches(const QList<RecordChangeSet> &changeSets,
                                      QStringView apiVersion);

// What one record's save came to.
struct OutboundRecordOutcome
{
    qint64 recordId = 0;
    QList<qint64> entryIds;
    bool success = false;
    QString crmId;                                         // on success
    std::optional<bool> created;                           // upserts say whether they inserted
    FailureCategory category = FailureCategory::Transient; // on failure
    QString statusCode;
    QString message;
    QStringList fields;
};

// One outcome per planned record of `call`: each record's own save result; a
// collection answered with an error applies it to each of its records; a call that
// failed as a whole (403 REQUEST_LIMIT_EXCEEDED: NoApiCredits) fails them all.
QList<OutboundRecordOutcome>
mapCompositeOutcomes(const PlannedCall &call,
                     const SalesforceResult<QList<CompositeSubresponse>> &result);

// A record Salesforce refused (its own error, or its whole call's): filed as a failure.
OutboundRecordOutcome failedOutcome(const PlannedRecord &record, const SalesforceError &error);

// The failure category the sync engine files a Salesforce error under.
FailureCategory failureCategoryFor(const SalesforceError &error);

// The failure list's message for a record Salesforce refused: its own words, and for the
// codes that mean the record went away, what happens next and what the admin can do.
QString explainedFailureMessage(const QString &statusCode, const QString &message);

// The outcomes as OutboxStore::recordOutcome takes them, failures stamped `at`.
BatchOutcome toBatchOutcome(const QList<OutboundRecordOutcome> &outcomes, const QDateTime &at);

} // namespace syncdesk
