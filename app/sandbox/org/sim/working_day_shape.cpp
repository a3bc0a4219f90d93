#include "sim/working_day_shape.h"

namespace syncdesk::sandbox {

namespace {

double weightAt(int dayOfWeek, int hour)
{
    if (dayOfWeek == Qt::Saturday || dayOfWeek == Qt::Sunday)
        return WorkingDayShape::kWeekendWeight;
    if (hour >= 8 && hour < 18)
        return WorkingDayShape::kOfficeHoursWeight;
    if ((hour >= 6 && hour < 8) || (hour >= 18 && hour < 22))
        return WorkingDayShape::kShoulderWeight;
    return WorkingDayShape::kNightWeight;
}

} // namespace

double WorkingDayShape::weight(int dayOfWeek, int hour)
{
    return weightAt(dayOfWeek, hour);
}

double WorkingDayShape::weight(const QDateTime &localTime)
{
    return weightAt(localTime.date().dayOfWeek(), localTime.time().hour());
}

double WorkingDayShape::weeklyMeanWeight()
{
    static const double mean = [] {
        double sum = 0;
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
            for (int hour = 0; hour < 24; ++hour)
                sum += weightAt(day, hour);
        }
        return sum / (7 * 24);
    }();
    return mean;
}

double WorkingDayShape::expectedEvents(const QDateTime &from, const QDateTime &to, double perHour,
                                       const QTimeZone &zone)
{
    if (!from.isValid() || !to.isValid() || to <= from || perHour <= 0)
        return 0;
    // The weight is constant within a local clock hour, so integrate hour by hour.
    double weightedSeconds = 0;
    QDateTime cursor = from.toTimeZone(zone);
    const QDateTime end = to.toTimeZone(zone);
    while (cursor < end) {
        const QDateTime hourStart(cursor.date(), QTime(cursor.time().hour(), 0), zone);
        QDateTime next = hourStart.addSecs(3600);
        if (next <= cursor) // a daylight-saving fold; never stall
            next = cursor.addSecs(3600);
        if (next > end)
            next = end;
        weightedSeconds += weight(cursor) * double(cursor.msecsTo(next)) / 1000.0;
        cursor = next;
    }
    return perHour * weightedSeconds / 3600.0 / weeklyMeanWeight();
}

} // namespace syncdesk::sandbox
