// The rolling 24-hour allocation as clients see it: what counts, the
// Sforce-Limit-Info header, /limits, and 403 REQUEST_LIMIT_EXCEEDED.
#include "org_under_test.h"

#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

TEST(SandboxDailyLimit, VersionsListIsFreeAndShapedLikeSalesforce)
{
    OrgUnderTest org;
    const int before = org.used();
    const auto versions = org.call("GET", u"/services/data/"_s, {}, false);
    EXPECT_EQ(versions.status(), 200);
    EXPECT_EQ(org.used(), before);
    EXPECT_TRUE(versions.response.header("Sforce-Limit-Info").isEmpty());
    EXPECT_TRUE(
        shapeDifferences(loadFixture(u"restforce/services_data_success_response.json"_s).array(),
                         versions.array())
            .isEmpty());
    const QJsonObject newest = versions.array().last().toObject();
    EXPECT_EQ(newest[u"version"_s].toString(), u"62.0"_s);
    EXPECT_EQ(newest[u"label"_s].toString(), u"Winter '25"_s);
}

TEST(SandboxDailyLimit, EveryDataCallCountsOnceAndReportsUsageInTheHeader)
{
    OrgUnderTest org;
    const int before = org.used();
    const auto first = org.get(OrgUnderTest::data(u"sobjects/"_s));
    const auto second = org.get(OrgUnderTest::data(u"query?q=SELECT Id FROM Account LIMIT 1"_s));
    EXPECT_EQ(org.used(), before + 2);
    EXPECT_EQ(first.response.header("Sforce-Limit-Info"),
              "api-usage=" + QByteArray::number(before + 1) + "/15000");
    EXPECT_EQ(second.response.header("Sforce-Limit-Info"),
              "api-usage=" + QByteArray::number(before + 2) + "/15000");
}

TEST(SandboxDailyLimit, LimitsCountsAndAgreesWithTheHeader)
{
    OrgUnderTest org;
    org.control(u"usage"_s, {{u"used"_s, 1234}});
    const auto limits = org.get(OrgUnderTest::data(u"limits"_s));
    const QJsonObject daily = limits.object()[u"DailyApiRequests"_s].toObject();
    EXPECT_EQ(daily[u"Max"_s].toInt(), 15000);
    EXPECT_EQ(daily[u"Remaining"_s].toInt(), 15000 - 1235);
    EXPECT_EQ(limits.response.header("Sforce-Limit-Info"), "api-usage=1235/15000");
}

TEST(SandboxDailyLimit, SpentAllocationAnswers403UntilCallsRollOff)
{
    OrgUnderTest org;
    org.org().oauth().setSessionTimeout(3 * 24 * 3600); // outlive the day we skip
    org.org().allocation().setMax(10);
    org.org().allocation().setUsed(org.org().clock().now(), 0);
    for (int i = 0; i < 10; ++i)
        ASSERT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 200);

    const auto blocked = org.get(OrgUnderTest::data(u"limits"_s));
    EXPECT_EQ(blocked.status(), 403);
    EXPECT_EQ(
        blocked.json.toJson(QJsonDocument::Compact),
        R"([{"errorCode":"REQUEST_LIMIT_EXCEEDED","message":"TotalRequests Limit exceeded."}])");
    EXPECT_TRUE(blocked.response.header("Retry-After").isEmpty());
    EXPECT_EQ(org.used(), 10); // a refused call is not counted

    // Not midnight: exactly 24 hours after the calls were made.
    org.org().clock().advance(23 * 3600);
    EXPECT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 403);
    org.org().clock().advance(3600 + 1);
    EXPECT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 200);
}

TEST(SandboxDailyLimit, PaidOrgOverageLetsUsageExceedMaxUpToTheCap)
{
    OrgUnderTest org;
    org.control(u"allocation"_s, {{u"max"_s, 5}, {u"overageCap"_s, 7}});
    org.org().allocation().setUsed(org.org().clock().now(), 5);
    const auto over = org.get(OrgUnderTest::data(u"limits"_s));
    EXPECT_EQ(over.status(), 200);
    EXPECT_EQ(over.response.header("Sforce-Limit-Info"), "api-usage=6/5");
    EXPECT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 200);
    EXPECT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 403);
}

TEST(SandboxDailyLimit, CallsWithoutAValidSessionAreRefusedAndNotCounted)
{
    OrgUnderTest org;
    const int before = org.used();
    const auto anonymous = org.call("GET", OrgUnderTest::data(u"limits"_s), {}, false);
    EXPECT_EQ(anonymous.status(), 401);
    org.setAccessToken(u"00D000000000001!forged"_s);
    EXPECT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 401);
    EXPECT_EQ(org.used(), before);
}

TEST(SandboxDailyLimit, UnknownVersionsAndPathsAreNotFound)
{
    OrgUnderTest org;
    EXPECT_EQ(org.get(u"/services/data/v99.0/limits"_s).status(), 404);
    EXPECT_EQ(org.get(u"/services/data/v62.0/nothing"_s).json,
              loadFixture(u"restforce/sobject_describe_error_response.json"_s));
    EXPECT_EQ(org.get(u"/elsewhere"_s).status(), 404);
}
