#include "usage/other_integrations.h"
#include "usage_test_support.h"

#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::test;

TEST(OtherIntegrations, OrgMinusOurs)
{
    EXPECT_EQ(OtherIntegrations::calls(1000, 250), 750);
    EXPECT_EQ(OtherIntegrations::calls(250, 250), 0);
    EXPECT_EQ(OtherIntegrations::calls(0, 0), 0);
}

TEST(OtherIntegrations, NeverNegativeWhenTheOrgFigureLags)
{
    EXPECT_EQ(OtherIntegrations::calls(240, 250), 0);
    EXPECT_EQ(OtherIntegrations::calls(0, 9), 0);
}

TEST(OtherIntegrations, UsesOurCallsInTheWindowEndingAtTheSample)
{
    QList<ApiCallRecord> ours;
    for (int i = 1; i <= 10; ++i)
        ours.append(callAt(minutesAfterBase(-i)));       // before the sample: in its window
    ours.append(callAt(minutesAfterBase(5)));            // after the sample: not yet
    ours.append(callAt(baseTime().addSecs(-24 * 3600))); // already rolled off
    ours.append(callAt(minutesAfterBase(-2), CallCategory::InboundPoll, 401)); // not counted
    const UsageSample sample = sampleAt(baseTime(), 100);
    EXPECT_EQ(OtherIntegrations::atSample(sample, ours), 90);
}
