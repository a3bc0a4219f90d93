#pragma once

#include "bulk/bulk_job.h"
#include "limits/daily_allocation.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace syncdesk::sandbox {

struct DataCall;
struct OrgContext;

// The org's Bulk API 2.0 jobs and their processing. Work happens on the org's
// clock: a job is processed from the moment it is closed (ingest) or created
// (query), one chunk of 10,000 records at a time, each chunk due a processing
// delay after the last (0 by default: all of it is done before the next
// request is answered, so call counts stay exact). Every request the org
// serves first calls advance(); a timer does the same between requests.
// Each ingest chunk counts against DailyBulkApiBatches and each query job
// against DailyBulkV2QueryJobs, both over a rolling 24 hours.
class BulkJobs : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 recordsPerBatch = 10'000;
    static constexpr int dailyBatchMax = 15'000;
    static constexpr int dailyQueryJobMax = 10'000;
    static constexpr qint64 defaultQueryPageRecords = 50'000;

    explicit BulkJobs(OrgContext &org, QObject *parent = nullptr);

    // Seconds on the org's clock each chunk of 10,000 records takes.
    void setProcessingDelay(qint64 seconds) { m_delaySeconds = std::max<qint64>(0, seconds); }
    qint64 processingDelay() const { return m_delaySeconds; }
    // Records in a query results page when the client names no maxRecords.
    void setQueryPageRecords(qint64 records) { m_pageRecords = std::max<qint64>(1, records); }
    qint64 queryPageRecords() const { return m_pageRecords; }
    // The next `count` jobs to start processing fail whole (a test control).
    void failNextJobs(int count) { m_failuresToInject = std::max(0, count); }
    int jobFailuresPending() const { return m_failuresToInject; }

    DailyAllocation &batchAllocation() { return m_batches; }
    DailyAllocation &queryJobAllocation() { return m_queryJobs; }
    const DailyAllocation &batchAllocation() const { return m_batches; }
    const DailyAllocation &queryJobAllocation() const { return m_queryJobs; }

    // Adds the job under a new 750 id and returns it.
    BulkJob &add(BulkJob job);
    BulkJob *find(BulkJob::Kind kind, const QString &id);
    QList<const BulkJob *> jobs(BulkJob::Kind kind) const;
    bool remove(BulkJob::Kind kind, const QString &id);
    // The job leaves Open (ingest) or is created (query): processing starts at `now`.
    void startProcessing(BulkJob &job, const QDateTime &now);
    void abort(BulkJob &job, const QDateTime &now);

    // Does every chunk due by `now`.
    void advance(const QDateTime &now);
    void clear();

    // The sObject a /jobs call is about (the job's object, or the one a new
    // job names), for the ApiTotalUsage event log; empty when none.
    QString entityNameOf(const DataCall &call) const;

private:
    void advanceJob(BulkJob &job, const QDateTime &now);
    bool processChunk(BulkJob &job, const QDateTime &now);
    void finish(BulkJob &job, BulkJob::State state, const QDateTime &now,
                const QString &errorMessage = {});
    qint64 chunksOf(const BulkJob &job) const;

    OrgContext &m_org;
    std::vector<std::unique_ptr<BulkJob>> m_jobs;
    // The objects of deleted jobs, so the DELETE request is still logged with one.
    QHash<QString, QString> m_deletedObjects;
    quint64 m_nextSerial = 1;
    qint64 m_delaySeconds = 0;
    qint64 m_pageRecords = defaultQueryPageRecords;
    int m_failuresToInject = 0;
    DailyAllocation m_batches{dailyBatchMax};
    DailyAllocation m_queryJobs{dailyQueryJobMax};
    QTimer m_timer;
};

} // namespace syncdesk::sandbox
