#include "bulk/job_call_route.h"

#include "bulk/bulk_jobs.h"
#include "bulk/job_info_json.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

std::optional<std::variant<JobCallTarget, ApiResponse>>
routeJobCall(OrgContext &org, const DataCall &call, BulkJob::Kind kind)
{
    const QString kindSegment = kind == BulkJob::Kind::Ingest ? u"ingest"_s : u"query"_s;
    if (call.segment(0) != u"jobs"_s || call.segment(1) != kindSegment || !org.bulkJobs)
        return std::nullopt;
    const QByteArray &method = call.request.method;
    if (call.segments.size() == 2) {
        if (method == "GET")
            return jobListResponse(org.bulkJobs->jobs(kind));
        if (method != "POST")
            return methodNotAllowedResponse(method, u"GET,POST"_s);
        return JobCallTarget{};
    }
    BulkJob *job = org.bulkJobs->find(kind, call.segment(2));
    if (!job || call.segments.size() > 4)
        return jobNotFoundResponse();
    return JobCallTarget{job, call.segment(3)};
}

std::variant<QJsonObject, ApiResponse> jobRequestBody(const DataCall &call)
{
    auto parsed = parseJsonBody(call.request.body);
    if (auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    return std::get<QJsonDocument>(parsed).object();
}

std::variant<CsvDialect, ApiResponse> jobDialect(const QJsonObject &body)
{
    const auto dialect = CsvDialect::named(body.value(u"columnDelimiter"_s).toString(u"COMMA"_s),
                                           body.value(u"lineEnding"_s).toString(u"LF"_s));
    if (!dialect)
        return invalidJobResponse(u"Invalid columnDelimiter or lineEnding"_s);
    return *dialect;
}

} // namespace syncdesk::sandbox
