#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QtGlobal>

namespace syncdesk::sandbox {

// The org's notion of now. Everything time-related in the sandbox asks this
// clock rather than the system, so that test controls can move the whole org
// forward (a day of rolling limit in a second of test time) or pin it to one
// instant. Salesforce itself never goes back in time; setOffset() can, but
// state that was already pruned (expired API calls) is not brought back.
class OrgClock
{
public:
    OrgClock();

    // Real UTC time (or the frozen instant) plus the offset; always UTC.
    QDateTime now() const;
    // now() in the org's time zone: what "working hours" are measured in.
    QDateTime localNow() const { return now().toTimeZone(m_timeZone); }

    void advance(qint64 seconds) { m_offsetSeconds += seconds; }
    void setOffset(qint64 seconds) { m_offsetSeconds = seconds; }
    qint64 offset() const { return m_offsetSeconds; }

    // Stops real time from passing: now() is `at` (plus any later advance()).
    // Resets the offset so that now() == at right after the call.
    void freeze(const QDateTime &at);
    // Lets real time pass again from the current now(), without a jump.
    void unfreeze();
    bool isFrozen() const { return m_frozen; }

    // The org's default time zone (Setup > Company Information). Defaults to the
    // machine's zone, so the embedded org is busy when its admin is at work.
    QTimeZone timeZone() const { return m_timeZone; }
    void setTimeZone(const QTimeZone &zone) { m_timeZone = zone; }

private:
    bool m_frozen = false;
    QDateTime m_frozenAt;
    qint64 m_offsetSeconds = 0;
    QTimeZone m_timeZone;
};

} // namespace syncdesk::sandbox
