#include "fixture.h"
#include "salesforce/org_limits.h"

#include <gtest/gtest.h>

using namespace syncdesk;

namespace {
OrgLimits parsedOrFail(const QByteArray &body)
{
    const auto result = parseOrgLimits(body);
    if (const QString *why = std::get_if<QString>(&result)) {
        ADD_FAILURE() << why->toStdString();
        return {};
    }
    return std::get<OrgLimits>(result);
}
} // namespace

TEST(OrgLimits, ReadsADeveloperEditionAnswerWithNestedPerAppObjects)
{
    const QByteArray body = readTestData("salesforce/swiftlysalesforce/MockLimits.json");
    ASSERT_FALSE(body.isEmpty());
    const OrgLimits limits = parsedOrFail(body);
    ASSERT_TRUE(limits.dailyApiRequests().has_value());
    EXPECT_EQ(*limits.dailyApiRequests(), (ApiUsage{47, 15000}));
    EXPECT_GT(limits.limits.size(), 10);
}

TEST(OrgLimits, ReadsAnAnswerWithRemainingBeforeMax)
{
    const QByteArray body = readTestData("salesforce/apache-camel/limits.json");
    ASSERT_FALSE(body.isEmpty());
    const OrgLimits limits = parsedOrFail(body);
    EXPECT_EQ(*limits.dailyApiRequests(), (ApiUsage{2, 15000}));
}

TEST(OrgLimits, AcceptsNumbersSentAsStringsAndOverTheLimit)
{
    const OrgLimits limits =
        parsedOrFail(R"({"DailyApiRequests":{"Remaining":"-18","Max":"100000"}})");
    EXPECT_EQ(*limits.dailyApiRequests(), (ApiUsage{100018, 100000}));
}

TEST(OrgLimits, SaysWhyAnAnswerCannotBeRead)
{
    const auto why = [](const QByteArray &body) {
        const auto result = parseOrgLimits(body);
        return std::holds_alternative<QString>(result) ? std::get<QString>(result) : QString();
    };
    EXPECT_FALSE(why("{\"DailyApiRequests\":").isEmpty());
    EXPECT_FALSE(why("[]").isEmpty());
    EXPECT_TRUE(why(R"({"DailyBulkApiRequests":{"Max":5000,"Remaining":5000}})")
                    .contains(QStringLiteral("DailyApiRequests")));
    EXPECT_FALSE(why(R"({"DailyApiRequests":{"Max":15000}})").isEmpty());
    EXPECT_FALSE(why(R"({"DailyApiRequests":{"Max":1.5,"Remaining":1}})").isEmpty());
    // Too large to be a count (a fuzzer's find: the conversion was undefined).
    EXPECT_FALSE(why(R"({"DailyApiRequests":{"Max":1.3e78,"Remaining":1}})").isEmpty());
}
