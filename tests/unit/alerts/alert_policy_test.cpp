#include "alerts/alert_dispatcher.h"
#include "alerts/alert_policy.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace std::chrono_literals;

namespace {

const QDateTime kT0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

class Feed
{
public:
    explicit Feed(AlertPolicy &policy)
        : m_policy(policy)
    {}
    QList<AlertTrigger> operator()(qint64 used, qint64 max = 15'000)
    {
        m_at = m_at.addSecs(60);
        return m_policy.observe(UsageSample{.at = m_at, .used = used, .max = max});
    }

private:
    AlertPolicy &m_policy;
    QDateTime m_at = kT0;
};

QList<AlertLevel> levels(const QList<AlertTrigger> &triggers)
{
    QList<AlertLevel> out;
    for (const AlertTrigger &t : triggers)
        out.append(t.level);
    return out;
}

} // namespace

TEST(AlertPolicy, OneAlertPerCrossingWithHysteresis)
{
    AlertPolicy policy(AlertPolicyConfig{.thresholdCalls = 12'000});
    Feed feed(policy);
    EXPECT_TRUE(feed(11'900).isEmpty());
    EXPECT_TRUE(feed(11'999).isEmpty()); // hovering just under
    const QList<AlertTrigger> first = feed(12'480);
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first[0].level, AlertLevel::Threshold);
    EXPECT_EQ(first[0].used, 12'480);
    EXPECT_EQ(first[0].threshold, 12'000);
    // Margin 2 % of 15,000 = 300: 11,701 does not re-arm.
    EXPECT_TRUE(feed(11'701).isEmpty());
    EXPECT_TRUE(feed(12'100).isEmpty());
    EXPECT_TRUE(feed(11'699).isEmpty()); // re-arms
    EXPECT_EQ(feed(12'000).size(), 1);
}

TEST(AlertPolicy, ChangedThresholdReArms)
{
    AlertPolicy policy(AlertPolicyConfig{.thresholdCalls = 12'000});
    Feed feed(policy);
    EXPECT_EQ(feed(12'500).size(), 1);
    EXPECT_TRUE(feed(12'600).isEmpty());
    policy.setConfig(AlertPolicyConfig{.thresholdCalls = 12'550});
    EXPECT_EQ(feed(12'600).size(), 1);
}

TEST(AlertPolicy, DisabledOrZeroThresholdSendsNothing)
{
    AlertPolicy off(AlertPolicyConfig{.thresholdEnabled = false, .thresholdCalls = 100});
    EXPECT_TRUE(Feed(off)(14'000).isEmpty());
    AlertPolicy zero(AlertPolicyConfig{.thresholdCalls = 0});
    EXPECT_TRUE(Feed(zero)(14'000).isEmpty());
}

TEST(AlertPolicy, ExtraLevelsAndAllClearOnlyWhenEnabled)
{
    AlertPolicy plain(AlertPolicyConfig{.thresholdCalls = 12'000});
    Feed plainFeed(plain);
    EXPECT_EQ(levels(plainFeed(15'100)), QList<AlertLevel>{AlertLevel::Threshold});
    EXPECT_TRUE(plainFeed(5'000).isEmpty());

    AlertPolicy all(AlertPolicyConfig{.thresholdCalls = 12'000,
                                      .at80Percent = true,
                                      .at90Percent = true,
                                      .at100Percent = true,
                                      .allClear = true});
    Feed feed(all);
    EXPECT_EQ(levels(feed(12'100)),
              (QList<AlertLevel>{AlertLevel::Threshold, AlertLevel::Percent80}));
    EXPECT_EQ(levels(feed(13'600)), QList<AlertLevel>{AlertLevel::Percent90});
    EXPECT_EQ(levels(feed(15'000)), QList<AlertLevel>{AlertLevel::Percent100});
    EXPECT_TRUE(feed(14'000).isEmpty());
    EXPECT_EQ(levels(feed(11'000)), QList<AlertLevel>{AlertLevel::AllClear});
    EXPECT_TRUE(feed(10'000).isEmpty());
}

TEST(AlertPolicy, DisarmedStateSurvivesARestart)
{
    AlertPolicyConfig config{.thresholdCalls = 12'000, .at80Percent = true};
    AlertPolicy before(config);
    EXPECT_EQ(Feed(before)(12'500).size(), 2);
    const QString saved = before.disarmedLevels();
    EXPECT_EQ(saved, QStringLiteral("threshold:12000,80"));

    AlertPolicy after(config, saved);
    EXPECT_TRUE(Feed(after)(12'600).isEmpty());

    // A different threshold since the save re-arms it.
    config.thresholdCalls = 12'550;
    AlertPolicy changed(config, saved);
    EXPECT_EQ(levels(Feed(changed)(12'600)), QList<AlertLevel>{AlertLevel::Threshold});
}

TEST(AlertDispatcher, RetryDelayDoublesUpToTheCap)
{
    const AlertDispatcher::Backoff backoff;
    EXPECT_EQ(AlertDispatcher::retryDelay(1, backoff), 1min);
    EXPECT_EQ(AlertDispatcher::retryDelay(2, backoff), 2min);
    EXPECT_EQ(AlertDispatcher::retryDelay(3, backoff), 4min);
    EXPECT_EQ(AlertDispatcher::retryDelay(7, backoff), 60min);
    EXPECT_EQ(AlertDispatcher::retryDelay(30, backoff), 60min);
}
