#pragma once

#include "usage/api_usage.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace syncdesk {

// Whether the connector may spend more calls now, and if not, when it may.
struct BudgetDecision
{
    bool allowed = true;
    QDateTime resumesAt; // when !allowed: the earliest time enough calls have rolled off
};

// The admin's optional limits on SyncDesk's own spending, over Salesforce's rolling
// 24 hours: at most `callsPerDay` of our calls (0: no limit), and leave `reserveForOthers`
// of the org's calls to other integrations (0: no reserve). Work over budget is deferred,
// never failed: the engine asks before it calls and waits until resumesAt.
class ConnectorBudget
{
public:
    // Used when the org's count, not ours, stands in the way: our calls are the only
    // ones whose release time we know, so without any we look again after this long.
    static constexpr qint64 kReserveRecheckSeconds = 15 * 60;

    ConnectorBudget(int callsPerDay, int reserveForOthers);

    bool isLimited() const { return m_callsPerDay > 0 || m_reserve > 0; }

    // `ourCalls`: the times of our counted calls (any order, older ones are ignored);
    // `org`: the org's last reported usage; `callsNeeded`: what the next step costs.
    BudgetDecision check(const QList<QDateTime> &ourCalls, const std::optional<ApiUsage> &org,
                         const QDateTime &now, int callsNeeded = 1) const;

    // Calls the budget still allows in the window ending at now (INT_MAX: unlimited).
    int remaining(const QList<QDateTime> &ourCalls, const std::optional<ApiUsage> &org,
                  const QDateTime &now) const;

private:
    int m_callsPerDay = 0;
    int m_reserve = 0;
};

} // namespace syncdesk
