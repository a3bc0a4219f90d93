#include "bulk/query_job_endpoints.h"

#include "auth/oauth_service.h"
#include "bulk/bulk_jobs.h"
#include "bulk/job_call_route.h"
#include "bulk/job_info_json.h"
#include "bulk/query_job_runner.h"
#include "http/salesforce_error.h"
#include "limits/org_clock.h"

#include <QJsonObject>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Salesforce's locators are opaque strings (MTAwMDA is base64 of "10000"):
// here, base64url of the first row of the page, without padding.
QByteArray locatorFor(qint64 row)
{
    return QByteArray::number(row).toBase64(QByteArray::Base64UrlEncoding |
                                            QByteArray::OmitTrailingEquals);
}

std::optional<qint64> rowOfLocator(const QString &locator)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        locator.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    bool ok = false;
    const qint64 row = decoded ? decoded.decoded.toLongLong(&ok) : -1;
    return ok && row >= 0 ? std::optional<qint64>(row) : std::nullopt;
}

ApiResponse badParameter(const QString &message)
{
    return SalesforceError{u"INVALIDJOB"_s, message}.toResponse(400);
}

} // namespace

QueryJobEndpoints::QueryJobEndpoints(OrgContext &org)
    : m_org(org)
{}

std::optional<ApiResponse> QueryJobEndpoints::handle(const DataCall &call)
{
    auto routed = routeJobCall(m_org, call, BulkJob::Kind::Query);
    if (!routed)
        return std::nullopt;
    if (auto *answer = std::get_if<ApiResponse>(&*routed))
        return *answer;
    const auto &[job, resource] = std::get<JobCallTarget>(*routed);
    const QByteArray &method = call.request.method;
    if (!job)
        return create(call);
    if (resource == u"results"_s)
        return method == "GET" ? results(*job, call) : methodNotAllowedResponse(method, u"GET"_s);
    if (!resource.isEmpty())
        return notFoundResponse();
    if (method == "GET")
        return jobInfoResponse(*job, JobInfoDetail::Full);
    if (method == "PATCH")
        return changeState(*job, call);
    if (method != "DELETE")
        return methodNotAllowedResponse(method, u"GET,PATCH,DELETE"_s);
    if (job->state == BulkJob::State::InProgress)
        return invalidJobStateResponse(*job, u"Deleting the job"_s);
    m_org.bulkJobs->remove(BulkJob::Kind::Query, job->id);
    return ApiResponse::empty(204);
}

ApiResponse QueryJobEndpoints::create(const DataCall &call)
{
    const auto parsed = jobRequestBody(call);
    if (auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const QJsonObject &body = std::get<QJsonObject>(parsed);
    const QString operation = body.value(u"operation"_s).toString(u"query"_s);
    const QString soql = body.value(u"query"_s).toString();
    if (operation != u"query"_s && operation != u"queryAll"_s)
        return invalidJobResponse(u"Invalid operation: "_s + operation);
    if (soql.isEmpty())
        return invalidJobResponse(u"query is required"_s);
    const auto dialect = jobDialect(body);
    if (auto *error = std::get_if<ApiResponse>(&dialect))
        return *error;
    QString object;
    if (auto error = checkBulkQuery(m_org, soql, &object))
        return error->toResponse(400);
    const QDateTime now = m_org.clock.now();
    if (!m_org.bulkJobs->queryJobAllocation().tryConsume(now)) {
        return SalesforceError{u"LIMIT_EXCEEDED"_s,
                               u"The daily allocation of "_s +
                                   QString::number(m_org.bulkJobs->queryJobAllocation().max()) +
                                   u" Bulk API 2.0 query jobs is spent"_s}
            .toResponse(400);
    }
    BulkJob job;
    job.kind = BulkJob::Kind::Query;
    job.operation = operation;
    job.object = object;
    job.query = soql;
    job.createdById = m_org.oauth.identity().userId;
    job.createdDate = now;
    job.apiVersion = call.version.mid(1);
    job.dialect = std::get<CsvDialect>(dialect);
    BulkJob &added = m_org.bulkJobs->add(std::move(job));
    m_org.bulkJobs->startProcessing(added, now);
    return jobInfoResponse(added, JobInfoDetail::Settings);
}

ApiResponse QueryJobEndpoints::changeState(BulkJob &job, const DataCall &call)
{
    const auto parsed = jobRequestBody(call);
    if (auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const QString stateName = std::get<QJsonObject>(parsed).value(u"state"_s).toString();
    if (stateName != u"Aborted"_s)
        return invalidJobStateResponse(job, u"Changing the state to '"_s + stateName + u'\'');
    if (job.isFinished())
        return invalidJobStateResponse(job, u"Aborting the job"_s);
    m_org.bulkJobs->abort(job, m_org.clock.now());
    return jobInfoResponse(job, JobInfoDetail::Settings);
}

ApiResponse QueryJobEndpoints::results(const BulkJob &job, const DataCall &call)
{
    if (job.state != BulkJob::State::JobComplete) {
        return SalesforceError{u"JOB_NOT_COMPLETE"_s,
                               u"can only download query results of successfully completed bulk "
                               "job with status: JOB_COMPLETE. Current status: "_s +
                                   BulkJob::stateName(job.state)}
            .toResponse(412);
    }
    qint64 pageRecords = m_org.bulkJobs->queryPageRecords();
    const QString maxRecords = call.request.query.queryItemValue(u"maxRecords"_s);
    if (!maxRecords.isEmpty()) {
        bool ok = false;
        pageRecords = maxRecords.toLongLong(&ok);
        if (!ok || pageRecords <= 0)
            return badParameter(u"maxRecords must be a positive number: "_s + maxRecords);
    }
    qint64 first = 0;
    const QString locator = call.request.query.queryItemValue(u"locator"_s);
    if (!locator.isEmpty()) {
        const auto row = rowOfLocator(locator);
        if (!row || *row > job.resultRows)
            return badParameter(u"Invalid locator: "_s + locator);
        first = *row;
    }
    const qint64 last = std::min(job.resultRows, first + pageRecords);
    const qsizetype from =
        first < job.resultRows ? job.resultRowStarts.at(first) : job.resultData.size();
    const qsizetype to =
        last < job.resultRows ? job.resultRowStarts.at(last) : job.resultData.size();
    ApiResponse response = csvResponse(job.resultHeader + job.resultData.mid(from, to - from));
    response.setHeader("Sforce-Locator", last < job.resultRows ? locatorFor(last) : "null");
    response.setHeader("Sforce-NumberOfRecords", QByteArray::number(last - first));
    return response;
}

} // namespace syncdesk::sandbox
