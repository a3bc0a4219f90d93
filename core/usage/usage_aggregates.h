#pragma once

#include "usage/api_call_record.h"
#include "usage/usage_sample.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <array>
#include <optional>

namespace syncdesk {

// One hour or one day of usage, for the charts.
struct UsageBucket
{
    QDateTime start; // in the zone the buckets were cut in
    // The highest org count any sample in the bucket showed, and the allocation then.
    std::optional<qint64> maxOrgUsed;
    qint64 orgMax = 0;
    // SyncDesk's calls made in the bucket that Salesforce counted, per category.
    std::array<qint64, callCategoryCount> ourCalls{};
    qint64 ourRefusedForLimit = 0;
    // The most "other integrations" (org used − our counted calls in the 24 hours before
    // the sample) over the bucket's samples; nullopt when the bucket has no sample.
    std::optional<qint64> maxOtherIntegrations;

    qint64 ourCallsTotal() const;
};

// Cuts months of raw ledger records and usage samples into hourly or daily buckets.
class UsageAggregates
{
public:
    enum class Period
    {
        Hour,
        Day,
    };

    static constexpr int retentionDays = 90;

    // The oldest time kept: exactly 90 × 24 hours before `now`, so a DST change can
    // never make the history a little shorter than 90 days.
    static QDateTime retentionCutoff(const QDateTime &now);

    // The start of the bucket holding `at` (local midnight or the start of the local hour
    // in `zone`).
    static QDateTime bucketStart(const QDateTime &at, Period period,
                                 const QTimeZone &zone = QTimeZone::utc());

    // Buckets that hold at least one call or sample, oldest first. Inputs may be in any
    // order. O((n + m) log n) for n calls and m samples.
    static QList<UsageBucket> aggregate(const QList<ApiCallRecord> &calls,
                                        const QList<UsageSample> &samples, Period period,
                                        const QTimeZone &zone = QTimeZone::utc());
};

} // namespace syncdesk
