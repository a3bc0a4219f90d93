#pragma once

#include "bulk/bulk_csv.h"
#include "bulk/bulk_job.h"
#include "rest/data_call.h"
#include "rest/org_context.h"

#include <variant>

namespace syncdesk::sandbox {

// A call under jobs/{ingest|query}, read as far as both kinds of job share:
// the collection (POST to create; GET, the list, is answered here) or one job
// and the resource after its id ("" for the job itself, "results", ...).
struct JobCallTarget
{
    BulkJob *job = nullptr; // null: POST to the collection
    QString resource;
};

// nullopt when the call is not under jobs/`kindSegment`; an answer when the
// route alone decides it (the list, an unknown job, a wrong method on the
// collection).
std::optional<std::variant<JobCallTarget, ApiResponse>>
routeJobCall(OrgContext &org, const DataCall &call, BulkJob::Kind kind);

// The JSON object a create or PATCH body holds, or Salesforce's JSON_PARSER_ERROR.
std::variant<QJsonObject, ApiResponse> jobRequestBody(const DataCall &call);
// The CSV dialect a create body names (COMMA and LF by default), or INVALIDJOB.
std::variant<CsvDialect, ApiResponse> jobDialect(const QJsonObject &body);

} // namespace syncdesk::sandbox
