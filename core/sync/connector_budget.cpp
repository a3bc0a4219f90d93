#include "sync/connector_budget.h"

#include "usage/our_calls_window.h"

#include <algorithm>
#include <climits>

namespace syncdesk {

namespace {

// Our calls still in the window ending at now, oldest first.
QList<QDateTime> inWindow(const QList<QDateTime> &calls, const QDateTime &now)
{
    QList<QDateTime> times;
    for (const QDateTime &at : calls) {
        if (OurCallsWindow::contains(now, at))
            times.append(at);
    }
    std::sort(times.begin(), times.end());
    return times;
}

// When `count` of our calls will have rolled off.
QDateTime afterRollOff(const QList<QDateTime> &times, qint64 count, const QDateTime &now)
{
    if (count <= 0)
        return now;
    if (count > times.size())
        return {};
    return times.at(count - 1).addSecs(OurCallsWindow::windowSeconds);
}

} // namespace

ConnectorBudget::ConnectorBudget(int callsPerDay, int reserveForOthers)
    : m_callsPerDay(std::max(callsPerDay, 0))
    , m_reserve(std::max(reserveForOthers, 0))
{}

int ConnectorBudget::remaining(const QList<QDateTime> &ourCalls, const std::optional<ApiUsage> &org,
                               const QDateTime &now) const
{
    qint64 left = INT_MAX;
    if (m_callsPerDay > 0)
        left = std::min<qint64>(left, m_callsPerDay - inWindow(ourCalls, now).size());
    if (m_reserve > 0 && org && org->max > 0)
        left = std::min<qint64>(left, org->max - org->used - m_reserve);
    return int(std::max<qint64>(left, 0));
}

BudgetDecision ConnectorBudget::check(const QList<QDateTime> &ourCalls,
                                      const std::optional<ApiUsage> &org, const QDateTime &now,
                                      int callsNeeded) const
{
    const QList<QDateTime> times = inWindow(ourCalls, now);
    BudgetDecision decision;
    QDateTime resumesAt = now;
    if (m_callsPerDay > 0) {
        const qint64 over = qint64(times.size()) + callsNeeded - m_callsPerDay;
        if (over > 0) {
            decision.allowed = false;
            // More calls needed than the whole budget: the oldest-first release still
            // gives the earliest time anything can go.
            QDateTime at = afterRollOff(times, std::min<qint64>(over, times.size()), now);
            resumesAt = std::max(resumesAt, at.isValid() ? at : now);
        }
    }
    if (m_reserve > 0 && org && org->max > 0) {
        const qint64 over = org->used + callsNeeded + m_reserve - org->max;
        if (over > 0) {
            decision.allowed = false;
            QDateTime at = afterRollOff(times, over, now);
            if (!at.isValid())
                at = now.addSecs(kReserveRecheckSeconds);
            resumesAt = std::max(resumesAt, at);
        }
    }
    if (!decision.allowed)
        decision.resumesAt = resumesAt;
    return decision;
}

} // namespace syncdesk
