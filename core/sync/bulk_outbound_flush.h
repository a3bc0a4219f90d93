#pragma once

#include "salesforce/bulk2_client.h"
#include "store/bulk_job_store.h"
#include "store/settings_store.h"
#include "sync/bulk_progress.h"
#include "sync/call_gate.h"
#include "sync/outbound_batch_plan.h"
#include "sync/outbound_flush.h"
#include "sync/outbound_route.h"
#include "sync/syncdesk_external_id.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <functional>

namespace syncdesk {

class SalesforceClient;

// The outbound flush's big backlogs through Bulk API 2.0: one ingest job per object and
// operation (records not yet in Salesforce upserted by SyncDesk_Id__c, linked ones updated
// by Id), each a handful of calls whatever its size.
//
// A job is recorded with the entries it carries (marked in flight) before anything is sent
// and its Salesforce id before the upload (BulkJobStore). Run again after a crash, a job
// without its data (planned, or created but not known uploaded: then aborted) puts its
// entries back to waiting, and the upsert by external id makes their resend harmless; a
// job whose data arrived is closed if need be, waited for and its results read, never
// uploaded again. Outcomes settle as the composite path's do: successful rows confirm
// their entries and link new records in one transaction, failed rows become failures with
// Salesforce's code and message, rows the org never processed wait again.
class BulkOutboundFlush : public QObject
{
    Q_OBJECT

public:
    BulkOutboundFlush(QSqlDatabase db, SalesforceClient *client, QObject *parent = nullptr);

    // Entries one Bulk flush reads at most: a job's CSV stays well under the 150 MB upload.
    static constexpr int kMaxEntriesPerFlush = 1'000'000;

    void setCallGate(CallGate gate) { m_bulk->setCallGate(std::move(gate)); }
    // Records from which Bulk is considered (it is used only when it spends fewer calls);
    // the engine sets it from SettingKeys::BulkThresholdRecords.
    void setThreshold(qint64 records) { m_threshold = records; }
    qint64 threshold() const { return m_threshold; }
    Bulk2Client *bulkClient() const { return m_bulk; }

    // The route for these change sets (Bulk when it spends fewer calls from the threshold up).
    OutboundRoute routeFor(const QList<RecordChangeSet> &sets, qint64 readCalls) const;

    // At start-up, after OutboundFlush::recoverAfterCrash(): recorded jobs' entries are in
    // flight again. Returns how many entries, or -1.
    int recoverAfterCrash();
    bool hasRecordedJobs() const;

    // Resumes every recorded job, then sends `sets` in new jobs; one run at a time. `why`
    // is the route's reason, shown with the progress.
    void run(const QList<RecordChangeSet> &sets, std::function<void(FlushReport)> onDone,
             const QString &why = {});
    bool isRunning() const { return m_running; }

    // Progress as the run goes: at each step and each poll of the org, then once with
    // `running` false when the run ends.
    void setProgressReporter(BulkProgressReporter reporter) { m_reporter = std::move(reporter); }
    // The admin's Cancel: the job the org is processing is aborted (PATCH state Aborted, one
    // call) and the jobs not yet sent are dropped. Salesforce keeps what an aborted job had
    // already processed (no rollback), so its results are still read and settled as usual;
    // the rest waits again for the next flush. Nothing is lost and nothing sent twice.
    void cancel();

private:
    struct Upload
    {
        QByteArray csv;
        qint64 records = 0;
    };

    bool plan(const QList<RecordChangeSet> &sets);
    void next();
    void runJob(BulkJobRow job);
    void release(const BulkJobRow &job);
    void readResults(const BulkJobRow &job, const Bulk2JobInfo &info);
    void settle(const BulkJobRow &job, const QList<Bulk2ResultRow> &succeeded,
                const QList<Bulk2ResultRow> &failed);
    void stopWith(const SalesforceError &error);
    void finish();
    void abortJob(const QString &jobId);
    void jobEnded(const BulkJobRow &job, qint64 processed);
    void reportProgress();

    QSqlDatabase m_db;
    SalesforceClient *m_client = nullptr;
    Bulk2Client *m_bulk = nullptr;
    SyncDeskExternalId m_externalIds;
    qint64 m_threshold = SettingKeys::BulkThresholdRecords.defaultValue;
    bool m_running = false;
    QList<BulkJobRow> m_queue;
    QHash<qint64, Upload> m_uploads; // by job row: the data of jobs planned in this run
    FlushReport m_report;
    std::function<void(FlushReport)> m_onDone;
    int m_requestsAtStart = 0;
    BulkProgressReporter m_reporter;
    BulkProgress m_progress;
    BulkTimeLeft m_timeLeft;
    QElapsedTimer m_clock;
    qint64 m_recordsDone = 0; // processed by the jobs of this run that have ended
    bool m_cancelled = false;
    QString m_waitingJobId; // the job whose processing the run waits for
    QString m_abortedJobId; // the job the cancel aborted
};

// A failed row's sf__Error ("CODE:message:fields --") as Salesforce's error.
SalesforceError parseBulkRowError(const QString &text);

} // namespace syncdesk
