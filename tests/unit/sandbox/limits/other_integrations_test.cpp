#include "limits/daily_allocation.h"
#include "limits/org_clock.h"
#include "sim/other_integrations.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;

namespace {

constexpr qint64 kDay = 24 * 3600;

struct Org
{
    Org()
        : allocation(1000000)
    {
        clock.setTimeZone(QTimeZone::utc());
        clock.freeze(QDateTime(QDate(2024, 3, 5), QTime(10, 0), QTimeZone::utc())); // Tuesday
    }
    OrgClock clock;
    DailyAllocation allocation;
};

// Used after each of `seconds` one-second ticks.
QList<int> usageTrace(quint32 seed, int seconds)
{
    Org org;
    OtherIntegrations integrations(org.allocation, org.clock, seed);
    integrations.setRate(1000); // about 0.6 calls a second at 10:00 on a Tuesday
    integrations.start();
    QList<int> trace;
    for (int i = 0; i < seconds; ++i) {
        org.clock.advance(1);
        integrations.tick();
        trace.append(org.allocation.used(org.clock.now()));
    }
    return trace;
}

} // namespace

TEST(OtherIntegrations, SpendNothingUntilStarted)
{
    Org org;
    OtherIntegrations integrations(org.allocation, org.clock);
    integrations.setRate(10000);
    org.clock.advance(3600);
    integrations.tick();
    org.clock.advance(3600);
    integrations.tick();
    EXPECT_FALSE(integrations.isRunning());
    EXPECT_EQ(org.allocation.used(org.clock.now()), 0);

    integrations.start();
    org.clock.advance(3600);
    integrations.tick();
    EXPECT_GT(org.allocation.used(org.clock.now()), 0);
}

TEST(OtherIntegrations, SpendWhatIsDueAgainstTheAllocation)
{
    Org org;
    OtherIntegrations integrations(org.allocation, org.clock);
    integrations.setRate(500);
    integrations.start();
    const QDateTime start = org.clock.now();
    for (int minute = 0; minute < 60; ++minute) {
        org.clock.advance(60);
        integrations.tick();
    }
    const double due =
        OtherIntegrations::callsDue(start, org.clock.now(), 500, org.clock.timeZone());
    EXPECT_NEAR(double(integrations.callsSpent()), due, 1.0);
    EXPECT_EQ(org.allocation.used(org.clock.now()), integrations.callsSpent());
    EXPECT_EQ(integrations.callsBlocked(), 0);
}

TEST(OtherIntegrations, SameSeedSameCallsDifferentSeedDifferentTiming)
{
    const QList<int> first = usageTrace(42, 600);
    EXPECT_EQ(first, usageTrace(42, 600));
    EXPECT_NE(first, usageTrace(43, 600));
    EXPECT_GT(first.last(), 0);
}

TEST(OtherIntegrations, CatchUpAfterAClockJumpCoversOnlyTheLastDay)
{
    Org org;
    OtherIntegrations integrations(org.allocation, org.clock);
    integrations.setRate(2000);
    integrations.start();
    org.clock.advance(3 * kDay);
    integrations.tick();
    const QDateTime now = org.clock.now();
    const double lastDay =
        OtherIntegrations::callsDue(now.addSecs(-kDay), now, 2000, org.clock.timeZone());
    EXPECT_NEAR(double(integrations.callsSpent()), lastDay, 1.0);
    EXPECT_EQ(org.allocation.used(now), integrations.callsSpent());
    // Caught-up calls are stamped when they were due, so they roll off through the
    // coming day rather than all at once 24 hours from now.
    const int inTwelveHours = org.allocation.used(now.addSecs(kDay / 2));
    EXPECT_GT(inTwelveHours, 0);
    EXPECT_LT(inTwelveHours, org.allocation.used(now));
    EXPECT_LT(org.allocation.nextRelease(now), now.addSecs(120));
}

TEST(OtherIntegrations, StopSpendingSilentlyWhenTheOrgIsOutOfCalls)
{
    Org org;
    org.allocation.setMax(100);
    OtherIntegrations integrations(org.allocation, org.clock);
    integrations.setRate(5000);
    integrations.start();
    org.clock.advance(3600);
    integrations.tick();
    EXPECT_EQ(org.allocation.used(org.clock.now()), 100);
    EXPECT_EQ(integrations.callsSpent(), 100);
    EXPECT_GT(integrations.callsBlocked(), 0);
    EXPECT_FALSE(org.allocation.tryConsume(org.clock.now()));
}

TEST(OtherIntegrations, TheTimerDrivesSpendingUntilStopped)
{
    OrgClock clock; // real time passes
    clock.setTimeZone(QTimeZone::utc());
    DailyAllocation allocation(1000000);
    OtherIntegrations integrations(allocation, clock);
    integrations.setRate(3600.0 * 5000); // thousands a second even at night
    integrations.setTickInterval(std::chrono::milliseconds(10));
    integrations.start();
    EXPECT_TRUE(integrations.isRunning());
    QDeadlineTimer deadline(5000);
    while (allocation.used(clock.now()) == 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    EXPECT_GT(allocation.used(clock.now()), 0);

    integrations.stop();
    EXPECT_FALSE(integrations.isRunning());
    const qint64 spent = integrations.callsSpent();
    QDeadlineTimer pause(100);
    while (!pause.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    EXPECT_EQ(integrations.callsSpent(), spent);
}
