#include "sim/other_integrations.h"
#include "sim/working_day_shape.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

// 2024-03-04 is a Monday.
const QDateTime kMonday = utc(2024, 3, 4, 0);

double dueInHour(const QDateTime &start, double rate, const QTimeZone &zone = QTimeZone::utc())
{
    return OtherIntegrations::callsDue(start, start.addSecs(3600), rate, zone);
}

} // namespace

TEST(WorkingDayShape, TuesdayMorningIsBusierThanTheNight)
{
    const QDateTime tuesday10 = kMonday.addDays(1).addSecs(10 * 3600);
    const QDateTime tuesday03 = kMonday.addDays(1).addSecs(3 * 3600);
    const QDateTime saturday10 = kMonday.addDays(5).addSecs(10 * 3600);
    EXPECT_GT(dueInHour(tuesday10, 1000), 4 * dueInHour(tuesday03, 1000));
    EXPECT_GT(dueInHour(tuesday10, 1000), 2 * dueInHour(saturday10, 1000));
    EXPECT_GT(dueInHour(tuesday03, 1000), 0);
}

TEST(WorkingDayShape, AWeekAtTheRateIsRateTimes168)
{
    for (double rate : {1.0, 250.0, 12345.0}) {
        EXPECT_NEAR(
            OtherIntegrations::callsDue(kMonday, kMonday.addDays(7), rate, QTimeZone::utc()),
            rate * 168, 1e-6 * rate);
        // Any week, not only one starting on Monday midnight.
        const QDateTime wednesdayNoon = kMonday.addDays(2).addSecs(12 * 3600 + 1234);
        EXPECT_NEAR(OtherIntegrations::callsDue(wednesdayNoon, wednesdayNoon.addDays(7), rate,
                                                QTimeZone::utc()),
                    rate * 168, 1e-6 * rate);
    }
}

TEST(WorkingDayShape, AWeekdayIsRateTimes24ScaledByItsShape)
{
    const double rate = 600;
    const double weekdayMeanWeight =
        (10 * WorkingDayShape::kOfficeHoursWeight + 6 * WorkingDayShape::kShoulderWeight +
         8 * WorkingDayShape::kNightWeight) /
        24;
    const double expected = rate * 24 * weekdayMeanWeight / WorkingDayShape::weeklyMeanWeight();
    const QDateTime tuesday = kMonday.addDays(1);
    // The shape itself: the other integrations now each have a rhythm of their own.
    const double total =
        WorkingDayShape::expectedEvents(tuesday, tuesday.addDays(1), rate, QTimeZone::utc());
    EXPECT_NEAR(total, expected, 1e-6);
    EXPECT_GT(total, rate * 24); // weekdays are busier than the weekly average

    // Splitting the day into uneven pieces changes nothing.
    double pieces = 0;
    for (QDateTime t = tuesday; t < tuesday.addDays(1); t = t.addSecs(7 * 60 + 13))
        pieces += WorkingDayShape::expectedEvents(
            t, std::min(t.addSecs(7 * 60 + 13), tuesday.addDays(1)), rate, QTimeZone::utc());
    EXPECT_NEAR(pieces, total, 1e-6);
}

TEST(WorkingDayShape, WorkingHoursAreTheOrgTimeZones)
{
    // 15:00 UTC on a Tuesday is 10:00 in New York (EST) and midnight in Tokyo.
    const QDateTime instant = utc(2024, 3, 5, 15);
    EXPECT_GT(dueInHour(instant, 100, QTimeZone("America/New_York")),
              4 * dueInHour(instant, 100, QTimeZone("Asia/Tokyo")));
}

TEST(WorkingDayShape, NothingIsDueForAnEmptyOrBackwardInterval)
{
    EXPECT_EQ(OtherIntegrations::callsDue(kMonday, kMonday, 100, QTimeZone::utc()), 0);
    EXPECT_EQ(OtherIntegrations::callsDue(kMonday.addSecs(10), kMonday, 100, QTimeZone::utc()), 0);
    EXPECT_EQ(OtherIntegrations::callsDue(kMonday, kMonday.addDays(1), 0, QTimeZone::utc()), 0);
}
