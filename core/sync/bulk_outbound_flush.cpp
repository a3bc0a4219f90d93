#include "sync/bulk_outbound_flush.h"

#include "salesforce/bulk2_csv.h"
#include "salesforce/salesforce_client.h"
#include "store/outbox_store.h"

#include <QDebug>
#include <QPointer>
#include <QSet>
#include <QUuid>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

const QString kUpsert = u"upsert"_s;
const QString kUpdate = u"update"_s;
const QString kIdColumn = u"Id"_s;

QString keyColumnOf(const QString &operation)
{
    return operation == kUpsert ? kSyncDeskExternalIdField.toString() : kIdColumn;
}

// One job's change sets as its CSV: the key column, then every field any record changes
// (a field a record does not change is left empty, which leaves it alone).
QByteArray csvFor(const QString &operation, const QList<const RecordChangeSet *> &sets)
{
    QSet<QString> fieldSet;
    for (const RecordChangeSet *set : sets)
        for (auto it = set->fields.constBegin(); it != set->fields.constEnd(); ++it)
            fieldSet.insert(it.key());
    const QString key = keyColumnOf(operation);
    fieldSet.remove(key);
    QStringList fields(fieldSet.cbegin(), fieldSet.cend());
    fields.sort();
    Bulk2Csv csv(QStringList{key} + fields);
    QList<QJsonValue> row;
    for (const RecordChangeSet *set : sets) {
        row.clear();
        row.append(operation == kUpsert ? set->externalId : set->crmId);
        for (const QString &field : std::as_const(fields))
            row.append(set->fields.value(field));
        csv.addRow(row);
    }
    return csv.bytes();
}

} // namespace

SalesforceError parseBulkRowError(const QString &text)
{
    QString rest = text.trimmed();
    if (rest.endsWith(u"--"_s))
        rest = rest.chopped(2).trimmed();
    const qsizetype codeEnd = rest.indexOf(u':');
    const qsizetype fieldsStart = rest.lastIndexOf(u':');
    SalesforceError error;
    error.httpStatus = 400;
    if (codeEnd < 0) {
        error.code = u"UNKNOWN_EXCEPTION"_s;
        error.message = rest;
    } else {
        error.code = rest.left(codeEnd);
        if (fieldsStart > codeEnd) {
            error.message = rest.mid(codeEnd + 1, fieldsStart - codeEnd - 1).trimmed();
            const QString fields = rest.mid(fieldsStart + 1).trimmed();
            if (!fields.isEmpty())
                error.fields = fields.split(u',', Qt::SkipEmptyParts);
        } else {
            error.message = rest.mid(codeEnd + 1).trimmed();
        }
    }
    error.kind = classifySalesforceError(error.code, error.message, error.httpStatus);
    error.entries = {{error.code, error.message, error.fields}};
    return error;
}

