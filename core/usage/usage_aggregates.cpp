#include "usage/usage_aggregates.h"

#include "usage/other_integrations.h"
#include "usage/our_calls_window.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <vector>

namespace syncdesk {

qint64 UsageBucket::ourCallsTotal() const
{
    return std::accumulate(ourCalls.begin(), ourCalls.end(), qint64(0));
}

QDateTime UsageAggregates::retentionCutoff(const QDateTime &now)
{
    return now.addSecs(-qint64(retentionDays) * 24 * 60 * 60);
}

QDateTime UsageAggregates::bucketStart(const QDateTime &at, Period period, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    const QTime start = period == Period::Day ? QTime(0, 0) : QTime(local.time().hour(), 0);
    return QDateTime(local.date(), start, zone);
}

QList<UsageBucket> UsageAggregates::aggregate(const QList<ApiCallRecord> &calls,
                                              const QList<UsageSample> &samples, Period period,
                                              const QTimeZone &zone)
{
    std::map<qint64, UsageBucket> buckets;
    auto bucketFor = [&](const QDateTime &at) -> UsageBucket & {
        const QDateTime start = bucketStart(at, period, zone);
        UsageBucket &bucket = buckets[start.toMSecsSinceEpoch()];
        if (!bucket.start.isValid())
            bucket.start = start;
        return bucket;
    };

    // Counted call times, sorted, so each sample finds its 24-hour window by bisection.
    std::vector<qint64> countedAt;
    countedAt.reserve(std::size_t(calls.size()));
    for (const ApiCallRecord &call : calls) {
        if (!call.at.isValid())
            continue;
        UsageBucket &bucket = bucketFor(call.at);
        if (countsAgainstOrgLimit(call)) {
            ++bucket.ourCalls[callCategoryIndex(call.category)];
            countedAt.push_back(call.at.toMSecsSinceEpoch());
        } else if (refusedForRequestLimit(call)) {
            ++bucket.ourRefusedForLimit;
        }
    }
    std::sort(countedAt.begin(), countedAt.end());

    constexpr qint64 windowMSecs = OurCallsWindow::windowSeconds * 1000;
    for (const UsageSample &sample : samples) {
        if (!sample.at.isValid())
            continue;
        UsageBucket &bucket = bucketFor(sample.at);
        if (!bucket.maxOrgUsed || sample.used > *bucket.maxOrgUsed) {
            bucket.maxOrgUsed = sample.used;
            bucket.orgMax = sample.max;
        }
        // (at − 24 h, at], as OurCallsWindow counts it.
        const qint64 at = sample.at.toMSecsSinceEpoch();
        const auto end = std::upper_bound(countedAt.begin(), countedAt.end(), at);
        const auto begin = std::upper_bound(countedAt.begin(), end, at - windowMSecs);
        const qint64 others = OtherIntegrations::calls(sample.used, qint64(end - begin));
        if (!bucket.maxOtherIntegrations || others > *bucket.maxOtherIntegrations)
            bucket.maxOtherIntegrations = others;
    }

    QList<UsageBucket> result;
    result.reserve(qsizetype(buckets.size()));
    for (auto &[key, bucket] : buckets)
        result.append(std::move(bucket));
    return result;
}

} // namespace syncdesk
