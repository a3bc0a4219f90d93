#pragma once

#include "rest/data_call.h"
#include "rest/org_context.h"

namespace syncdesk::sandbox {

struct BulkJob;

// Bulk API 2.0 ingest jobs under /services/data/vNN.0/jobs/ingest:
//   POST   jobs/ingest                      create (Open)
//   GET    jobs/ingest                      all jobs
//   PUT    jobs/ingest/{id}/batches         the CSV data, once, while Open (201)
//   PATCH  jobs/ingest/{id}                 {"state":"UploadComplete"} or {"state":"Aborted"}
//   GET    jobs/ingest/{id}                 job info
//   DELETE jobs/ingest/{id}                 (204)
//   GET    jobs/ingest/{id}/successfulResults, failedResults, unprocessedrecords
class IngestJobEndpoints
{
public:
    // 150 MB of base64: Salesforce's cap on one upload after encoding.
    static constexpr qint64 maxUploadBase64Bytes = 150LL * 1024 * 1024;

    explicit IngestJobEndpoints(OrgContext &org);

    std::optional<ApiResponse> handle(const DataCall &call);

private:
    ApiResponse create(const DataCall &call);
    ApiResponse upload(BulkJob &job, const DataCall &call);
    ApiResponse changeState(BulkJob &job, const DataCall &call);
    ApiResponse remove(BulkJob &job);
    ApiResponse results(const BulkJob &job, const QString &which);

    OrgContext &m_org;
};

} // namespace syncdesk::sandbox
