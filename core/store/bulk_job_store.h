#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// One Bulk API 2.0 ingest job of the outbound flush, as recorded (schema 7).
struct BulkJobRow
{
    enum class Stage
    {
        Planned,  // nothing sent, or the create got no answer
        Created,  // the job exists; its data may or may not have arrived
        Uploaded, // the data arrived
        Closed,   // UploadComplete: the org processes it
    };

    qint64 id = 0;
    QString batchId; // the outbox entries' in-flight mark
    QString crmObject;
    QString operation; // upsert (by SyncDesk_Id__c) or update (by Id)
    QString jobId;     // Salesforce's, from Created on
    Stage stage = Stage::Planned;
    QDateTime plannedAt;
    qint64 records = 0;
};

// What a job carries of one outbox entry: enough to match a result row to it.
struct BulkCarriedEntry
{
    qint64 entryId = 0;
    qint64 recordId = 0;
    QString crmId; // the record's link, empty for a record the job creates
};

// The outbound flush's Bulk jobs: recorded with the entries they carry before anything is
// sent, their Salesforce id before the upload, so that a restart resumes a job instead of
// uploading the same changes again.
class BulkJobStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // In one transaction: the job, its entries, and those entries marked in flight under
    // `batchId` (all or none: an entry that left meanwhile or is held fails the plan).
    std::optional<qint64> plan(const QString &batchId, const QString &crmObject,
                               const QString &operation, const QList<qint64> &entryIds,
                               qint64 records, const QDateTime &at);
    bool setCreated(qint64 id, const QString &jobId);
    bool setStage(qint64 id, BulkJobRow::Stage stage);
    QList<BulkJobRow> all() const;

    // The job's entries still in flight under its mark, with their records' links.
    QList<BulkCarriedEntry> carried(const QString &batchId) const;

    // In one transaction: the entries the job still marks go back to waiting and the job
    // is forgotten. Called once its outcomes are recorded, or to drop a job never sent.
    bool finish(qint64 id, const QString &batchId);

    // At start-up, after OutboxStore::releaseInFlight(): every recorded job's entries that
    // are still in the outbox and not held by a failure are marked in flight again.
    // Returns how many, or -1.
    int markInFlightAgain();

    static QString stageName(BulkJobRow::Stage stage);
};

} // namespace syncdesk
