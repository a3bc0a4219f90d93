#include "usage/threshold_crossing.h"
#include "usage_test_support.h"

#include <gtest/gtest.h>
#include <vector>

using namespace syncdesk;
using namespace syncdesk::test;

namespace {

constexpr qint64 kMax = 10000; // 2 % margin = 200 calls

QList<UsageSample> minuteByMinute(const std::vector<qint64> &used, qint64 max = kMax)
{
    QList<UsageSample> samples;
    for (std::size_t i = 0; i < used.size(); ++i)
        samples.append(sampleAt(minutesAfterBase(qint64(i)), used[i], max));
    return samples;
}

// Indexes of the samples that raised an event.
std::vector<qint64>
crossingMinutes(const std::vector<qint64> &used, qint64 threshold,
                double margin = ThresholdCrossingDetector::defaultMarginFraction)
{
    std::vector<qint64> minutes;
    for (const ThresholdCrossingEvent &event :
         ThresholdCrossingDetector::crossingsIn(minuteByMinute(used), threshold, margin))
        minutes.push_back(baseTime().secsTo(event.at) / 60);
    return minutes;
}

struct Sequence
{
    const char *name;
    std::vector<qint64> used;
    qint64 threshold;
    std::vector<qint64> expectedMinutes;
};

class ThresholdSequences : public ::testing::TestWithParam<Sequence>
{
};

} // namespace

TEST_P(ThresholdSequences, OneEventPerCrossing)
{
    const Sequence &sequence = GetParam();
    EXPECT_EQ(crossingMinutes(sequence.used, sequence.threshold), sequence.expectedMinutes);
}

INSTANTIATE_TEST_SUITE_P(
    Hysteresis, ThresholdSequences,
    ::testing::Values(
        Sequence{"StaysBelow", {100, 2000, 7000, 7999}, 8000, {}},
        Sequence{"ReachingTheThresholdIsACrossing", {7000, 8000}, 8000, {1}},
        Sequence{"SingleCrossingThenStaysAbove", {7000, 7900, 8100, 8500, 9900, 12000}, 8000, {2}},
        Sequence{"HoversAroundTheThreshold",
                 {7900, 8001, 7999, 8002, 7950, 8100, 7801, 8050},
                 8000,
                 {1}},
        Sequence{"HoversJustUnderNeverFires", {7990, 7999, 7995, 7999, 7998}, 8000, {}},
        Sequence{"ExactlyThresholdMinusMarginDoesNotReArm", {8100, 7800, 8100}, 8000, {0}},
        Sequence{"OneCallBelowTheMarginReArms", {8100, 7799, 8100}, 8000, {0, 2}},
        Sequence{
            "DeepFallThenRiseAgain", {8500, 3000, 4000, 8000, 8200, 100, 9000}, 8000, {0, 3, 6}},
        Sequence{"FirstSampleAlreadyAbove", {9000, 9100}, 8000, {0}},
        Sequence{"OverTheLimitCountsOnce", {9900, 10500, 11000, 9950}, 10000, {1}},
        Sequence{"ReArmedButNeverBackUp", {8000, 7000, 7500, 7999}, 8000, {0}},
        Sequence{"ManyCrossings", {0, 8000, 0, 8000, 0, 8000, 0, 8000}, 8000, {1, 3, 5, 7}}),
    [](const ::testing::TestParamInfo<Sequence> &info) { return std::string(info.param.name); });

TEST(ThresholdCrossing, EventCarriesTheSampleAndTheThreshold)
{
    const auto events = ThresholdCrossingDetector::crossingsIn(
        {sampleAt(minutesAfterBase(0), 100, 15000), sampleAt(minutesAfterBase(7), 12345, 15000)},
        12000);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0], (ThresholdCrossingEvent{minutesAfterBase(7), 12345, 15000, 12000}));
}

TEST(ThresholdCrossing, MarginIsAConfigurableFractionOfMax)
{
    // 10 % of 10000 = 1000: 7100 is inside the margin, 6999 outside.
    EXPECT_EQ(crossingMinutes({8000, 7100, 8000}, 8000, 0.10), (std::vector<qint64>{0}));
    EXPECT_EQ(crossingMinutes({8000, 6999, 8000}, 8000, 0.10), (std::vector<qint64>{0, 2}));
    // No margin: any dip below the threshold re-arms.
    EXPECT_EQ(crossingMinutes({8000, 7999, 8000}, 8000, 0.0), (std::vector<qint64>{0, 2}));

    ThresholdCrossingDetector detector(8000, 0.05);
    EXPECT_EQ(detector.marginCalls(10000), 500);
    EXPECT_EQ(detector.marginCalls(15000), 750);
    EXPECT_EQ(detector.marginCalls(0), 0);
    detector.setMarginFraction(-1.0);
    EXPECT_EQ(detector.marginCalls(10000), 0);
}

TEST(ThresholdCrossing, MarginFollowsTheSamplesMax)
{
    // With max 100000 the 2 % margin is 2000 calls: 7000 is not far enough below 8000.
    ThresholdCrossingDetector detector(8000);
    EXPECT_TRUE(detector.observe(sampleAt(minutesAfterBase(0), 8000, 100000)).has_value());
    EXPECT_FALSE(detector.observe(sampleAt(minutesAfterBase(1), 7000, 100000)).has_value());
    EXPECT_FALSE(detector.isArmed());
    EXPECT_FALSE(detector.observe(sampleAt(minutesAfterBase(2), 8000, 100000)).has_value());
    EXPECT_FALSE(detector.observe(sampleAt(minutesAfterBase(3), 5999, 100000)).has_value());
    EXPECT_TRUE(detector.isArmed());
    EXPECT_TRUE(detector.observe(sampleAt(minutesAfterBase(4), 8000, 100000)).has_value());
}

