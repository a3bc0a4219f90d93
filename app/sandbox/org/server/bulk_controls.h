#pragma once

#include "http/api_request.h"
#include "http/api_response.h"

#include <QJsonObject>
#include <optional>

namespace syncdesk::sandbox {

class SandboxOrg;

// The /_sandbox/ control of the org's Bulk API 2.0 jobs:
//   GET  /_sandbox/bulk   settings, the two daily allocations and every job
//   POST /_sandbox/bulk {"processingDelaySeconds":N, "queryPageRecords":N,
//                        "batchesUsed":N, "queryJobsUsed":N, "failNextJobs":N}
// batchesUsed and queryJobsUsed replace what the rolling 24 hours hold (to
// reach DailyBulkApiBatches or DailyBulkV2QueryJobs quickly); failNextJobs
// makes that many jobs fail whole when they start processing.
class BulkControls
{
public:
    explicit BulkControls(SandboxOrg &org);

    std::optional<ApiResponse> handle(const QString &name, const ApiRequest &request,
                                      const QJsonObject &body);

private:
    ApiResponse state() const;

    SandboxOrg &m_org;
};

} // namespace syncdesk::sandbox
