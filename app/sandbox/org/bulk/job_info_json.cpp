#include "bulk/job_info_json.h"

#include "bulk/bulk_job.h"
#include "data/record_store.h"
#include "http/ordered_json.h"
#include "http/salesforce_error.h"

#include <QJsonArray>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Salesforce's order of the job info keys, and of the list envelope's.
const QStringList &keyOrder()
{
    static const QStringList order{
        u"done"_s,
        u"records"_s,
        u"nextRecordsUrl"_s,
        u"id"_s,
        u"operation"_s,
        u"object"_s,
        u"createdById"_s,
        u"createdDate"_s,
        u"systemModstamp"_s,
        u"state"_s,
        u"externalIdFieldName"_s,
        u"concurrencyMode"_s,
        u"contentType"_s,
        u"apiVersion"_s,
        u"contentUrl"_s,
        u"jobType"_s,
        u"lineEnding"_s,
        u"columnDelimiter"_s,
        u"numberRecordsProcessed"_s,
        u"numberRecordsFailed"_s,
        u"retries"_s,
        u"totalProcessingTime"_s,
        u"apiActiveProcessingTime"_s,
        u"apexProcessingTime"_s,
        u"isPkChunkingSupported"_s,
        u"errorMessage"_s,
    };
    return order;
}

QJsonObject jobInfo(const BulkJob &job, JobInfoDetail detail)
{
    const bool ingest = job.kind == BulkJob::Kind::Ingest;
    QJsonObject info{
        {u"id"_s, job.id},
        {u"operation"_s, job.operation},
        {u"object"_s, job.object},
        {u"createdById"_s, job.createdById},
        {u"createdDate"_s, salesforceDateTime(job.createdDate)},
        {u"systemModstamp"_s, salesforceDateTime(job.systemModstamp)},
        {u"state"_s, BulkJob::stateName(job.state)},
        {u"concurrencyMode"_s, u"Parallel"_s},
        {u"contentType"_s, u"CSV"_s},
        {u"apiVersion"_s, job.apiVersion.toDouble()},
        {u"jobType"_s, ingest ? u"V2Ingest"_s : u"V2Query"_s},
        {u"lineEnding"_s, job.dialect.lineEndingName},
        {u"columnDelimiter"_s, job.dialect.delimiterName},
    };
    if (!job.externalIdFieldName.isEmpty())
        info.insert(u"externalIdFieldName"_s, job.externalIdFieldName);
    if (ingest && job.state == BulkJob::State::Open) {
        info.insert(u"contentUrl"_s, QString(u"services/data/v"_s + job.apiVersion +
                                             u"/jobs/ingest/"_s + job.id + u"/batches"_s));
    }
    if (detail == JobInfoDetail::Settings)
        return info;
    const qint64 elapsedMs =
        job.processingFrom.isValid()
            ? std::max<qint64>(0, job.processingFrom.msecsTo(job.systemModstamp))
            : 0;
    info.insert(u"numberRecordsProcessed"_s, job.recordsProcessed);
    info.insert(u"retries"_s, 0);
    info.insert(u"totalProcessingTime"_s, elapsedMs);
    if (ingest) {
        info.insert(u"numberRecordsFailed"_s, job.recordsFailed);
        info.insert(u"apiActiveProcessingTime"_s, elapsedMs);
        info.insert(u"apexProcessingTime"_s, 0);
    } else {
        info.insert(u"isPkChunkingSupported"_s, true);
    }
    if (!job.errorMessage.isEmpty())
        info.insert(u"errorMessage"_s, job.errorMessage);
    return info;
}

ApiResponse orderedJson(int status, const QJsonObject &body)
{
    ApiResponse response = ApiResponse::json(status, body);
    response.body = toOrderedJson(body, keyOrder());
    return response;
}

} // namespace

ApiResponse jobInfoResponse(const BulkJob &job, JobInfoDetail detail, int status)
{
    return orderedJson(status, jobInfo(job, detail));
}

ApiResponse jobListResponse(const QList<const BulkJob *> &jobs)
{
    QJsonArray records;
    for (const BulkJob *job : jobs)
        records.append(jobInfo(*job, JobInfoDetail::Settings));
    return orderedJson(200, QJsonObject{{u"done"_s, true},
                                        {u"records"_s, records},
                                        {u"nextRecordsUrl"_s, QJsonValue()}});
}

ApiResponse csvResponse(QByteArray body)
{
    ApiResponse response;
    response.status = 200;
    response.headers.emplaceBack("Content-Type", "text/csv");
    response.body = std::move(body);
    return response;
}

ApiResponse invalidJobResponse(const QString &message)
{
    return SalesforceError{u"INVALIDJOB"_s, u"InvalidJob : "_s + message}.toResponse(400);
}

ApiResponse invalidJobStateResponse(const BulkJob &job, const QString &action)
{
    return SalesforceError{u"INVALIDJOBSTATE"_s, action + u" is not allowed for a job in state "_s +
                                                     BulkJob::stateName(job.state)}
        .toResponse(400);
}

ApiResponse jobNotFoundResponse()
{
    return SalesforceError{u"NOT_FOUND"_s, u"The requested resource does not exist"_s}.toResponse(
        404);
}

} // namespace syncdesk::sandbox
