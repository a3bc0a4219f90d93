#include "usage/other_integrations.h"
#include "usage/our_calls_window.h"
#include "usage/usage_aggregates.h"
#include "usage_test_support.h"

#include <QHash>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::test;

TEST(UsageRetention, CutoffIsExactlyNinetyDaysOfSeconds)
{
    const QDateTime now = baseTime();
    const QDateTime cutoff = UsageAggregates::retentionCutoff(now);
    EXPECT_EQ(cutoff.secsTo(now), 90LL * 24 * 3600);

    // Across a DST change in a local zone, still at least 90 days of elapsed time.
    const QTimeZone berlin("Europe/Berlin");
    ASSERT_TRUE(berlin.isValid());
    const QDateTime summer(QDate(2026, 6, 1), QTime(9, 0), berlin);
    EXPECT_GE(UsageAggregates::retentionCutoff(summer).secsTo(summer), 90LL * 24 * 3600);
}

TEST(UsageAggregates, BucketStartsInTheChosenZone)
{
    const QDateTime at(QDate(2026, 3, 10), QTime(23, 47, 12), QTimeZone::utc());
    EXPECT_EQ(UsageAggregates::bucketStart(at, UsageAggregates::Period::Hour),
              QDateTime(QDate(2026, 3, 10), QTime(23, 0), QTimeZone::utc()));
    EXPECT_EQ(UsageAggregates::bucketStart(at, UsageAggregates::Period::Day),
              QDateTime(QDate(2026, 3, 10), QTime(0, 0), QTimeZone::utc()));
    // Two hours east it is already the next day.
    const QTimeZone east(2 * 3600);
    EXPECT_EQ(UsageAggregates::bucketStart(at, UsageAggregates::Period::Day, east),
              QDateTime(QDate(2026, 3, 11), QTime(0, 0), east));
}

TEST(UsageAggregates, NothingInNothingOut)
{
    EXPECT_TRUE(UsageAggregates::aggregate({}, {}, UsageAggregates::Period::Hour).isEmpty());
}

TEST(UsageAggregates, SmallHandCheckedHourly)
{
    const QDateTime h0 = baseTime();
    ApiCallRecord refused = callAt(h0.addSecs(3600 + 60), CallCategory::ActivityLogging, 403);
    refused.errorCode = u"REQUEST_LIMIT_EXCEEDED"_s;
    const QList<ApiCallRecord> calls{
        callAt(h0.addSecs(60), CallCategory::InboundPoll),
        callAt(h0.addSecs(120), CallCategory::InboundPoll),
        callAt(h0.addSecs(180), CallCategory::OutboundUpdate),
        callAt(h0.addSecs(240), CallCategory::Auth, 200, u"/services/oauth2/token"_s),
        refused,
        callAt(h0.addSecs(3 * 3600), CallCategory::Describe),
    };
    const QList<UsageSample> samples{
        sampleAt(h0.addSecs(30), 500), sampleAt(h0.addSecs(3000), 640),
        sampleAt(h0.addSecs(3599), 600), // lower but later: the maximum stays
        sampleAt(h0.addSecs(3600), 650), // the next hour starts here
    };
    const QList<UsageBucket> buckets =
        UsageAggregates::aggregate(calls, samples, UsageAggregates::Period::Hour);
    ASSERT_EQ(buckets.size(), 3); // hour 2 has nothing

    EXPECT_EQ(buckets[0].start, h0);
    EXPECT_EQ(buckets[0].maxOrgUsed, 640);
    EXPECT_EQ(buckets[0].orgMax, 15000);
    EXPECT_EQ(buckets[0].ourCalls[callCategoryIndex(CallCategory::InboundPoll)], 2);
    EXPECT_EQ(buckets[0].ourCalls[callCategoryIndex(CallCategory::OutboundUpdate)], 1);
    EXPECT_EQ(buckets[0].ourCalls[callCategoryIndex(CallCategory::Auth)], 0);
    EXPECT_EQ(buckets[0].ourCallsTotal(), 3);
    // At 00:30 none of ours yet: 500; at 50:00 three: 637; at 59:59 three: 597.
    EXPECT_EQ(buckets[0].maxOtherIntegrations, 637);

    EXPECT_EQ(buckets[1].start, h0.addSecs(3600));
    EXPECT_EQ(buckets[1].maxOrgUsed, 650);
    EXPECT_EQ(buckets[1].ourRefusedForLimit, 1);
    EXPECT_EQ(buckets[1].ourCallsTotal(), 0);
    EXPECT_EQ(buckets[1].maxOtherIntegrations, 647);

    EXPECT_EQ(buckets[2].start, h0.addSecs(3 * 3600));
    EXPECT_FALSE(buckets[2].maxOrgUsed.has_value());
    EXPECT_FALSE(buckets[2].maxOtherIntegrations.has_value());
    EXPECT_EQ(buckets[2].ourCalls[callCategoryIndex(CallCategory::Describe)], 1);
}