BulkOutboundFlush::BulkOutboundFlush(QSqlDatabase db, SalesforceClient *client, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
    , m_bulk(new Bulk2Client(client, CallCategory::OutboundUpdate, this))
    , m_externalIds(SyncDeskExternalId::of(m_db))
{}

OutboundRoute BulkOutboundFlush::routeFor(const QList<RecordChangeSet> &sets,
                                          qint64 readCalls) const
{
    QSet<std::pair<QString, bool>> jobs;
    for (const RecordChangeSet &set : sets)
        jobs.insert({set.crmObject, set.crmId.isEmpty()});
    return chooseOutboundRoute(sets.size(), int(jobs.size()), readCalls, m_threshold);
}

int BulkOutboundFlush::recoverAfterCrash()
{
    return BulkJobStore(m_db).markInFlightAgain();
}

bool BulkOutboundFlush::hasRecordedJobs() const
{
    return !BulkJobStore(m_db).all().isEmpty();
}

void BulkOutboundFlush::run(const QList<RecordChangeSet> &sets,
                            std::function<void(FlushReport)> onDone, const QString &why)
{
    if (m_running) {
        onDone({});
        return;
    }
    m_running = true;
    m_report = {};
    m_onDone = std::move(onDone);
    m_requestsAtStart = m_bulk->requestsSent();
    m_uploads.clear();
    if (!plan(sets))
        qWarning() << "bulk outbound flush: cannot record a job; its changes keep waiting";
    // Jobs a crashed run left go first (older ids): their entries are not among `sets`.
    m_queue = BulkJobStore(m_db).all();
    m_cancelled = false;
    m_waitingJobId.clear();
    m_abortedJobId.clear();
    m_recordsDone = 0;
    m_progress = {};
    m_progress.running = true;
    m_progress.why = why;
    for (const BulkJobRow &job : std::as_const(m_queue))
        m_progress.total += job.records;
    m_clock.start();
    m_timeLeft.restart(0, 0);
    next();
}

bool BulkOutboundFlush::plan(const QList<RecordChangeSet> &sets)
{
    std::map<std::pair<QString, QString>, QList<const RecordChangeSet *>> byJob;
    for (const RecordChangeSet &set : sets)
        byJob[{set.crmObject, set.crmId.isEmpty() ? kUpsert : kUpdate}].append(&set);
    BulkJobStore store(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[key, jobSets] : byJob) {
        QList<qint64> entryIds;
        for (const RecordChangeSet *set : jobSets)
            entryIds += set->entryIds;
        const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const std::optional<qint64> id =
            store.plan(batchId, key.first, key.second, entryIds, jobSets.size(), now);
        if (!id) {
            qWarning() << "bulk outbound flush:" << store.lastError();
            return false;
        }
        m_uploads.insert(*id, {csvFor(key.second, jobSets), jobSets.size()});
    }
    return true;
}

void BulkOutboundFlush::next()
{
    if (m_queue.isEmpty())
        return finish();
    runJob(m_queue.takeFirst());
}

void BulkOutboundFlush::runJob(BulkJobRow job)
{
    const QPointer<BulkOutboundFlush> self(this);
    auto failed = [self](const SalesforceError &error) {
        if (self)
            self->stopWith(error);
    };
    const auto upload = m_uploads.constFind(job.id);
    m_progress.object = job.crmObject;
    reportProgress();
    switch (job.stage) {
    case BulkJobRow::Stage::Planned:
        // A job from a run that crashed before the create's answer: the org may hold an
        // empty Open job, which it never processes. Its entries simply wait again.
        if (upload == m_uploads.constEnd() || m_cancelled) {
            release(job);
            jobEnded(job, 0);
            return next();
        }
        m_bulk->createJob(
            job.crmObject, job.operation,
            job.operation == kUpsert ? keyColumnOf(job.operation) : QString(),
            [self, job, failed](const SalesforceResult<Bulk2JobInfo> &result) mutable {
                if (!self)
                    return;
                if (const auto *error = std::get_if<SalesforceError>(&result)) {
                    self->release(job);
                    return failed(*error);
                }
                job.jobId = std::get<Bulk2JobInfo>(result).id;
                job.stage = BulkJobRow::Stage::Created;
                // The id is kept before the data leaves: from here a restart
                // asks the org about this job instead of sending it again.
                if (!BulkJobStore(self->m_db).setCreated(job.id, job.jobId)) {
                    qWarning() << "bulk outbound flush: cannot keep job id";
                    return self->finish();
                }
                self->runJob(job);
            });
        return;
    case BulkJobRow::Stage::Created:
        if (upload == m_uploads.constEnd() || m_cancelled) {
            // Whether the data arrived is not known: abort the job so that it can never
            // load, and send the changes again in a new one.
            m_bulk->abort(job.jobId, [self, job](const SalesforceResult<Bulk2JobInfo> &) {
                if (!self)
                    return;
                self->release(job);
                self->jobEnded(job, 0);
                self->next();
            });
            return;
        }
        m_bulk->upload(job.jobId, upload->csv,
                       [self, job, failed](const SalesforceResult<Done> &result) mutable {
                           if (!self)
                               return;
                           if (const auto *error = std::get_if<SalesforceError>(&result)) {
                               // Left Created: the next run aborts it and sends again.
                               return failed(*error);
                           }
                           job.stage = BulkJobRow::Stage::Uploaded;
                           BulkJobStore(self->m_db).setStage(job.id, job.stage);
                           self->m_report.recordsSent += int(job.records);
                           self->runJob(job);
                       });
        return;
    case BulkJobRow::Stage::Uploaded:
        if (m_cancelled) {
            // Never closed, the job is never processed: aborted, its results are empty and
            // all its changes wait again.
            m_abortedJobId = job.jobId;
            m_bulk->abort(job.jobId, [self, job](const SalesforceResult<Bulk2JobInfo> &) mutable {
                if (!self)
                    return;
                job.stage = BulkJobRow::Stage::Closed;
                BulkJobStore(self->m_db).setStage(job.id, job.stage);
                self->runJob(job);
            });
            return;
        }
        m_bulk->closeUpload(
            job.jobId, [self, job, failed](const SalesforceResult<Bulk2JobInfo> &result) mutable {
                if (!self)
                    return;
                const auto *error = std::get_if<SalesforceError>(&result);
                // Refused as a job no longer Open: a close sent before a crash arrived.
                if (error && error->code != u"INVALIDJOBSTATE"_s)
                    return failed(*error);
                job.stage = BulkJobRow::Stage::Closed;
                BulkJobStore(self->m_db).setStage(job.id, job.stage);
                self->runJob(job);
            });
        return;
    case BulkJobRow::Stage::Closed:
        m_waitingJobId = job.jobId;
        if (m_cancelled && m_abortedJobId != job.jobId)
            abortJob(job.jobId);
        m_bulk->waitUntilFinished(
            job.jobId,
            [self](const Bulk2JobInfo &info) {
                if (!self)
                    return;
                self->m_progress.processed = self->m_recordsDone + info.recordsProcessed;
                self->m_timeLeft.observe(self->m_clock.elapsed(), self->m_progress.processed);
                self->reportProgress();
            },
            [self, job, failed](const SalesforceResult<Bulk2JobInfo> &result) {
                if (!self)
                    return;
                self->m_waitingJobId.clear();
                if (const auto *error = std::get_if<SalesforceError>(&result))
                    return failed(*error);
                const auto &info = std::get<Bulk2JobInfo>(result);
                // Uploaded by this run but not processed (cancelled, failed): not sent after all.
                if (self->m_uploads.contains(job.id))
                    self->m_report.recordsSent -=
                        int(std::max<qint64>(0, job.records - info.recordsProcessed));
                self->jobEnded(job, info.recordsProcessed);
                self->readResults(job, info);
            });
        return;
    }
}

void BulkOutboundFlush::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_progress.cancelling = true;
    reportProgress();
    // A job the org is processing stops now; one between steps is dropped at its next step.
    if (!m_waitingJobId.isEmpty() && m_abortedJobId != m_waitingJobId)
        abortJob(m_waitingJobId);
}

