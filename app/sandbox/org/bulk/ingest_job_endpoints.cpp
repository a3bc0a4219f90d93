#include "bulk/ingest_job_endpoints.h"

#include "auth/oauth_service.h"
#include "bulk/bulk_jobs.h"
#include "bulk/job_call_route.h"
#include "bulk/job_info_json.h"
#include "http/salesforce_error.h"
#include "limits/org_clock.h"
#include "schema/object_description.h"

#include <QJsonObject>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList operations{u"insert"_s, u"update"_s, u"upsert"_s, u"delete"_s, u"hardDelete"_s};

} // namespace

IngestJobEndpoints::IngestJobEndpoints(OrgContext &org)
    : m_org(org)
{}

std::optional<ApiResponse> IngestJobEndpoints::handle(const DataCall &call)
{
    auto routed = routeJobCall(m_org, call, BulkJob::Kind::Ingest);
    if (!routed)
        return std::nullopt;
    if (auto *answer = std::get_if<ApiResponse>(&*routed))
        return *answer;
    const auto &[job, resource] = std::get<JobCallTarget>(*routed);
    const QByteArray &method = call.request.method;
    if (!job)
        return create(call);
    if (resource == u"batches"_s)
        return method == "PUT" ? upload(*job, call) : methodNotAllowedResponse(method, u"PUT"_s);
    if (resource == u"successfulResults"_s || resource == u"failedResults"_s ||
        resource == u"unprocessedrecords"_s)
        return method == "GET" ? results(*job, resource)
                               : methodNotAllowedResponse(method, u"GET"_s);
    if (!resource.isEmpty())
        return notFoundResponse();
    if (method == "GET")
        return jobInfoResponse(*job, JobInfoDetail::Full);
    if (method == "PATCH")
        return changeState(*job, call);
    if (method == "DELETE")
        return remove(*job);
    return methodNotAllowedResponse(method, u"GET,PATCH,DELETE"_s);
}

ApiResponse IngestJobEndpoints::create(const DataCall &call)
{
    const auto parsed = jobRequestBody(call);
    if (auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const QJsonObject &body = std::get<QJsonObject>(parsed);
    const QString objectName = body.value(u"object"_s).toString();
    const QString operation = body.value(u"operation"_s).toString();
    if (objectName.isEmpty() || operation.isEmpty())
        return invalidJobResponse(u"object and operation are required"_s);
    const ObjectDescription *object = m_org.schema.object(objectName);
    if (!object)
        return invalidJobResponse(u"Unable to find object: "_s + objectName);
    if (!operations.contains(operation))
        return invalidJobResponse(u"Invalid operation: "_s + operation);
    if (body.value(u"contentType"_s).toString(u"CSV"_s) != u"CSV"_s)
        return invalidJobResponse(u"contentType must be CSV"_s);
    const auto dialect = jobDialect(body);
    if (auto *error = std::get_if<ApiResponse>(&dialect))
        return *error;

    BulkJob job;
    job.kind = BulkJob::Kind::Ingest;
    job.operation = operation;
    job.object = object->name;
    if (operation == u"upsert"_s) {
        const QString external = body.value(u"externalIdFieldName"_s).toString();
        if (external.isEmpty()) {
            return invalidJobResponse(u"External ID was blank for "_s + object->name +
                                      u". An External ID must be specified for upsert."_s);
        }
        const FieldDescription *field = object->field(external);
        if (!field || !(field->externalId || field->type == FieldType::Id)) {
            return invalidJobResponse(u"Field name provided, "_s + external +
                                      u" does not match an External ID, Salesforce Id, or "
                                      "indexed field for "_s +
                                      object->name);
        }
        job.externalIdFieldName = field->name;
    }
    const QDateTime now = m_org.clock.now();
    job.createdById = m_org.oauth.identity().userId;
    job.createdDate = now;
    job.systemModstamp = now;
    job.apiVersion = call.version.mid(1);
    job.dialect = std::get<CsvDialect>(dialect);
    return jobInfoResponse(m_org.bulkJobs->add(std::move(job)), JobInfoDetail::Settings);
}

ApiResponse IngestJobEndpoints::upload(BulkJob &job, const DataCall &call)
{
    if (job.state != BulkJob::State::Open || !job.upload.isEmpty())
        return invalidJobStateResponse(job, u"Uploading job data"_s);
    const QByteArray &data = call.request.body;
    if ((data.size() + 2) / 3 * 4 > maxUploadBase64Bytes) {
        return SalesforceError{u"INVALIDBATCH"_s,
                               u"InvalidBatch : The upload exceeds 150 MB after base64 encoding"_s}
            .toResponse(400);
    }
    job.upload = data;
    const CsvRowSpans spans = csvRowSpans(job.upload, job.dialect);
    if (!spans.isEmpty()) {
        const auto [start, stop] = spans.first();
        job.header = parseCsvRow(QByteArrayView(job.upload).sliced(start, stop - start),
                                 job.dialect.delimiter);
        job.rows = spans.mid(1);
    }
    return ApiResponse::empty(201);
}

ApiResponse IngestJobEndpoints::changeState(BulkJob &job, const DataCall &call)
{
    const auto parsed = jobRequestBody(call);
    if (auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const QString stateName = std::get<QJsonObject>(parsed).value(u"state"_s).toString();
    const auto state = BulkJob::stateNamed(stateName);
    const QDateTime now = m_org.clock.now();
    if (state == BulkJob::State::UploadComplete) {
        if (job.state != BulkJob::State::Open)
            return invalidJobStateResponse(job, u"Closing the job"_s);
        m_org.bulkJobs->startProcessing(job, now);
    } else if (state == BulkJob::State::Aborted) {
        if (job.isFinished())
            return invalidJobStateResponse(job, u"Aborting the job"_s);
        m_org.bulkJobs->abort(job, now);
    } else {
        return invalidJobStateResponse(job, u"Changing the state to '"_s + stateName + u'\'');
    }
    return jobInfoResponse(job, JobInfoDetail::Settings);
}

ApiResponse IngestJobEndpoints::remove(BulkJob &job)
{
    if (job.state == BulkJob::State::Open || job.state == BulkJob::State::InProgress)
        return invalidJobStateResponse(job, u"Deleting the job"_s);
    m_org.bulkJobs->remove(BulkJob::Kind::Ingest, job.id);
    return ApiResponse::empty(204);
}

ApiResponse IngestJobEndpoints::results(const BulkJob &job, const QString &which)
{
    if (!job.isFinished())
        return invalidJobStateResponse(job, u"Reading results"_s);
    QByteArray body;
    if (which == u"unprocessedrecords"_s) {
        appendCsvRow(body, job.header, job.dialect);
        for (qsizetype row = job.nextRow; row < job.rows.size(); ++row) {
            const auto [start, stop] = job.rows.at(row);
            body.append(QByteArrayView(job.upload).sliced(start, stop - start));
            body.append(job.dialect.lineEnding);
        }
        return csvResponse(std::move(body));
    }
    const bool successful = which == u"successfulResults"_s;
    appendCsvRow(
        body, QStringList{u"sf__Id"_s, successful ? u"sf__Created"_s : u"sf__Error"_s} + job.header,
        job.dialect);
    body.append(successful ? job.successfulRows : job.failedRows);
    return csvResponse(std::move(body));
}

} // namespace syncdesk::sandbox
