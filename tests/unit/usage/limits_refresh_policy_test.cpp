#include "usage/limits_refresh_policy.h"
#include "usage_test_support.h"

#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace std::chrono_literals;

TEST(LimitsRefreshPolicy, DefaultIsFiveMinutes)
{
    EXPECT_EQ(LimitsRefreshPolicy().interval(), 300s);
}

TEST(LimitsRefreshPolicy, DueExactlyAtTheIntervalNotASecondBefore)
{
    const LimitsRefreshPolicy policy;
    const QDateTime figures = baseTime();
    EXPECT_FALSE(policy.shouldCallLimits(figures, figures));
    EXPECT_FALSE(policy.shouldCallLimits(figures, figures.addSecs(299)));
    EXPECT_FALSE(policy.shouldCallLimits(figures, figures.addMSecs(299'999)));
    EXPECT_TRUE(policy.shouldCallLimits(figures, figures.addSecs(300)));
    EXPECT_TRUE(policy.shouldCallLimits(figures, figures.addSecs(301)));
    EXPECT_EQ(policy.nextLimitsCallAt(figures, figures.addSecs(10)), figures.addSecs(300));
}

TEST(LimitsRefreshPolicy, NoFiguresYetMeansCallNow)
{
    const LimitsRefreshPolicy policy;
    EXPECT_TRUE(policy.shouldCallLimits(QDateTime(), baseTime()));
    EXPECT_EQ(policy.nextLimitsCallAt(QDateTime(), baseTime()), baseTime());
}

TEST(LimitsRefreshPolicy, OverdueMeansNowNotThePast)
{
    const LimitsRefreshPolicy policy;
    const QDateTime now = baseTime();
    EXPECT_EQ(policy.nextLimitsCallAt(now.addSecs(-3600), now), now);
}

TEST(LimitsRefreshPolicy, AnyCallThatRefreshesTheFiguresPostponesLimits)
{
    const LimitsRefreshPolicy policy;
    QDateTime figures = baseTime();
    const QDateTime now = baseTime().addSecs(280);
    EXPECT_EQ(policy.nextLimitsCallAt(figures, now), baseTime().addSecs(300));
    figures = baseTime().addSecs(270); // a query's Sforce-Limit-Info arrived
    EXPECT_FALSE(policy.shouldCallLimits(figures, baseTime().addSecs(300)));
    EXPECT_EQ(policy.nextLimitsCallAt(figures, now), baseTime().addSecs(570));
}

TEST(LimitsRefreshPolicy, ConfigurableInterval)
{
    LimitsRefreshPolicy policy(15min);
    EXPECT_FALSE(policy.shouldCallLimits(baseTime(), baseTime().addSecs(899)));
    EXPECT_TRUE(policy.shouldCallLimits(baseTime(), baseTime().addSecs(900)));
    policy.setInterval(60s);
    EXPECT_TRUE(policy.shouldCallLimits(baseTime(), baseTime().addSecs(60)));
    EXPECT_EQ(policy.nextLimitsCallAt(baseTime(), baseTime()), baseTime().addSecs(60));
}

TEST(LimitsRefreshPolicy, IntervalBelowOneSecondIsRaised)
{
    LimitsRefreshPolicy policy(0s);
    EXPECT_EQ(policy.interval(), 1s);
    policy.setInterval(-5s);
    EXPECT_EQ(policy.interval(), 1s);
    EXPECT_FALSE(policy.shouldCallLimits(baseTime(), baseTime()));
}

TEST(LimitsRefreshPolicy, FiguresStampedInTheFutureCannotPostponeForever)
{
    const LimitsRefreshPolicy policy;
    const QDateTime now = baseTime();
    const QDateTime future = now.addDays(30);
    EXPECT_FALSE(policy.shouldCallLimits(future, now));
    EXPECT_EQ(policy.nextLimitsCallAt(future, now), now.addSecs(300));
}
