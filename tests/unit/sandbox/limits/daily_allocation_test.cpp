#include "limits/daily_allocation.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;

namespace {

constexpr qint64 kDay = 24 * 3600;

// Tuesday 12:36, the example in Salesforce's documentation of the rolling window.
QDateTime tuesdayAt1236()
{
    return QDateTime(QDate(2024, 3, 5), QTime(12, 36), QTimeZone::utc());
}

} // namespace

TEST(DailyAllocation, DefaultsToDeveloperEditionMax)
{
    DailyAllocation allocation;
    EXPECT_EQ(allocation.max(), 15000);
    EXPECT_EQ(allocation.used(tuesdayAt1236()), 0);
    EXPECT_EQ(allocation.remaining(tuesdayAt1236()), 15000);
}

TEST(DailyAllocation, CallRollsOffExactly24HoursLaterNotAtMidnight)
{
    DailyAllocation allocation;
    const QDateTime t0 = tuesdayAt1236();
    ASSERT_TRUE(allocation.tryConsume(t0));
    ASSERT_TRUE(allocation.tryConsume(t0.addSecs(60), 2));

    const QDateTime wednesdayMidnight(QDate(2024, 3, 6), QTime(0, 0), QTimeZone::utc());
    EXPECT_EQ(allocation.used(wednesdayMidnight), 3);
    EXPECT_EQ(allocation.used(t0.addSecs(kDay - 1)), 3);
    EXPECT_EQ(allocation.used(t0.addSecs(kDay)), 2); // Wednesday 12:36
    EXPECT_EQ(allocation.used(t0.addSecs(kDay + 59)), 2);
    EXPECT_EQ(allocation.used(t0.addSecs(kDay + 60)), 0);
    EXPECT_EQ(allocation.remaining(t0.addSecs(kDay + 60)), 15000);
}

TEST(DailyAllocation, BlockedCallsAreNotCounted)
{
    DailyAllocation allocation(10);
    const QDateTime t0 = tuesdayAt1236();
    ASSERT_TRUE(allocation.tryConsume(t0, 8));
    EXPECT_FALSE(allocation.tryConsume(t0, 3)); // would make 11
    EXPECT_EQ(allocation.used(t0), 8);
    EXPECT_TRUE(allocation.tryConsume(t0, 2));
    for (int i = 0; i < 5; ++i)
        EXPECT_FALSE(allocation.tryConsume(t0.addSecs(i)));
    EXPECT_EQ(allocation.used(t0.addSecs(5)), 10);
    EXPECT_EQ(allocation.remaining(t0), 0);
    // The blocked attempts did not extend the window: all is released at t0 + 24h.
    EXPECT_EQ(allocation.used(t0.addSecs(kDay)), 0);
    EXPECT_TRUE(allocation.tryConsume(t0.addSecs(kDay), 10));
}

TEST(DailyAllocation, ConsumeUpToCountsOnlyWhatFits)
{
    DailyAllocation allocation(10);
    const QDateTime t0 = tuesdayAt1236();
    ASSERT_TRUE(allocation.tryConsume(t0, 7));
    EXPECT_EQ(allocation.consumeUpTo(t0, 5), 3);
    EXPECT_EQ(allocation.used(t0), 10);
    EXPECT_EQ(allocation.consumeUpTo(t0, 5), 0);
}

TEST(DailyAllocation, ClockJumpingForwardByDaysReleasesEverything)
{
    DailyAllocation allocation(100000);
    const QDateTime t0 = tuesdayAt1236();
    for (int second = 0; second < 3600; ++second)
        ASSERT_TRUE(allocation.tryConsume(t0.addSecs(second), 3));
    EXPECT_EQ(allocation.used(t0.addSecs(3599)), 3 * 3600);

    const QDateTime later = t0.addSecs(3 * kDay + 17);
    EXPECT_EQ(allocation.used(later), 0);
    EXPECT_FALSE(allocation.nextRelease(later).isValid());
    EXPECT_TRUE(allocation.tryConsume(later, 5));
    EXPECT_EQ(allocation.used(later), 5);
    EXPECT_EQ(allocation.nextRelease(later), later.addSecs(kDay));
}

