#include "usage/usage_forecast.h"
#include "usage_test_support.h"

#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <optional>
#include <vector>

using namespace syncdesk;
using namespace syncdesk::test;

namespace {

constexpr qint64 kDayMinutes = 24 * 60;

// An org simulated call by call, independent of the forecast's model: calls[i] calls are
// made at minute i after `origin`, and the org's count at minute k is the calls of
// minutes k − 1439 .. k, which is what Salesforce's rolling 24 hours means.
struct SimulatedOrg
{
    QDateTime origin = baseTime().addDays(-3);
    std::vector<qint64> calls;

    qint64 usedAt(qint64 minute) const
    {
        qint64 used = 0;
        for (qint64 i = std::max<qint64>(0, minute - kDayMinutes + 1); i <= minute; ++i)
            used += calls[std::size_t(i)];
        return used;
    }
    QDateTime timeOf(qint64 minute) const { return origin.addSecs(minute * 60); }

    // Header samples every `step` minutes from `fromMinute` to `toMinute`, inclusive.
    QList<UsageSample> samples(qint64 fromMinute, qint64 toMinute, qint64 max,
                               qint64 step = 5) const
    {
        QList<UsageSample> result;
        for (qint64 m = fromMinute; m <= toMinute; m += step)
            result.append(sampleAt(timeOf(m), usedAt(m), max));
        return result;
    }

    // Keeps calling `perMinute` after `nowMinute` and returns the first minute at which the
    // true count reaches max, up to a day ahead.
    std::optional<qint64> trueMinutesToLimit(qint64 nowMinute, qint64 perMinute, qint64 max) const
    {
        SimulatedOrg future = *this;
        future.calls.resize(std::size_t(nowMinute + 1));
        for (qint64 d = 1; d <= kDayMinutes; ++d) {
            future.calls.push_back(perMinute);
            if (future.usedAt(nowMinute + d) >= max)
                return d;
        }
        return std::nullopt;
    }
};

// Three days of history at `perMinute`, with `lastHourPerMinute` in the final hour.
SimulatedOrg steadyOrg(qint64 perMinute, qint64 lastHourPerMinute)
{
    SimulatedOrg org;
    const qint64 now = 3 * kDayMinutes;
    for (qint64 m = 0; m <= now; ++m)
        org.calls.push_back(m > now - 60 ? lastHourPerMinute : perMinute);
    return org;
}

qint64 minutesUntil(const UsageForecast &forecast)
{
    return forecast.from.secsTo(*forecast.limitReachedAt) / 60;
}

} // namespace

TEST(UsageForecast, NoSamplesNoForecast)
{
    const UsageForecast forecast = UsageForecast::project({}, baseTime());
    EXPECT_FALSE(forecast.from.isValid());
    EXPECT_FALSE(forecast.limitReachedAt.has_value());
}

TEST(UsageForecast, NoAllocationNoForecast)
{
    const UsageForecast forecast =
        UsageForecast::project({sampleAt(baseTime(), 500, 0)}, baseTime());
    EXPECT_FALSE(forecast.limitReachedAt.has_value());
}

TEST(UsageForecast, AlreadyAtTheLimitIsReachedAtTheLatestSample)
{
    const UsageForecast forecast = UsageForecast::project(
        {sampleAt(minutesAfterBase(-30), 14000), sampleAt(minutesAfterBase(-2), 15000)},
        baseTime());
    ASSERT_TRUE(forecast.limitReachedAt.has_value());
    EXPECT_EQ(*forecast.limitReachedAt, minutesAfterBase(-2));
}

TEST(UsageForecast, SamplesAfterNowAreIgnored)
{
    const UsageForecast forecast = UsageForecast::project(
        {sampleAt(minutesAfterBase(-2), 100), sampleAt(minutesAfterBase(5), 15000)}, baseTime());
    EXPECT_EQ(forecast.from, minutesAfterBase(-2));
    EXPECT_EQ(forecast.used, 100);
    EXPECT_FALSE(forecast.limitReachedAt.has_value());
}

