#include "bulk/bulk_limits.h"

#include "bulk/bulk_jobs.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

void apply(QJsonObject &limits, const QString &name, const DailyAllocation &allocation,
           const QDateTime &now)
{
    QJsonObject entry = limits.value(name).toObject();
    entry.insert(u"Max"_s, allocation.max());
    entry.insert(u"Remaining"_s, allocation.remaining(now));
    limits.insert(name, entry);
}

} // namespace

void applyBulkLimits(QJsonObject &limits, const BulkJobs &jobs, const QDateTime &now)
{
    apply(limits, u"DailyBulkApiBatches"_s, jobs.batchAllocation(), now);
    apply(limits, u"DailyBulkV2QueryJobs"_s, jobs.queryJobAllocation(), now);
}

} // namespace syncdesk::sandbox
