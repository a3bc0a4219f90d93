#pragma once

#include <QtGlobal>

namespace syncdesk::sandbox {

// When Salesforce makes an event log file visible. An hourly file appears 3
// to 6 hours after its hour ends, a daily file a few hours (1 to 4) into the
// next UTC day; each hour and day gets its own delay, the same for a seed.
class PublicationSchedule
{
public:
    static constexpr qint64 kHourlyMinDelay = 3 * 3600;
    static constexpr qint64 kHourlyMaxDelay = 6 * 3600;
    static constexpr qint64 kDailyMinDelay = 1 * 3600;
    static constexpr qint64 kDailyMaxDelay = 4 * 3600;

    explicit PublicationSchedule(quint32 seed = 1)
        : m_seed(seed)
    {}

    // Seconds since the epoch at which the file of the hour (day) starting at
    // `startSeconds` is published.
    qint64 hourlyAt(qint64 hourStartSeconds) const;
    qint64 dailyAt(qint64 dayStartSeconds) const;

private:
    qint64 delay(qint64 periodStart, qint64 minDelay, qint64 maxDelay) const;

    quint32 m_seed;
};

} // namespace syncdesk::sandbox
