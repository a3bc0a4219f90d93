#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <map>

namespace syncdesk::sandbox {

// The org-wide daily API request allocation. Salesforce counts it over a
// ROLLING 24 hours, not a calendar day: a call made at 12:36 on Tuesday stops
// counting at 12:36 on Wednesday. Calls are kept in per-second buckets with a
// running total, so even millions of calls a day cost at most 86,400 buckets,
// and a query costs O(buckets expired since calls were last counted).
//
// Time is whole seconds since the epoch: a call counts in (now - 24h, now].
// Not thread-safe; the org serves requests on one thread.
class DailyAllocation
{
public:
    static constexpr int kDeveloperEditionMax = 15000;
    static constexpr qint64 kWindowSeconds = 24 * 60 * 60;

    // How setUsed() places its synthetic calls in the window.
    enum class UsagePlacement
    {
        // Evenly over the last 24 hours, the newest at now: usage then drains
        // steadily, as if a constant-rate integration had made the calls.
        SpreadOverWindow,
        // All at now: nothing is released for a full 24 hours.
        AllAtNow,
    };

    explicit DailyAllocation(int max = kDeveloperEditionMax);

    // Counts `calls` at `now` if they fit under the limit (max, or the hard cap
    // when overage is on). false = blocked and nothing is counted.
    bool tryConsume(const QDateTime &now, int calls = 1);
    // Counts as many of `calls` as fit and returns how many that was: a burst of
    // separate calls from another integration, the last of which hit the limit.
    int consumeUpTo(const QDateTime &now, int calls);

    // Calls counted in (now - 24h, now].
    int used(const QDateTime &now) const;
    int max() const { return m_max; }
    // max - used, never negative (overage can push used above max).
    int remaining(const QDateTime &now) const;
    // When the oldest counted call rolls off; invalid when nothing is counted.
    QDateTime nextRelease(const QDateTime &now) const;
    // The earliest instant at which `calls` more would be accepted: now if they
    // fit already; invalid if they never can (more than the limit itself).
    QDateTime availableAt(const QDateTime &now, int calls = 1) const;

    // Test control: replaces every counted call with exactly `used` synthetic
    // ones. Values above the limit are allowed (an org that is already over).
    void setUsed(const QDateTime &now, int used,
                 UsagePlacement placement = UsagePlacement::SpreadOverWindow);
    void setMax(int max) { m_max = max; }

    // Paid orgs may go over max up to a hard cap; Developer Edition may not.
    void setOverage(int hardCap) { m_hardCap = hardCap; }
    void clearOverage() { m_hardCap = 0; }
    bool overageAllowed() const { return m_hardCap > m_max; }
    int hardCap() const { return m_hardCap; }
    // The number of calls tryConsume() lets the window hold.
    int limit() const { return overageAllowed() ? m_hardCap : m_max; }

    void reset();

    // "api-usage=123/15000", the value of the Sforce-Limit-Info header.
    QByteArray limitInfoHeader(const QDateTime &now) const;
    // The calls counted in (now - 24h, now], per UTC hour, oldest first; hours
    // without calls are left out.
    QList<std::pair<QDateTime, qint64>> callsByHour(const QDateTime &now) const;

private:
    // The last second at which a call no longer counts for a window ending at `now`.
    static qint64 expiredThrough(qint64 nowSecond) { return nowSecond - kWindowSeconds; }
    // Calls at or before `second`: O(buckets up to it), which for a cutoff of
    // now - 24h is the buckets expired since the last prune.
    qint64 countThrough(qint64 second) const;
    // Calls in (now - 24h, +inf): what a new call at `now` shares a window with,
    // including calls stamped later (clock moved back, catch-up at past instants).
    qint64 countFrom(qint64 nowSecond) const;
    // Forgets calls that count in no window ending at or after `now`. Only the
    // counting operations prune, so a query about a later instant (what will be
    // left tomorrow?) never loses calls an earlier query still needs.
    void prune(qint64 nowSecond);
    void add(qint64 second, qint64 calls);

    int m_max;
    int m_hardCap = 0;
    std::map<qint64, qint64> m_callsBySecond;
    qint64 m_total = 0;
};

} // namespace syncdesk::sandbox
