#include "usage/org_usage_now.h"
#include "usage_test_support.h"

#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::test;

TEST(OrgUsageNow, NoSamplesMeansNoFigure)
{
    EXPECT_FALSE(OrgUsageNow::from({}, baseTime()).has_value());
    EXPECT_FALSE(OrgUsageNow::from({sampleAt(QDateTime(), 10)}, baseTime()).has_value());
}

TEST(OrgUsageNow, MostRecentSampleWinsWhateverItsSourceOrListPosition)
{
    const QList<UsageSample> samples{
        sampleAt(minutesAfterBase(10), 300, 15000, UsageSample::LimitsResource),
        sampleAt(minutesAfterBase(30), 420, 15000, UsageSample::Header),
        sampleAt(minutesAfterBase(20), 380, 15000, UsageSample::LimitsResource),
    };
    const auto now = OrgUsageNow::from(samples, minutesAfterBase(32));
    ASSERT_TRUE(now.has_value());
    EXPECT_EQ(now->usage(), (ApiUsage{420, 15000}));
    EXPECT_EQ(now->sample.source, UsageSample::Header);
    EXPECT_EQ(now->ageSeconds, 120);

    QList<UsageSample> limitsLast = samples;
    limitsLast.append(sampleAt(minutesAfterBase(31), 425, 16000, UsageSample::LimitsResource));
    const auto afterLimits = OrgUsageNow::from(limitsLast, minutesAfterBase(32));
    ASSERT_TRUE(afterLimits.has_value());
    EXPECT_EQ(afterLimits->usage(), (ApiUsage{425, 16000}));
    EXPECT_EQ(afterLimits->sample.source, UsageSample::LimitsResource);
    EXPECT_EQ(afterLimits->ageSeconds, 60);
}

TEST(OrgUsageNow, SameTimeKeepsTheLaterArrival)
{
    const auto now =
        OrgUsageNow::from({sampleAt(minutesAfterBase(5), 100), sampleAt(minutesAfterBase(5), 99)},
                          minutesAfterBase(5));
    ASSERT_TRUE(now.has_value());
    EXPECT_EQ(now->sample.used, 99);
    EXPECT_EQ(now->ageSeconds, 0);
}

TEST(OrgUsageNow, SampleFromTheFutureIsJustNow)
{
    const auto now = OrgUsageNow::from({sampleAt(minutesAfterBase(5), 100)}, minutesAfterBase(3));
    ASSERT_TRUE(now.has_value());
    EXPECT_EQ(now->ageSeconds, 0);
}

TEST(OrgUsageNow, OverTheLimitIsReportedAsIs)
{
    const auto now = OrgUsageNow::from({sampleAt(baseTime(), 110018, 100000)}, baseTime());
    ASSERT_TRUE(now.has_value());
    EXPECT_EQ(now->usage().used, 110018);
    EXPECT_GT(now->usage().percent(), 100.0);
}
