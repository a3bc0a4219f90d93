// Transient failures retry after 30 s, doubling to a cap of an hour, each delay within
// ±20 % of its nominal value; the same seed gives the same delays.
#include "sync/retry_backoff.h"

#include <gtest/gtest.h>

using namespace syncdesk;
using namespace std::chrono;

TEST(RetryBackoff, NominalDelaysDoubleFromThirtySecondsUpToAnHour)
{
    EXPECT_EQ(RetryBackoff::nominalDelay(1), seconds(30));
    EXPECT_EQ(RetryBackoff::nominalDelay(2), seconds(60));
    EXPECT_EQ(RetryBackoff::nominalDelay(3), seconds(120));
    EXPECT_EQ(RetryBackoff::nominalDelay(7), seconds(1920));
    EXPECT_EQ(RetryBackoff::nominalDelay(8), seconds(3600));
    EXPECT_EQ(RetryBackoff::nominalDelay(1000), seconds(3600));
    EXPECT_EQ(RetryBackoff::nominalDelay(0), seconds(30));
}

TEST(RetryBackoff, JitteredDelaysStayWithinTwentyPercentAndNeverPassTheCap)
{
    RetryBackoff backoff(42);
    for (int attempts = 1; attempts <= 12; ++attempts) {
        const double nominal = double(RetryBackoff::nominalDelay(attempts).count());
        bool variedFromNominal = false;
        for (int draw = 0; draw < 200; ++draw) {
            const double delay = double(backoff.delayAfter(attempts).count());
            EXPECT_GE(delay, nominal * 0.8 - 1) << attempts;
            EXPECT_LE(delay, nominal * 1.2 + 1) << attempts;
            EXPECT_LE(delay, double(milliseconds(RetryBackoff::kCap).count()));
            variedFromNominal = variedFromNominal || std::abs(delay - nominal) > 1.0;
        }
        EXPECT_TRUE(variedFromNominal) << attempts;
    }
}

TEST(RetryBackoff, TheSameSeedGivesTheSameDelays)
{
    RetryBackoff first(7);
    RetryBackoff second(7);
    RetryBackoff other(8);
    bool differs = false;
    for (int attempts = 1; attempts <= 10; ++attempts) {
        const auto a = first.delayAfter(attempts);
        EXPECT_EQ(a, second.delayAfter(attempts));
        differs = differs || a != other.delayAfter(attempts);
    }
    EXPECT_TRUE(differs);
}

TEST(RetryBackoff, NextRetryIsTheDelayAfterTheFailure)
{
    const QDateTime failedAt(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    RetryBackoff a(3);
    RetryBackoff b(3);
    const QDateTime next = a.nextRetryAt(2, failedAt);
    EXPECT_EQ(failedAt.msecsTo(next), b.delayAfter(2).count());
}