TEST(ThresholdCrossing, ChangingTheThresholdReArms)
{
    ThresholdCrossingDetector detector(8000);
    EXPECT_TRUE(detector.observe(sampleAt(minutesAfterBase(0), 8500, kMax)).has_value());
    EXPECT_FALSE(detector.observe(sampleAt(minutesAfterBase(1), 8600, kMax)).has_value());

    detector.setThreshold(8000); // the same value: still disarmed
    EXPECT_FALSE(detector.observe(sampleAt(minutesAfterBase(2), 8700, kMax)).has_value());

    detector.setThreshold(8650); // a new threshold that usage is already above
    const auto event = detector.observe(sampleAt(minutesAfterBase(3), 8700, kMax));
    ASSERT_TRUE(event.has_value());
    EXPECT_EQ(event->threshold, 8650);

    detector.setThreshold(9500); // raised above usage: waits for the new crossing
    EXPECT_FALSE(detector.observe(sampleAt(minutesAfterBase(4), 9000, kMax)).has_value());
    EXPECT_TRUE(detector.observe(sampleAt(minutesAfterBase(5), 9600, kMax)).has_value());
}

TEST(ThresholdCrossing, ZeroThresholdIsOff)
{
    EXPECT_TRUE(crossingMinutes({0, 5000, 10000}, 0).empty());
    EXPECT_TRUE(crossingMinutes({0, 5000, 10000}, -1).empty());
}

TEST(ThresholdCrossing, RestoredDisarmedDetectorWaitsForTheFall)
{
    ThresholdCrossingDetector detector(8000, ThresholdCrossingDetector::defaultMarginFraction,
                                       false);
    EXPECT_FALSE(detector.observe(sampleAt(minutesAfterBase(0), 8500, kMax)).has_value());
    EXPECT_FALSE(detector.observe(sampleAt(minutesAfterBase(1), 7000, kMax)).has_value());
    EXPECT_TRUE(detector.observe(sampleAt(minutesAfterBase(2), 8500, kMax)).has_value());
}

TEST(ThresholdCrossing, LateOlderSamplesAreIgnored)
{
    ThresholdCrossingDetector detector(8000);
    EXPECT_TRUE(detector.observe(sampleAt(minutesAfterBase(10), 8100, kMax)).has_value());
    // An old /limits answer showing low usage must not re-arm the detector.
    EXPECT_FALSE(detector.observe(sampleAt(minutesAfterBase(5), 1000, kMax)).has_value());
    EXPECT_FALSE(detector.isArmed());
    EXPECT_FALSE(detector.observe(sampleAt(minutesAfterBase(11), 8200, kMax)).has_value());
    EXPECT_FALSE(detector.observe(sampleAt(QDateTime(), 1000, kMax)).has_value());
    EXPECT_FALSE(detector.isArmed());
}

TEST(ThresholdCrossing, CrossingsInSortsByTime)
{
    QList<UsageSample> shuffled{
        sampleAt(minutesAfterBase(2), 8000, kMax), sampleAt(minutesAfterBase(0), 1000, kMax),
        sampleAt(minutesAfterBase(3), 1000, kMax), sampleAt(minutesAfterBase(1), 8000, kMax),
        sampleAt(minutesAfterBase(4), 9000, kMax)};
    const auto events = ThresholdCrossingDetector::crossingsIn(shuffled, 8000);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].at, minutesAfterBase(1));
    EXPECT_EQ(events[1].at, minutesAfterBase(4));
}

TEST(ThresholdCrossing, RandomWalkNeverFiresTwiceWithoutFallingBelowTheMargin)
{
    // A deterministic pseudo-random walk around the threshold; the property holds for any walk.
    std::vector<qint64> used;
    quint32 state = 12345;
    qint64 value = 7000;
    for (int i = 0; i < 5000; ++i) {
        state = state * 1103515245u + 12345u;
        value += qint64((state >> 16) % 301) - 150;
        value = std::clamp<qint64>(value, 0, 12000);
        used.push_back(value);
    }
    const std::vector<qint64> minutes = crossingMinutes(used, 8000);
    ASSERT_FALSE(minutes.empty());
    for (std::size_t e = 0; e < minutes.size(); ++e) {
        EXPECT_GE(used[std::size_t(minutes[e])], 8000);
        if (e == 0)
            continue;
        // Between two events usage must have gone below 8000 − 200.
        bool fell = false;
        for (qint64 m = minutes[e - 1] + 1; m < minutes[e]; ++m)
            fell = fell || used[std::size_t(m)] < 7800;
        EXPECT_TRUE(fell) << "event at " << minutes[e];
    }
    // And every fall-then-rise did produce an event: count them independently.
    std::size_t expected = 0;
    bool armed = true;
    for (qint64 u : used) {
        if (armed && u >= 8000) {
            ++expected;
            armed = false;
        } else if (!armed && u < 7800) {
            armed = true;
        }
    }
    EXPECT_EQ(minutes.size(), expected);
}
