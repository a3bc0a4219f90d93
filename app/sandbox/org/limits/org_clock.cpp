#include "limits/org_clock.h"

namespace syncdesk::sandbox {

OrgClock::OrgClock()
    : m_timeZone(QTimeZone::systemTimeZone())
{}

QDateTime OrgClock::now() const
{
    const QDateTime base = m_frozen ? m_frozenAt : QDateTime::currentDateTimeUtc();
    return base.addSecs(m_offsetSeconds);
}

void OrgClock::freeze(const QDateTime &at)
{
    m_frozen = true;
    m_frozenAt = at.toUTC();
    m_offsetSeconds = 0;
}

void OrgClock::unfreeze()
{
    if (!m_frozen)
        return;
    // Keep now() continuous: the offset absorbs the gap to real time.
    const QDateTime current = now();
    m_frozen = false;
    m_offsetSeconds = QDateTime::currentDateTimeUtc().msecsTo(current) / 1000;
}

} // namespace syncdesk::sandbox