void BulkOutboundFlush::abortJob(const QString &jobId)
{
    m_abortedJobId = jobId;
    const QPointer<BulkOutboundFlush> self(this);
    // Refused as already finished (INVALIDJOBSTATE) or not: the wait's next look, brought
    // forward, reads the job's final state, and its processed rows are settled.
    m_bulk->abort(jobId, [self, jobId](const SalesforceResult<Bulk2JobInfo> &) {
        if (self)
            self->m_bulk->pollSoon(jobId);
    });
}

void BulkOutboundFlush::jobEnded(const BulkJobRow &job, qint64 processed)
{
    // Records a job never processed (cancelled, failed) wait again: no longer part of the run.
    m_recordsDone += processed;
    m_progress.total -= std::max<qint64>(0, job.records - processed);
    m_progress.processed = m_recordsDone;
    m_timeLeft.observe(m_clock.elapsed(), m_progress.processed);
    reportProgress();
}

void BulkOutboundFlush::reportProgress()
{
    if (!m_reporter)
        return;
    m_progress.calls = m_bulk->requestsSent() - m_requestsAtStart;
    m_progress.secondsLeft =
        m_progress.running && !m_cancelled ? m_timeLeft.secondsLeft(m_progress.total) : -1;
    m_reporter(m_progress);
}

void BulkOutboundFlush::release(const BulkJobRow &job)
{
    if (!BulkJobStore(m_db).finish(job.id, job.batchId))
        qWarning() << "bulk outbound flush: cannot release the entries of job" << job.id;
}

