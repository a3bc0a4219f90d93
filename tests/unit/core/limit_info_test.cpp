#include "salesforce/limit_info.h"

#include <gtest/gtest.h>

using syncdesk::ApiUsage;
using syncdesk::parseLimitInfo;

TEST(LimitInfo, ReadsPlainApiUsage)
{
    const auto info = parseLimitInfo("api-usage=47/15000");
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->apiUsage, (ApiUsage{47, 15000}));
    EXPECT_FALSE(info->perAppApiUsage.has_value());
    EXPECT_FALSE(info->apiBursts.has_value());
}

TEST(LimitInfo, ReadsEveryKnownPartInAnyOrder)
{
    const auto info =
        parseLimitInfo("per-app-api-usage=17/250(appName=Foo);api-usage=18/5000;api-bursts=1/750");
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->apiUsage, (ApiUsage{18, 5000}));
    ASSERT_TRUE(info->perAppApiUsage.has_value());
    EXPECT_EQ(info->perAppApiUsage->usage, (ApiUsage{17, 250}));
    EXPECT_EQ(info->perAppApiUsage->appName, QStringLiteral("Foo"));
    ASSERT_TRUE(info->apiBursts.has_value());
    EXPECT_EQ(*info->apiBursts, (ApiUsage{1, 750}));
}

TEST(LimitInfo, ToleratesSpacesAroundEveryToken)
{
    const auto info = parseLimitInfo("  api-usage = 12480 / 15000 ;  per-app-api-usage = 3/250 "
                                     "( appName = My App ) ");
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->apiUsage, (ApiUsage{12480, 15000}));
    ASSERT_TRUE(info->perAppApiUsage.has_value());
    EXPECT_EQ(info->perAppApiUsage->appName, QStringLiteral("My App"));
}

TEST(LimitInfo, SkipsUnknownAndMalformedParts)
{
    const auto info = parseLimitInfo("future-thing=a=b;nonsense;api-usage=5/100;;=3");
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->apiUsage, (ApiUsage{5, 100}));
}

TEST(LimitInfo, KeepsUsageOverTheLimit)
{
    const auto info = parseLimitInfo("api-usage=110018/100000");
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->apiUsage, (ApiUsage{110018, 100000}));
    EXPECT_GT(info->apiUsage.percent(), 100.0);
}

TEST(LimitInfo, AbsentOrUnreadableUsageIsNullopt)
{
    EXPECT_FALSE(parseLimitInfo("").has_value());
    EXPECT_FALSE(parseLimitInfo("api-bursts=1/750").has_value());
    EXPECT_FALSE(parseLimitInfo("per-app-api-usage=17/250(appName=Foo)").has_value());
    EXPECT_FALSE(parseLimitInfo("api-usage=").has_value());
    EXPECT_FALSE(parseLimitInfo("api-usage=47").has_value());
    EXPECT_FALSE(parseLimitInfo("api-usage=x/15000").has_value());
    EXPECT_FALSE(parseLimitInfo("api-usage=-1/15000").has_value());
    EXPECT_FALSE(parseLimitInfo("api-usage 47/15000").has_value());
}

TEST(LimitInfo, PerAppUsageWithoutAppName)
{
    const auto info = parseLimitInfo("api-usage=1/2;per-app-api-usage=17/250");
    ASSERT_TRUE(info.has_value());
    ASSERT_TRUE(info->perAppApiUsage.has_value());
    EXPECT_EQ(info->perAppApiUsage->usage, (ApiUsage{17, 250}));
    EXPECT_TRUE(info->perAppApiUsage->appName.isEmpty());
}