TEST(UsageAggregates, HundredThousandRecordsAgreeWithANaiveCount)
{
    // 100,000 calls over 100 days (one every 86.4 s, categories and statuses cycling), and
    // a sample every 10 minutes, given in reverse order.
    const QDateTime start(baseTime().date().addDays(-100), QTime(0, 0), QTimeZone::utc());
    QList<ApiCallRecord> calls;
    calls.reserve(100000);
    for (qint64 i = 0; i < 100000; ++i) {
        const int status = i % 97 == 0 ? 401 : (i % 89 == 0 ? 403 : 200);
        calls.append(
            callAt(start.addMSecs(i * 86400), allCallCategories[std::size_t(i % 6)], status));
    }
    std::reverse(calls.begin(), calls.end());
    QList<UsageSample> samples;
    for (qint64 m = 0; m < 100 * 24 * 60; m += 10)
        samples.append(sampleAt(start.addSecs(m * 60), 2000 + (m * 7919) % 9000));

    const QList<UsageBucket> days =
        UsageAggregates::aggregate(calls, samples, UsageAggregates::Period::Day);
    const QList<UsageBucket> hours =
        UsageAggregates::aggregate(calls, samples, UsageAggregates::Period::Hour);
    EXPECT_EQ(days.size(), 100);
    EXPECT_EQ(hours.size(), 100 * 24);

    // Naive per-day totals, per category.
    QHash<QDate, std::array<qint64, callCategoryCount>> expected;
    qint64 countedTotal = 0;
    for (const ApiCallRecord &call : calls) {
        auto &day = expected[call.at.toUTC().date()];
        if (countsAgainstOrgLimit(call)) {
            ++day[callCategoryIndex(call.category)];
            ++countedTotal;
        }
    }
    qint64 dayTotal = 0;
    for (const UsageBucket &bucket : days) {
        ASSERT_TRUE(expected.contains(bucket.start.date()));
        EXPECT_EQ(bucket.ourCalls, expected.value(bucket.start.date()));
        dayTotal += bucket.ourCallsTotal();
    }
    EXPECT_EQ(dayTotal, countedTotal);
    qint64 hourTotal = 0;
    for (qsizetype i = 0; i < hours.size(); ++i) {
        hourTotal += hours[i].ourCallsTotal();
        if (i > 0)
            EXPECT_LT(hours[i - 1].start, hours[i].start);
    }
    EXPECT_EQ(hourTotal, countedTotal);

    // Spot-check a few hours' "other integrations" against OurCallsWindow, sample by sample.
    for (qsizetype i : {qsizetype(0), qsizetype(23), qsizetype(1200), hours.size() - 1}) {
        const UsageBucket &bucket = hours[i];
        std::optional<qint64> others;
        std::optional<qint64> maxUsed;
        for (const UsageSample &sample : samples) {
            if (sample.at < bucket.start || sample.at >= bucket.start.addSecs(3600))
                continue;
            const qint64 o = OtherIntegrations::calls(
                sample.used, OurCallsWindow(calls, sample.at).countedTotal());
            others = std::max(others.value_or(0), o);
            maxUsed = std::max(maxUsed.value_or(0), sample.used);
        }
        EXPECT_EQ(bucket.maxOtherIntegrations, others) << i;
        EXPECT_EQ(bucket.maxOrgUsed, maxUsed) << i;
    }
}
