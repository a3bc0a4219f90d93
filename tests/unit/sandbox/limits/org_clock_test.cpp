#include "limits/org_clock.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

TEST(OrgClock, FollowsRealTimeByDefault)
{
    OrgClock clock;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = clock.now();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    EXPECT_GE(now, before);
    EXPECT_LE(now, after);
    EXPECT_EQ(now.timeSpec(), Qt::UTC);
}

TEST(OrgClock, AdvanceMovesRealTimeForward)
{
    OrgClock clock;
    clock.advance(3 * 24 * 3600);
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(clock.now());
    EXPECT_GE(ahead, 3 * 24 * 3600 - 1);
    EXPECT_LE(ahead, 3 * 24 * 3600 + 1);
    clock.setOffset(60);
    EXPECT_EQ(clock.offset(), 60);
}

TEST(OrgClock, FrozenClockStandsStillUntilAdvanced)
{
    OrgClock clock;
    const QDateTime at = utc(2024, 3, 5, 12, 36);
    clock.freeze(at);
    EXPECT_TRUE(clock.isFrozen());
    EXPECT_EQ(clock.now(), at);
    clock.advance(90);
    EXPECT_EQ(clock.now(), at.addSecs(90));
    // Freezing again starts from the new instant, not from the old offset.
    clock.freeze(at);
    EXPECT_EQ(clock.now(), at);
}

TEST(OrgClock, UnfreezeContinuesFromTheFrozenInstant)
{
    OrgClock clock;
    const QDateTime at = utc(2030, 1, 1, 9, 0);
    clock.freeze(at);
    clock.unfreeze();
    EXPECT_FALSE(clock.isFrozen());
    EXPECT_LE(std::abs(at.secsTo(clock.now())), 1);
}

TEST(OrgClock, LocalNowIsInTheOrgTimeZone)
{
    OrgClock clock;
    clock.setTimeZone(QTimeZone("America/New_York"));
    clock.freeze(utc(2024, 7, 2, 14, 0)); // EDT, UTC-4
    EXPECT_EQ(clock.localNow().time(), QTime(10, 0));
    EXPECT_EQ(clock.localNow(), clock.now());
}
