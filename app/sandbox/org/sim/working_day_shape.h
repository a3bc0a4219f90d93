#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace syncdesk::sandbox {

// How busy an org is through the week, in the org's time zone: people and the
// integrations that serve them work mostly 8:00-18:00 on weekdays, a little in
// the evening, hardly at night, and lightly at weekends. A rate "per hour" in
// the simulation is the average over a whole week, so a week at R per hour
// makes R * 168 events whatever the shape.
class WorkingDayShape
{
public:
    static constexpr double kOfficeHoursWeight = 3.0; // weekdays 08:00-18:00
    static constexpr double kShoulderWeight = 1.0;    // weekdays 06:00-08:00, 18:00-22:00
    static constexpr double kNightWeight = 0.25;      // weekdays 22:00-06:00
    static constexpr double kWeekendWeight = 0.4;     // Saturday and Sunday

    // Relative activity at a local (org time zone) date and time.
    static double weight(const QDateTime &localTime);
    // The same for a local day of the week (Qt::Monday..Qt::Sunday) and hour.
    static double weight(int dayOfWeek, int hour);
    // The mean of weight() over a week, by which rates are normalised.
    static double weeklyMeanWeight();
    // The expected number of events in [from, to) at an average of `perHour`
    // events an hour; 0 when to <= from.
    static double expectedEvents(const QDateTime &from, const QDateTime &to, double perHour,
                                 const QTimeZone &zone);
};

} // namespace syncdesk::sandbox