void BulkOutboundFlush::readResults(const BulkJobRow &job, const Bulk2JobInfo &info)
{
    const QPointer<BulkOutboundFlush> self(this);
    auto succeeded = std::make_shared<QList<Bulk2ResultRow>>();
    auto failedRows = std::make_shared<QList<Bulk2ResultRow>>();
    const QString key = keyColumnOf(job.operation);
    auto readFailed = [self, job, key, succeeded, failedRows, info] {
        if (info.recordsFailed == 0)
            return self->settle(job, *succeeded, *failedRows);
        self->m_bulk->results(
            job.jobId, Bulk2Results::Failed, key,
            [failedRows](const Bulk2ResultRow &row) { failedRows->append(row); },
            [self, job, succeeded, failedRows](const SalesforceResult<Done> &result) {
                if (!self)
                    return;
                if (const auto *error = std::get_if<SalesforceError>(&result))
                    return self->stopWith(*error);
                self->settle(job, *succeeded, *failedRows);
            });
    };
    if (info.recordsProcessed - info.recordsFailed <= 0)
        return readFailed();
    m_bulk->results(
        job.jobId, Bulk2Results::Successful, key,
        [succeeded](const Bulk2ResultRow &row) { succeeded->append(row); },
        [self, readFailed](const SalesforceResult<Done> &result) {
            if (!self)
                return;
            if (const auto *error = std::get_if<SalesforceError>(&result))
                return self->stopWith(*error);
            readFailed();
        });
}

void BulkOutboundFlush::settle(const BulkJobRow &job, const QList<Bulk2ResultRow> &succeeded,
                               const QList<Bulk2ResultRow> &failed)
{
    // Matched by key to the entries the job still carries: a restart between recording
    // the outcome and forgetting the job finds those entries gone and skips their rows.
    const bool upsert = job.operation == kUpsert;
    struct Carried
    {
        qint64 recordId = 0;
        bool linked = false;
        QList<qint64> entryIds;
    };
    QHash<QString, Carried> byKey;
    for (const BulkCarriedEntry &entry : BulkJobStore(m_db).carried(job.batchId)) {
        Carried &carried = byKey[upsert ? m_externalIds.forRecord(entry.recordId) : entry.crmId];
        carried.recordId = entry.recordId;
        carried.linked = !entry.crmId.isEmpty();
        carried.entryIds.append(entry.entryId);
    }
    QList<OutboundRecordOutcome> outcomes;
    QList<RecordStore::CrmLink> links;
    for (const Bulk2ResultRow &row : succeeded) {
        const Carried carried = byKey.take(row.key);
        if (carried.entryIds.isEmpty())
            continue;
        OutboundRecordOutcome outcome;
        outcome.recordId = carried.recordId;
        outcome.entryIds = carried.entryIds;
        outcome.success = true;
        outcome.crmId = row.sfId;
        outcome.created = row.created;
        outcomes.append(outcome);
        if (!carried.linked && !row.sfId.isEmpty())
            links.append({carried.recordId, job.crmObject, row.sfId});
        ++m_report.succeeded;
    }
    for (const Bulk2ResultRow &row : failed) {
        const Carried carried = byKey.take(row.key);
        if (carried.entryIds.isEmpty())
            continue;
        PlannedRecord record;
        record.recordId = carried.recordId;
        record.entryIds = carried.entryIds;
        outcomes.append(failedOutcome(record, parseBulkRowError(row.error)));
        ++m_report.failed;
    }
    BatchOutcome batchOutcome = toBatchOutcome(outcomes, QDateTime::currentDateTimeUtc());
    batchOutcome.links = links;
    // The org stamped every write after the job was planned, on its own clock.
    batchOutcome.sentAtOrgTime = job.plannedAt.addMSecs(m_client->serverClockOffsetMs() -
                                                        OutboundFlush::kOrgClockUncertaintyMs);
    OutboxStore outbox(m_db);
    if (!outbox.recordOutcome(batchOutcome)) {
        // The entries stay in flight under the job: the next run reads its results again.
        qWarning() << "bulk outbound flush: cannot record the outcome of job" << job.jobId
                   << outbox.lastError();
        return finish();
    }
    // What is left was never processed (a failed or aborted job): it waits again.
    release(job);
    next();
}

void BulkOutboundFlush::stopWith(const SalesforceError &error)
{
    if (Bulk2Client::isDeferred(error))
        m_report.deferred = true;
    else if (!m_report.callError)
        m_report.callError = error;
    finish();
}

void BulkOutboundFlush::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_queue.clear();
    m_uploads.clear();
    m_report.calls += m_bulk->requestsSent() - m_requestsAtStart;
    m_report.cancelled = m_cancelled;
    m_progress.running = false;
    m_progress.cancelling = false;
    reportProgress();
    auto onDone = std::move(m_onDone);
    m_onDone = nullptr;
    if (onDone)
        onDone(m_report);
}

} // namespace syncdesk
