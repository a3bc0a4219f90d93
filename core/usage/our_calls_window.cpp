#include "usage/our_calls_window.h"

#include <numeric>

namespace syncdesk {

OurCallsWindow::OurCallsWindow(const QList<ApiCallRecord> &calls, const QDateTime &end)
    : m_start(end.addSecs(-windowSeconds))
    , m_end(end)
{
    for (const ApiCallRecord &call : calls) {
        if (!contains(end, call.at))
            continue;
        const std::size_t index = callCategoryIndex(call.category);
        if (countsAgainstOrgLimit(call))
            ++m_counted[index];
        else if (refusedForRequestLimit(call))
            ++m_refused[index];
    }
}

bool OurCallsWindow::contains(const QDateTime &windowEnd, const QDateTime &at)
{
    return at.isValid() && windowEnd.isValid() && at <= windowEnd &&
           at > windowEnd.addSecs(-windowSeconds);
}

qint64 OurCallsWindow::countedTotal() const
{
    return std::accumulate(m_counted.begin(), m_counted.end(), qint64(0));
}

qint64 OurCallsWindow::refusedForLimitTotal() const
{
    return std::accumulate(m_refused.begin(), m_refused.end(), qint64(0));
}

} // namespace syncdesk