TEST(DailyAllocation, CallsStampedAfterNowAreNotInTheWindowYet)
{
    DailyAllocation allocation(10);
    const QDateTime t0 = tuesdayAt1236();
    ASSERT_TRUE(allocation.tryConsume(t0, 4));
    // The clock was moved back an hour: the calls are in the future now...
    EXPECT_EQ(allocation.used(t0.addSecs(-3600)), 0);
    // ...yet they still share every window a new call could be in.
    EXPECT_FALSE(allocation.tryConsume(t0.addSecs(-3600), 7));
    EXPECT_TRUE(allocation.tryConsume(t0.addSecs(-3600), 6));
    EXPECT_EQ(allocation.used(t0), 10);
}

TEST(DailyAllocation, OverageGoesAboveMaxUpToTheHardCap)
{
    DailyAllocation allocation(100);
    const QDateTime t0 = tuesdayAt1236();
    EXPECT_FALSE(allocation.overageAllowed());
    ASSERT_TRUE(allocation.tryConsume(t0, 100));
    EXPECT_FALSE(allocation.tryConsume(t0));

    allocation.setOverage(120);
    EXPECT_TRUE(allocation.overageAllowed());
    EXPECT_EQ(allocation.limit(), 120);
    EXPECT_TRUE(allocation.tryConsume(t0, 15));
    EXPECT_TRUE(allocation.tryConsume(t0.addSecs(1), 5));
    EXPECT_FALSE(allocation.tryConsume(t0.addSecs(2)));
    EXPECT_EQ(allocation.used(t0.addSecs(2)), 120);
    EXPECT_EQ(allocation.max(), 100);
    EXPECT_EQ(allocation.remaining(t0.addSecs(2)), 0);
    EXPECT_EQ(allocation.limitInfoHeader(t0.addSecs(2)), QByteArray("api-usage=120/100"));

    // Without overage the org stays blocked until usage is back under max.
    allocation.clearOverage();
    EXPECT_FALSE(allocation.tryConsume(t0.addSecs(3)));
    EXPECT_EQ(allocation.used(t0.addSecs(kDay)), 5);
    EXPECT_TRUE(allocation.tryConsume(t0.addSecs(kDay), 95));
    EXPECT_FALSE(allocation.tryConsume(t0.addSecs(kDay)));
}

TEST(DailyAllocation, LimitInfoHeaderReportsUsedOverMax)
{
    DailyAllocation allocation;
    const QDateTime t0 = tuesdayAt1236();
    ASSERT_TRUE(allocation.tryConsume(t0, 123));
    EXPECT_EQ(allocation.limitInfoHeader(t0), QByteArray("api-usage=123/15000"));
    allocation.setMax(5000000);
    EXPECT_EQ(allocation.limitInfoHeader(t0), QByteArray("api-usage=123/5000000"));
}

TEST(DailyAllocation, NextReleaseIsWhenTheOldestCallRollsOff)
{
    DailyAllocation allocation;
    const QDateTime t0 = tuesdayAt1236();
    EXPECT_FALSE(allocation.nextRelease(t0).isValid());
    allocation.tryConsume(t0);
    allocation.tryConsume(t0.addSecs(10), 4);
    EXPECT_EQ(allocation.nextRelease(t0.addSecs(20)), t0.addSecs(kDay));
    EXPECT_EQ(allocation.nextRelease(t0.addSecs(kDay)), t0.addSecs(kDay + 10));
    EXPECT_EQ(allocation.nextRelease(t0.addSecs(kDay)).timeSpec(), Qt::UTC);
}

TEST(DailyAllocation, AvailableAtIsWhenEnoughCallsHaveRolledOff)
{
    DailyAllocation allocation(10);
    const QDateTime t0 = tuesdayAt1236();
    allocation.tryConsume(t0, 6);
    allocation.tryConsume(t0.addSecs(100), 4);
    const QDateTime now = t0.addSecs(200);
    EXPECT_EQ(allocation.availableAt(now, 1), t0.addSecs(kDay));
    EXPECT_EQ(allocation.availableAt(now, 6), t0.addSecs(kDay));
    EXPECT_EQ(allocation.availableAt(now, 7), t0.addSecs(100 + kDay));
    EXPECT_FALSE(allocation.availableAt(now, 11).isValid());
    allocation.setMax(20);
    EXPECT_EQ(allocation.availableAt(now, 10), now);
}

