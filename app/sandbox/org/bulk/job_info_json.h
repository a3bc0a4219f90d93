#pragma once

#include "http/api_response.h"

#include <QList>

namespace syncdesk::sandbox {

struct BulkJob;

// How much of a job an answer shows. Creating or closing a job answers with
// its settings and state; GET adds the counts and timings.
enum class JobInfoDetail
{
    Settings,
    Full
};

// A job as Salesforce's job info JSON, keys in Salesforce's order.
ApiResponse jobInfoResponse(const BulkJob &job, JobInfoDetail detail, int status = 200);
// GET /jobs/ingest or /jobs/query: {"done":true,"records":[...],"nextRecordsUrl":null}.
ApiResponse jobListResponse(const QList<const BulkJob *> &jobs);

// The CSV answer of a results resource.
ApiResponse csvResponse(QByteArray body);

// Bulk API 2.0's error answers (the REST error array).
ApiResponse invalidJobResponse(const QString &message);                         // 400 INVALIDJOB
ApiResponse invalidJobStateResponse(const BulkJob &job, const QString &action); // 400
ApiResponse jobNotFoundResponse();                                              // 404 NOT_FOUND

} // namespace syncdesk::sandbox
