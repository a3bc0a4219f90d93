#include "limits/daily_allocation.h"

#include <QTimeZone>
#include <algorithm>
#include <limits>

namespace syncdesk::sandbox {

namespace {

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

QDateTime utcFromSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

DailyAllocation::DailyAllocation(int max)
    : m_max(max)
{}

void DailyAllocation::prune(qint64 nowSecond)
{
    // A call at second t counts while now - 24h < t: it is released exactly 24
    // hours after it was made.
    auto it = m_callsBySecond.begin();
    while (it != m_callsBySecond.end() && it->first <= expiredThrough(nowSecond)) {
        m_total -= it->second;
        it = m_callsBySecond.erase(it);
    }
}

qint64 DailyAllocation::countThrough(qint64 second) const
{
    qint64 count = 0;
    for (auto it = m_callsBySecond.begin(); it != m_callsBySecond.end() && it->first <= second;
         ++it)
        count += it->second;
    return count;
}

qint64 DailyAllocation::countFrom(qint64 nowSecond) const
{
    return m_total - countThrough(expiredThrough(nowSecond));
}

void DailyAllocation::add(qint64 second, qint64 calls)
{
    if (calls <= 0)
        return;
    m_callsBySecond[second] += calls;
    m_total += calls;
}

bool DailyAllocation::tryConsume(const QDateTime &now, int calls)
{
    if (calls <= 0)
        return calls == 0;
    const qint64 second = now.toSecsSinceEpoch();
    prune(second);
    // Checking against every call from now-24h on, not only up to now, keeps the
    // cap true for every later window too when calls are counted at past instants.
    if (countFrom(second) + calls > limit())
        return false;
    add(second, calls);
    return true;
}

int DailyAllocation::consumeUpTo(const QDateTime &now, int calls)
{
    if (calls <= 0)
        return 0;
    const qint64 second = now.toSecsSinceEpoch();
    prune(second);
    const qint64 fits = std::clamp<qint64>(limit() - countFrom(second), 0, calls);
    add(second, fits);
    return int(fits);
}

int DailyAllocation::used(const QDateTime &now) const
{
    const qint64 second = now.toSecsSinceEpoch();
    qint64 count = countFrom(second);
    // Calls stamped after now only exist if the clock was moved back; they are
    // not in (now - 24h, now]. Usually there are none, so this loop is free.
    for (auto it = m_callsBySecond.rbegin(); it != m_callsBySecond.rend() && it->first > second;
         ++it)
        count -= it->second;
    return clampToInt(count);
}

int DailyAllocation::remaining(const QDateTime &now) const
{
    return std::max(0, m_max - used(now));
}

QDateTime DailyAllocation::nextRelease(const QDateTime &now) const
{
    const qint64 second = now.toSecsSinceEpoch();
    const auto oldest = m_callsBySecond.upper_bound(expiredThrough(second));
    if (oldest == m_callsBySecond.end() || oldest->first > second)
        return {};
    return utcFromSeconds(oldest->first + kWindowSeconds);
}

QDateTime DailyAllocation::availableAt(const QDateTime &now, int calls) const
{
    if (calls > limit())
        return {};
    const qint64 second = now.toSecsSinceEpoch();
    const qint64 mustRelease = countFrom(second) + calls - limit();
    if (mustRelease <= 0)
        return utcFromSeconds(second);
    qint64 released = 0;
    for (auto it = m_callsBySecond.upper_bound(expiredThrough(second)); it != m_callsBySecond.end();
         ++it) {
        released += it->second;
        if (released >= mustRelease)
            return utcFromSeconds(it->first + kWindowSeconds);
    }
    return {};
}

void DailyAllocation::setUsed(const QDateTime &now, int used, UsagePlacement placement)
{
    reset();
    if (used <= 0)
        return;
    const qint64 second = now.toSecsSinceEpoch();
    if (placement == UsagePlacement::AllAtNow) {
        add(second, used);
        return;
    }
    // Second j of the window (1..86400, the last being now) gets the calls whose
    // even share falls in it, so the newest call is at now and the oldest rolls
    // off after 86400/used seconds; totals are exact for any count.
    for (qint64 j = 1; j <= kWindowSeconds; ++j) {
        const qint64 count = j * used / kWindowSeconds - (j - 1) * used / kWindowSeconds;
        add(second - kWindowSeconds + j, count);
    }
}

void DailyAllocation::reset()
{
    m_callsBySecond.clear();
    m_total = 0;
}

QByteArray DailyAllocation::limitInfoHeader(const QDateTime &now) const
{
    return QByteArrayLiteral("api-usage=") + QByteArray::number(used(now)) + '/' +
           QByteArray::number(m_max);
}

QList<std::pair<QDateTime, qint64>> DailyAllocation::callsByHour(const QDateTime &now) const
{
    QList<std::pair<QDateTime, qint64>> hours;
    const qint64 nowSecond = now.toSecsSinceEpoch();
    for (auto it = m_callsBySecond.upper_bound(expiredThrough(nowSecond));
         it != m_callsBySecond.end() && it->first <= nowSecond; ++it) {
        const QDateTime hour =
            QDateTime::fromSecsSinceEpoch(it->first / 3600 * 3600, Qt::UTC);
        if (hours.isEmpty() || hours.last().first != hour)
            hours.append({hour, 0});
        hours.last().second += it->second;
    }
    return hours;
}

} // namespace syncdesk::sandbox
