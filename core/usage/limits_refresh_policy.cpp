#include "usage/limits_refresh_policy.h"

namespace syncdesk {

LimitsRefreshPolicy::LimitsRefreshPolicy(std::chrono::seconds interval)
    : m_interval(defaultInterval)
{
    setInterval(interval);
}

void LimitsRefreshPolicy::setInterval(std::chrono::seconds interval)
{
    m_interval = std::max(interval, std::chrono::seconds(1));
}

bool LimitsRefreshPolicy::shouldCallLimits(const QDateTime &lastFiguresAt,
                                           const QDateTime &now) const
{
    return nextLimitsCallAt(lastFiguresAt, now) <= now;
}

QDateTime LimitsRefreshPolicy::nextLimitsCallAt(const QDateTime &lastFiguresAt,
                                                const QDateTime &now) const
{
    if (!lastFiguresAt.isValid())
        return now;
    const QDateTime from = lastFiguresAt > now ? now : lastFiguresAt;
    const QDateTime due = from.addSecs(m_interval.count());
    return due < now ? now : due;
}

} // namespace syncdesk
