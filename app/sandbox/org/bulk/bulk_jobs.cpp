#include "bulk/bulk_jobs.h"

#include "bulk/ingest_batch.h"
#include "bulk/query_job_runner.h"
#include "data/salesforce_id.h"
#include "limits/org_clock.h"
#include "rest/data_call.h"
#include "rest/org_context.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

BulkJobs::BulkJobs(OrgContext &org, QObject *parent)
    : QObject(parent)
    , m_org(org)
{
    // Between requests too, so a long job moves on while nobody asks.
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, [this] { advance(m_org.clock.now()); });
}

BulkJob &BulkJobs::add(BulkJob job)
{
    job.id = salesforce_id::make(u"750", m_nextSerial++);
    m_jobs.push_back(std::make_unique<BulkJob>(std::move(job)));
    return *m_jobs.back();
}

BulkJob *BulkJobs::find(BulkJob::Kind kind, const QString &id)
{
    const QString canonical = salesforce_id::toEighteen(id);
    for (const auto &job : m_jobs)
        if (job->kind == kind && job->id == canonical)
            return job.get();
    return nullptr;
}

QList<const BulkJob *> BulkJobs::jobs(BulkJob::Kind kind) const
{
    QList<const BulkJob *> list;
    for (const auto &job : m_jobs)
        if (job->kind == kind)
            list.append(job.get());
    return list;
}

bool BulkJobs::remove(BulkJob::Kind kind, const QString &id)
{
    const BulkJob *job = find(kind, id);
    if (job)
        m_deletedObjects.insert(job->id, job->object);
    const auto erased =
        std::erase_if(m_jobs, [job](const auto &entry) { return entry.get() == job; });
    return job && erased > 0;
}

void BulkJobs::startProcessing(BulkJob &job, const QDateTime &now)
{
    job.state = BulkJob::State::UploadComplete;
    job.systemModstamp = now;
    job.processingFrom = now;
    if (!m_timer.isActive())
        m_timer.start();
}

void BulkJobs::abort(BulkJob &job, const QDateTime &now)
{
    finish(job, BulkJob::State::Aborted, now);
}

void BulkJobs::clear()
{
    m_jobs.clear();
    m_deletedObjects.clear();
    m_batches.reset();
    m_queryJobs.reset();
    m_failuresToInject = 0;
    m_timer.stop();
}

void BulkJobs::advance(const QDateTime &now)
{
    bool pending = false;
    for (const auto &job : m_jobs) {
        advanceJob(*job, now);
        pending = pending || (job->processingFrom.isValid() && !job->isFinished());
    }
    if (!pending)
        m_timer.stop();
}

qint64 BulkJobs::chunksOf(const BulkJob &job) const
{
    const qint64 records = job.kind == BulkJob::Kind::Ingest ? job.rows.size() : job.resultRows;
    const qint64 chunks = (records + recordsPerBatch - 1) / recordsPerBatch;
    // A query reads the object even when nothing matches.
    return job.kind == BulkJob::Kind::Query ? std::max<qint64>(1, chunks) : chunks;
}

void BulkJobs::advanceJob(BulkJob &job, const QDateTime &now)
{
    if (job.isFinished() || !job.processingFrom.isValid() || now < job.processingFrom)
        return;
    if (job.state == BulkJob::State::UploadComplete) {
        job.state = BulkJob::State::InProgress;
        job.systemModstamp = now;
        if (m_failuresToInject > 0) {
            --m_failuresToInject;
            finish(job, BulkJob::State::Failed, now,
                   u"InternalServerError : the sandbox failed this job on request"_s);
            return;
        }
        if (job.kind == BulkJob::Kind::Ingest) {
            const QString headerError = checkIngestHeader(m_org, job);
            if (!headerError.isEmpty()) {
                finish(job, BulkJob::State::Failed, now, headerError);
                return;
            }
        } else {
            runQueryJob(m_org, job);
            if (job.resultRows < 0) {
                finish(job, BulkJob::State::Failed, now, job.errorMessage);
                return;
            }
        }
    }
    while (job.batchesDone < chunksOf(job)) {
        const QDateTime due = job.processingFrom.addSecs(m_delaySeconds * (job.batchesDone + 1));
        if (due > now || !processChunk(job, now))
            return;
    }
    finish(job, BulkJob::State::JobComplete, now);
}

bool BulkJobs::processChunk(BulkJob &job, const QDateTime &now)
{
    if (job.kind == BulkJob::Kind::Query) {
        ++job.batchesDone;
        job.recordsProcessed = std::min(job.resultRows, job.batchesDone * recordsPerBatch);
        return true;
    }
    // Salesforce: past the daily batch allocation the rest is not processed
    // and the job fails; what was processed stays.
    if (!m_batches.tryConsume(now)) {
        finish(job, BulkJob::State::Failed, now,
               u"BatchLimitExceeded : The daily allocation of "_s +
                   QString::number(m_batches.max()) +
                   u" Bulk API batches is spent; the remaining records were not processed"_s);
        return false;
    }
    processIngestRows(m_org, job, recordsPerBatch);
    ++job.batchesDone;
    job.systemModstamp = now;
    return true;
}

void BulkJobs::finish(BulkJob &job, BulkJob::State state, const QDateTime &now,
                      const QString &errorMessage)
{
    job.state = state;
    job.systemModstamp = now;
    if (!errorMessage.isEmpty())
        job.errorMessage = errorMessage;
    // Every record is accounted for: the upload is no longer needed.
    if (job.nextRow >= job.rows.size()) {
        job.upload.clear();
        job.upload.squeeze();
    }
}

QString BulkJobs::entityNameOf(const DataCall &call) const
{
    if (call.segments.size() == 2 && call.request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
        if (call.segment(1) == u"ingest"_s)
            return body.value(u"object"_s).toString();
        static const QRegularExpression from(u"\\bFROM\\s+([A-Za-z0-9_]+)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        return from.match(body.value(u"query"_s).toString()).captured(1);
    }
    const QString id = salesforce_id::toEighteen(call.segment(2));
    for (const auto &job : m_jobs)
        if (job->id == id)
            return job->object;
    return m_deletedObjects.value(id);
}

} // namespace syncdesk::sandbox
