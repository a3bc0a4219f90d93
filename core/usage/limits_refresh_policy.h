#pragma once

#include <QDateTime>
#include <chrono>

namespace syncdesk {

// When to spend a call on GET /limits. Every other REST answer carries the org's usage
// in Sforce-Limit-Info for free, so /limits is only worth its cost when no call has
// refreshed the figures for a while (default 5 minutes).
class LimitsRefreshPolicy
{
public:
    static constexpr std::chrono::seconds defaultInterval{5 * 60};

    explicit LimitsRefreshPolicy(std::chrono::seconds interval = defaultInterval);

    std::chrono::seconds interval() const { return m_interval; }
    // Intervals under one second are raised to one second, so a bad setting cannot
    // turn the poller into a loop that spends the org's allocation.
    void setInterval(std::chrono::seconds interval);

    // True when the figures are at least `interval` old, or there are none yet
    // (`lastFiguresAt` invalid). At exactly `interval` the call is due.
    bool shouldCallLimits(const QDateTime &lastFiguresAt, const QDateTime &now) const;

    // When /limits becomes due: lastFiguresAt + interval, or `now` if that has passed
    // or there are no figures. A `lastFiguresAt` in the future (the clock went back) is
    // treated as `now`, so a clock change cannot postpone /limits indefinitely.
    QDateTime nextLimitsCallAt(const QDateTime &lastFiguresAt, const QDateTime &now) const;

private:
    std::chrono::seconds m_interval;
};

} // namespace syncdesk
