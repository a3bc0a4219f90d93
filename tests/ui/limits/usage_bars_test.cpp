#include "api_usage_group.h"
#include "limits_test_support.h"
#include "usage_level_palette.h"

#include <QImage>
#include <QProgressBar>
#include <QTest>
#include <QTimeZone>

using namespace syncdesk;
using namespace syncdesk::ui;
using namespace syncdesk::ui::test;

namespace {

// The colour the bar's filled part is painted in, read from the pixels.
QColor paintedChunkColor(ApiUsageGroup &group)
{
    const QImage image = group.progressBar()->grab().toImage();
    return image.pixelColor(image.width() / 20, image.height() / 2);
}

struct LevelCase
{
    qint64 used;
    UsageLevel level;
};

const QDateTime kReadAt(QDate(2026, 3, 10), QTime(15, 20), QTimeZone::utc());

class UsageBarsTest : public ::testing::TestWithParam<ApiUsageGroup::Kind>
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        group = std::make_unique<ApiUsageGroup>(GetParam());
        group->resize(500, 200);
        group->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(group.get()));
    }

    std::unique_ptr<ApiUsageGroup> group;
};

} // namespace

// 79 / 80 / 89 / 90 / 100 % and over: the same rule for the limit and the threshold.
TEST_P(UsageBarsTest, ColourFollowsTheLevelAtEachBoundary)
{
    const qint64 ceiling = 10000;
    const std::vector<LevelCase> cases{
        {7900, UsageLevel::Green},  {7999, UsageLevel::Green},  {8000, UsageLevel::Orange},
        {8900, UsageLevel::Orange}, {8999, UsageLevel::Orange}, {9000, UsageLevel::Red},
        {10000, UsageLevel::Red},   {11500, UsageLevel::Red},
    };
    for (const LevelCase &c : cases) {
        group->showUsage(ApiUsage{c.used, ceiling}, kReadAt);
        EXPECT_EQ(group->level(), c.level) << c.used;
        EXPECT_EQ(group->barColor(), usageLevelColor(c.level)) << c.used;
        EXPECT_TRUE(nearColor(paintedChunkColor(*group), usageLevelColor(c.level)))
            << c.used << " painted " << paintedChunkColor(*group).name().toStdString();
    }
}

TEST_P(UsageBarsTest, OverOneHundredPercentIsShownAsSuch)
{
    group->showUsage(ApiUsage{11500, 10000}, kReadAt);
    EXPECT_EQ(group->usageLabelText(), QStringLiteral("11,500 of 10,000 — 115 %"));
    EXPECT_EQ(group->progressBar()->value(), group->progressBar()->maximum());
    EXPECT_TRUE(group->remainingText().contains(QStringLiteral("1,500")));
}

INSTANTIATE_TEST_SUITE_P(LimitAndThreshold, UsageBarsTest,
                         ::testing::Values(ApiUsageGroup::Kind::Limit,
                                           ApiUsageGroup::Kind::Threshold));

TEST(ThresholdBarTest, ShowsNoThresholdWithAnEmptyBar)
{
    ApiUsageGroup group(ApiUsageGroup::Kind::Threshold);
    group.showUsage(ApiUsage{9500, 10000}, kReadAt);
    group.showNoThreshold();
    EXPECT_TRUE(group.showsNoThreshold());
    EXPECT_EQ(group.title(), QStringLiteral("API Usage Threshold"));
    EXPECT_EQ(group.usageLabelText(), QStringLiteral("No Threshold"));
    EXPECT_EQ(group.progressBar()->value(), 0);
    EXPECT_EQ(group.level(), UsageLevel::Green);
}