TEST(UsageForecast, SingleSampleAssumesTheOrgKeepsItsAveragePace)
{
    const UsageForecast forecast = UsageForecast::project({sampleAt(baseTime(), 7200)}, baseTime());
    EXPECT_FALSE(forecast.paceFromSamples);
    EXPECT_NEAR(forecast.pacePerHour, 300.0, 1e-9);
    EXPECT_EQ(forecast.rollOffNextHour, 300);
    EXPECT_FALSE(forecast.limitReachedAt.has_value());
}

TEST(UsageForecast, SteadyPaceUnderTheLimitNeverReachesIt)
{
    const SimulatedOrg org = steadyOrg(5, 5); // 7,200 a day against 15,000
    const qint64 now = 3 * kDayMinutes;
    const UsageForecast forecast =
        UsageForecast::project(org.samples(now - 2 * kDayMinutes, now, 15000), org.timeOf(now));
    EXPECT_TRUE(forecast.paceFromSamples);
    EXPECT_NEAR(forecast.pacePerHour, 300.0, 3.0);
    EXPECT_NEAR(double(forecast.rollOffNextHour), 300.0, 3.0);
    EXPECT_FALSE(forecast.limitReachedAt.has_value());
}

TEST(UsageForecast, PaceJustUnderTheRollOffStaysUnder)
{
    // Using 14,000 of 15,000 and spending exactly what leaves: never reaches the limit.
    QList<UsageSample> samples;
    for (qint64 m = -60; m <= 0; m += 5)
        samples.append(sampleAt(minutesAfterBase(m), 14000));
    EXPECT_FALSE(UsageForecast::project(samples, baseTime()).limitReachedAt.has_value());
}

TEST(UsageForecast, HighPaceMatchesTheClosedFormForAnEvenWindow)
{
    // Only the last hour is known. The count grew 20 a minute from 6,000 to 7,200, and
    // with nothing known of the day before, what left meanwhile is the hour's mean count
    // spread evenly: (6000 + 7200) / 2 / 24. So
    //   pace p = (1200 + 6600 / 24) / 60 a minute,
    // and the last hour's p·60 calls are part of the window; the rest of it, used0 − 60p,
    // is assumed spread evenly over its other 1,380 minutes, which leave first:
    //   roll-off r = (used0 − 60p) / 1380 a minute,
    //   limit reached after (max − used0) / (p − r) minutes (well before minute 1,380).
    QList<UsageSample> samples;
    for (qint64 m = -60; m <= 0; m += 5)
        samples.append(sampleAt(minutesAfterBase(m), 6000 + (m + 60) * 20));
    const double used0 = 7200.0;
    const double max = 15000.0;
    const double pacePerMinute = (1200.0 + (6000.0 + 7200.0) / 2.0 / 24.0) / 60.0;
    const double rollOffPerMinute = (used0 - 60.0 * pacePerMinute) / 1380.0;
    const double expectedMinutes = (max - used0) / (pacePerMinute - rollOffPerMinute);
    ASSERT_LT(expectedMinutes, 1380.0);

    const UsageForecast forecast = UsageForecast::project(samples, baseTime());
    EXPECT_TRUE(forecast.paceFromSamples);
    EXPECT_NEAR(forecast.pacePerHour, pacePerMinute * 60.0, 1e-6);
    ASSERT_TRUE(forecast.limitReachedAt.has_value());
    EXPECT_NEAR(double(minutesUntil(forecast)), std::ceil(expectedMinutes), 1.0);
    EXPECT_EQ(forecast.rollOffNextHour, qint64(std::llround(rollOffPerMinute * 60.0)));
}