TEST(DailyAllocation, SetUsedSpreadsCallsOverTheWindow)
{
    DailyAllocation allocation;
    const QDateTime now = tuesdayAt1236();
    allocation.tryConsume(now.addSecs(-5), 42); // replaced, not added to
    allocation.setUsed(now, 15000);
    EXPECT_EQ(allocation.used(now), 15000);
    EXPECT_FALSE(allocation.tryConsume(now));

    // The oldest synthetic call rolls off within 86400/15000 seconds...
    const QDateTime release = allocation.nextRelease(now);
    ASSERT_TRUE(release.isValid());
    EXPECT_GT(release, now);
    EXPECT_LE(now.secsTo(release), 6);
    EXPECT_EQ(allocation.used(release.addSecs(-1)), 15000);
    EXPECT_LT(allocation.used(release), 15000);
    EXPECT_TRUE(allocation.tryConsume(release));

    // ...and usage drains steadily: half is gone after half a day, all after a day.
    allocation.setUsed(now, 15000);
    EXPECT_NEAR(allocation.used(now.addSecs(kDay / 2)), 7500, 1);
    EXPECT_EQ(allocation.used(now.addSecs(kDay - 1)), 1); // the newest, made at now
    EXPECT_EQ(allocation.used(now.addSecs(kDay)), 0);
}

TEST(DailyAllocation, SetUsedAllAtNowHoldsForAFullDay)
{
    DailyAllocation allocation(100);
    const QDateTime now = tuesdayAt1236();
    allocation.setUsed(now, 150, DailyAllocation::UsagePlacement::AllAtNow);
    EXPECT_EQ(allocation.used(now), 150);
    EXPECT_EQ(allocation.remaining(now), 0);
    EXPECT_EQ(allocation.nextRelease(now), now.addSecs(kDay));
    EXPECT_EQ(allocation.used(now.addSecs(kDay - 1)), 150);
    EXPECT_EQ(allocation.used(now.addSecs(kDay)), 0);

    allocation.setUsed(now, 0);
    EXPECT_EQ(allocation.used(now), 0);
}

TEST(DailyAllocation, FiveMillionCallsADayStayCheap)
{
    DailyAllocation allocation(5000000);
    const QDateTime t0 = tuesdayAt1236();
    // 58 calls every second for a day: 5,011,200 calls in 86,400 buckets.
    int blocked = 0;
    for (qint64 second = 0; second < kDay; ++second)
        blocked += allocation.consumeUpTo(t0.addSecs(second), 58) == 58 ? 0 : 1;
    const QDateTime end = t0.addSecs(kDay - 1);
    EXPECT_EQ(allocation.used(end), 5000000);
    EXPECT_GT(blocked, 0);
    allocation.setMax(6000000);
    allocation.setUsed(end, 5000000);
    EXPECT_EQ(allocation.used(end), 5000000);
    EXPECT_NEAR(allocation.used(end.addSecs(kDay / 4)), 3750000, 1);
}

TEST(DailyAllocation, ResetForgetsEveryCall)
{
    DailyAllocation allocation(10);
    const QDateTime t0 = tuesdayAt1236();
    allocation.tryConsume(t0, 10);
    allocation.reset();
    EXPECT_EQ(allocation.used(t0), 0);
    EXPECT_TRUE(allocation.tryConsume(t0, 10));
}

TEST(DailyAllocation, AskingAboutALaterInstantForgetsNothing)
{
    DailyAllocation allocation;
    const QDateTime t0 = tuesdayAt1236();
    allocation.tryConsume(t0, 3);
    EXPECT_EQ(allocation.used(t0.addDays(2)), 0);
    EXPECT_FALSE(allocation.nextRelease(t0.addDays(2)).isValid());
    EXPECT_EQ(allocation.used(t0), 3);
    EXPECT_EQ(allocation.nextRelease(t0), t0.addSecs(kDay));
}
