#include "usage/api_call_record.h"
#include "usage/usage_sample.h"
#include "usage_test_support.h"

#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::test;

TEST(ApiCallRecordCounting, AnsweredCallsCountIncludingClientErrors)
{
    for (int status : {200, 201, 204, 300, 304, 400, 404, 405, 409, 415}) {
        EXPECT_TRUE(countsAgainstOrgLimit(callAt(baseTime(), CallCategory::OutboundUpdate, status)))
            << status;
    }
}

TEST(ApiCallRecordCounting, RefusedSessionIsNotCounted)
{
    EXPECT_FALSE(countsAgainstOrgLimit(callAt(baseTime(), CallCategory::InboundPoll, 401)));
    EXPECT_FALSE(refusedForRequestLimit(callAt(baseTime(), CallCategory::InboundPoll, 401)));
}

TEST(ApiCallRecordCounting, LimitRefusalIsNotCounted)
{
    ApiCallRecord refused = callAt(baseTime(), CallCategory::ActivityLogging, 403);
    refused.errorCode = u"REQUEST_LIMIT_EXCEEDED"_s;
    EXPECT_FALSE(countsAgainstOrgLimit(refused));
    EXPECT_TRUE(refusedForRequestLimit(refused));

    // Without a parsed body the 403 is taken to be the limit.
    refused.errorCode.clear();
    EXPECT_FALSE(countsAgainstOrgLimit(refused));
    EXPECT_TRUE(refusedForRequestLimit(refused));
}

TEST(ApiCallRecordCounting, PermissionRefusalReachedTheApiAndCounts)
{
    ApiCallRecord call = callAt(baseTime(), CallCategory::OutboundUpdate, 403);
    call.errorCode = u"INSUFFICIENT_ACCESS"_s;
    EXPECT_TRUE(countsAgainstOrgLimit(call));
    EXPECT_FALSE(refusedForRequestLimit(call));
}

TEST(ApiCallRecordCounting, ServerErrorsAndNoAnswerAreNotCounted)
{
    for (int status : {0, -1, 500, 502, 503})
        EXPECT_FALSE(countsAgainstOrgLimit(callAt(baseTime(), CallCategory::InboundPoll, status)))
            << status;
}

TEST(ApiCallRecordCounting, AuthCallsAreNotApiRequests)
{
    EXPECT_FALSE(countsAgainstOrgLimit(
        callAt(baseTime(), CallCategory::Auth, 200, u"/services/oauth2/token"_s)));
    EXPECT_TRUE(countsAgainstOrgLimit(
        callAt(baseTime(), CallCategory::LimitsCheck, 200, u"/services/data/v62.0/limits"_s)));
}

TEST(ApiCallRecordCounting, VersionsListIsFreeInAnySpelling)
{
    for (const QString &endpoint :
         {u"/services/data"_s, u"/services/data/"_s, u"/services/data//"_s,
          u"https://acme.my.salesforce.com/services/data/"_s}) {
        EXPECT_FALSE(
            countsAgainstOrgLimit(callAt(baseTime(), CallCategory::Describe, 200, endpoint)))
            << endpoint.toStdString();
    }
    EXPECT_TRUE(countsAgainstOrgLimit(
        callAt(baseTime(), CallCategory::Describe, 200, u"/services/data/v62.0/"_s)));
    EXPECT_TRUE(countsAgainstOrgLimit(callAt(baseTime(), CallCategory::Describe, 200,
                                             u"/services/data/v62.0/sobjects/Contact/describe"_s)));
}

TEST(UsageSampleFromCalls, OnlyCallsWithTheHeaderGiveSamples)
{
    ApiCallRecord withHeader = callAt(minutesAfterBase(1));
    withHeader.orgUsage = ApiUsage{120, 15000};
    ApiCallRecord withoutHeader = callAt(minutesAfterBase(2), CallCategory::InboundPoll, 503);
    ApiCallRecord later = callAt(minutesAfterBase(3));
    later.orgUsage = ApiUsage{16010, 15000};

    const QList<UsageSample> samples = headerSamplesFrom({withHeader, withoutHeader, later});
    ASSERT_EQ(samples.size(), 2);
    EXPECT_EQ(samples[0].at, minutesAfterBase(1));
    EXPECT_EQ(samples[0].usage(), (ApiUsage{120, 15000}));
    EXPECT_EQ(samples[0].source, UsageSample::Header);
    EXPECT_EQ(samples[1].used, 16010);
    EXPECT_EQ(samples[1].max, 15000);
}
