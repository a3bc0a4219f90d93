#include "sync/credit_wait.h"

#include "usage/our_calls_window.h"

#include <algorithm>

namespace syncdesk {

std::chrono::seconds CreditWait::checkSpacing(int checksDone)
{
    const int doublings = std::clamp(checksDone, 0, 10);
    return std::min(kFirstCheck * (1 << doublings), kLongestSpacing);
}

QDateTime CreditWait::creditsBackAt(const QList<QDateTime> &ourCalls,
                                    const std::optional<ApiUsage> &org, const QDateTime &now)
{
    QList<QDateTime> times;
    for (const QDateTime &at : ourCalls) {
        if (OurCallsWindow::contains(now, at))
            times.append(at);
    }
    std::sort(times.begin(), times.end());

    // The org refused us at used >= max: one call must roll off for each over the limit.
    const qint64 needed = org && org->max > 0 ? std::max<qint64>(org->used - org->max + 1, 1) : 1;
    if (needed > times.size())
        return {};
    return times.at(needed - 1).addSecs(OurCallsWindow::windowSeconds);
}

} // namespace syncdesk
