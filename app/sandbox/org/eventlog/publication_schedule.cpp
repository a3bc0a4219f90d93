#include "eventlog/publication_schedule.h"

namespace syncdesk::sandbox {

qint64 PublicationSchedule::hourlyAt(qint64 hourStartSeconds) const
{
    const qint64 hourEnd = hourStartSeconds + 3600;
    return hourEnd + delay(hourStartSeconds, kHourlyMinDelay, kHourlyMaxDelay);
}

qint64 PublicationSchedule::dailyAt(qint64 dayStartSeconds) const
{
    const qint64 dayEnd = dayStartSeconds + 24 * 3600;
    return dayEnd + delay(dayStartSeconds + 1, kDailyMinDelay, kDailyMaxDelay);
}

qint64 PublicationSchedule::delay(qint64 periodStart, qint64 minDelay, qint64 maxDelay) const
{
    // A hash of the period and the seed: no state, so any hour's time can be asked
    // in any order, and a restarted sandbox keeps its schedule.
    quint64 x = quint64(periodStart) * 0x9e3779b97f4a7c15ULL ^ (quint64(m_seed) << 17);
    x ^= x >> 31;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 29;
    const qint64 minutes = (maxDelay - minDelay) / 60;
    return minDelay + qint64(x % quint64(minutes + 1)) * 60;
}

} // namespace syncdesk::sandbox
