#include "usage/api_usage.h"
#include "usage/usage_level.h"

#include <gtest/gtest.h>

using syncdesk::ApiUsage;
using syncdesk::UsageLevel;
using syncdesk::usageLevelFor;

TEST(UsageLevel, GreenBelowEightyPercent)
{
    EXPECT_EQ(usageLevelFor(0.0), UsageLevel::Green);
    EXPECT_EQ(usageLevelFor(79.99), UsageLevel::Green);
}

TEST(UsageLevel, OrangeFromEightyUpToNinety)
{
    EXPECT_EQ(usageLevelFor(80.0), UsageLevel::Orange);
    EXPECT_EQ(usageLevelFor(89.99), UsageLevel::Orange);
}

TEST(UsageLevel, RedFromNinetyAndOverTheLimit)
{
    EXPECT_EQ(usageLevelFor(90.0), UsageLevel::Red);
    EXPECT_EQ(usageLevelFor(100.0), UsageLevel::Red);
    EXPECT_EQ(usageLevelFor(110.0), UsageLevel::Red);
}

TEST(UsageLevel, FromCountsAtTheBoundaries)
{
    EXPECT_EQ(usageLevelFor(ApiUsage{11'999, 15'000}.percent()), UsageLevel::Green);
    EXPECT_EQ(usageLevelFor(ApiUsage{12'000, 15'000}.percent()), UsageLevel::Orange);
    EXPECT_EQ(usageLevelFor(ApiUsage{13'499, 15'000}.percent()), UsageLevel::Orange);
    EXPECT_EQ(usageLevelFor(ApiUsage{13'500, 15'000}.percent()), UsageLevel::Red);
    EXPECT_EQ(usageLevelFor(ApiUsage{110'018, 100'000}.percent()), UsageLevel::Red);
}

TEST(UsageLevel, NoAllocationReadsAsNothingSpent)
{
    EXPECT_DOUBLE_EQ(ApiUsage({5, 0}).percent(), 0.0);
}

TEST(UsageLevel, NamesAreStable)
{
    EXPECT_EQ(syncdesk::usageLevelName(UsageLevel::Green), QStringLiteral("green"));
    EXPECT_EQ(syncdesk::usageLevelName(UsageLevel::Orange), QStringLiteral("orange"));
    EXPECT_EQ(syncdesk::usageLevelName(UsageLevel::Red), QStringLiteral("red"));
}
