#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace syncdesk::sandbox {

class BulkJobs;

// Puts the org's live Bulk API 2.0 allocations into a /limits body:
// DailyBulkApiBatches (ingest batches of 10,000 records, keeping its per-app
// entries) and DailyBulkV2QueryJobs, each over the rolling 24 hours.
void applyBulkLimits(QJsonObject &limits, const BulkJobs &jobs, const QDateTime &now);

} // namespace syncdesk::sandbox
