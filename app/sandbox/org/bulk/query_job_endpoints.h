#pragma once

#include "rest/data_call.h"
#include "rest/org_context.h"

namespace syncdesk::sandbox {

struct BulkJob;

// Bulk API 2.0 query jobs under /services/data/vNN.0/jobs/query:
//   POST   jobs/query                     {"operation":"query"|"queryAll","query":SOQL}
//   GET    jobs/query                     all jobs
//   GET    jobs/query/{id}                job info
//   PATCH  jobs/query/{id}                {"state":"Aborted"}
//   DELETE jobs/query/{id}                (204)
//   GET    jobs/query/{id}/results?maxRecords=N&locator=L
//          CSV; Sforce-Locator (the string "null" on the last page) and
//          Sforce-NumberOfRecords headers.
class QueryJobEndpoints
{
public:
    explicit QueryJobEndpoints(OrgContext &org);

    std::optional<ApiResponse> handle(const DataCall &call);

private:
    ApiResponse create(const DataCall &call);
    ApiResponse changeState(BulkJob &job, const DataCall &call);
    ApiResponse results(const BulkJob &job, const DataCall &call);

    OrgContext &m_org;
};

} // namespace syncdesk::sandbox