TEST(UsageForecast, FollowsASimulatedOrgWithFullHistory)
{
    // Five a minute for days, then twenty a minute: the count grows by fifteen a minute.
    const SimulatedOrg org = steadyOrg(5, 20);
    const qint64 now = 3 * kDayMinutes;
    const auto truth = org.trueMinutesToLimit(now, 20, 15000);
    ASSERT_TRUE(truth.has_value());
    const UsageForecast forecast =
        UsageForecast::project(org.samples(now - 2 * kDayMinutes, now, 15000), org.timeOf(now));
    EXPECT_EQ(forecast.used, org.usedAt(now));
    ASSERT_TRUE(forecast.limitReachedAt.has_value());
    EXPECT_NEAR(double(minutesUntil(forecast)), double(*truth), 3.0);
    EXPECT_NEAR(forecast.pacePerHour, 1200.0, 12.0);
}

TEST(UsageForecast, CallsRollingOffPostponeTheLimit)
{
    // Two orgs with the same count now and the same pace in the last hour. One spent its
    // extra 3,000 calls evenly over the day; the other in a single burst 23 hours ago,
    // which leaves the window in an hour and buys time.
    const qint64 now = 3 * kDayMinutes;
    const qint64 burstMinute = now - 23 * 60;
    SimulatedOrg even = steadyOrg(5, 20);
    SimulatedOrg burst = steadyOrg(5, 20);
    qint64 spread = 0;
    for (qint64 m = now - kDayMinutes + 1; m <= now - 60; ++m) {
        const qint64 share = 3000 * (m - (now - kDayMinutes)) / 1380 - spread;
        even.calls[std::size_t(m)] += share;
        spread += share;
    }
    ASSERT_EQ(spread, 3000);
    burst.calls[std::size_t(burstMinute)] += 3000;
    ASSERT_EQ(even.usedAt(now), burst.usedAt(now));

    const auto evenTruth = even.trueMinutesToLimit(now, 20, 15000);
    const auto burstTruth = burst.trueMinutesToLimit(now, 20, 15000);
    ASSERT_TRUE(evenTruth && burstTruth);
    ASSERT_GT(*burstTruth, *evenTruth + 100); // the simulation agrees that it matters

    const UsageForecast evenForecast =
        UsageForecast::project(even.samples(now - 2 * kDayMinutes, now, 15000), even.timeOf(now));
    const UsageForecast burstForecast =
        UsageForecast::project(burst.samples(now - 2 * kDayMinutes, now, 15000), burst.timeOf(now));
    ASSERT_TRUE(evenForecast.limitReachedAt && burstForecast.limitReachedAt);
    EXPECT_GT(minutesUntil(burstForecast), minutesUntil(evenForecast) + 100);
    // Within a tenth of the true time to the limit.
    EXPECT_NEAR(double(minutesUntil(evenForecast)), double(*evenTruth), *evenTruth / 10.0);
    EXPECT_NEAR(double(minutesUntil(burstForecast)), double(*burstTruth), *burstTruth / 10.0);
    // The burst shows in the next hour's roll-off.
    EXPECT_GT(burstForecast.rollOffNextHour, 2500);
    EXPECT_LT(evenForecast.rollOffNextHour, 1000);
}

TEST(UsageForecast, RollOffCanKeepAHighPaceUnderTheLimit)
{
    // 1,000 under the limit, with 10,000 of the count from a burst 23 h 30 min ago: at 12
    // a minute against 5 leaving, the limit is 143 minutes away unless the burst leaves
    // first, which it does after 30.
    SimulatedOrg org = steadyOrg(5, 12);
    const qint64 now = 3 * kDayMinutes;
    org.calls[std::size_t(now - 23 * 60 - 30)] += 10000;
    const qint64 max = org.usedAt(now) + 1000;
    ASSERT_FALSE(org.trueMinutesToLimit(now, 12, max).has_value());
    const UsageForecast forecast =
        UsageForecast::project(org.samples(now - 2 * kDayMinutes, now, max), org.timeOf(now));
    EXPECT_FALSE(forecast.limitReachedAt.has_value());
    EXPECT_GT(forecast.pacePerHour, 600.0);
}
