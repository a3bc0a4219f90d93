#include "sim/other_integrations.h"

#include "limits/daily_allocation.h"
#include "limits/org_clock.h"
#include "sim/working_day_shape.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace syncdesk::sandbox {

namespace {

// Catch-up after a clock jump is spent in slices, each counted at its own
// instant, so that the calls roll off through the next day as they would have.
constexpr qint64 kCatchUpSliceSeconds = 60;

} // namespace

OtherIntegrations::OtherIntegrations(DailyAllocation &allocation, const OrgClock &clock,
                                     quint32 seed, QObject *parent)
    : QObject(parent)
    , m_allocation(allocation)
    , m_clock(clock)
    , m_random(seed)
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &OtherIntegrations::tick);
}

void OtherIntegrations::start(std::chrono::seconds history)
{
    if (m_timer.isActive())
        return;
    m_lastTick = m_clock.now().addSecs(-history.count());
    m_timer.start();
    if (history.count() > 0)
        tick();
}

void OtherIntegrations::stop()
{
    m_timer.stop();
    m_lastTick = {};
}

double OtherIntegrations::callsDue(const QDateTime &from, const QDateTime &to, double callsPerHour,
                                   const QTimeZone &zone)
{
    return WorkingDayShape::expectedEvents(from, to, callsPerHour, zone);
}

void OtherIntegrations::tick()
{
    const QDateTime now = m_clock.now();
    if (!m_lastTick.isValid()) // not started
        return;
    if (now < m_lastTick) {
        // The clock was moved back: count from here, owe nothing for the gap.
        m_lastTick = now;
        return;
    }
    QDateTime from = std::max(m_lastTick, now.addSecs(-DailyAllocation::kWindowSeconds));
    while (from < now) {
        const QDateTime to = std::min(from.addSecs(kCatchUpSliceSeconds), now);
        spendAt(to, callsDue(from, to, m_callsPerHour, m_clock.timeZone()));
        from = to;
    }
    m_lastTick = now;
}

void OtherIntegrations::spendAt(const QDateTime &instant, double due)
{
    // Stochastic rounding: each call lands at a random tick, yet the carry keeps
    // the total within one call of what is due, and the seed makes it repeatable.
    const double owed = m_carry + due;
    const auto calls = qint64(std::floor(owed + m_random.generateDouble()));
    m_carry = owed - double(calls);
    if (calls <= 0)
        return;
    const int counted = m_allocation.consumeUpTo(
        instant, int(std::min<qint64>(calls, std::numeric_limits<int>::max())));
    m_callsSpent += counted;
    m_callsBlocked += calls - counted;
}

} // namespace syncdesk::sandbox
