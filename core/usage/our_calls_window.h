#pragma once

#include "usage/api_call_record.h"

#include <QDateTime>
#include <QList>
#include <array>

namespace syncdesk {

// SyncDesk's own calls in the org's rolling 24 hours ending at `end`: the calls made
// after end − 24 h and up to end. A call made at 12:36 Tuesday is released at 12:36
// Wednesday, so at exactly 24 hours it has left the window.
class OurCallsWindow
{
public:
    static constexpr qint64 windowSeconds = 24 * 60 * 60;

    // Counts `calls` (in any order) that fall in the window ending at `end`.
    OurCallsWindow(const QList<ApiCallRecord> &calls, const QDateTime &end);

    QDateTime start() const { return m_start; } // exclusive
    QDateTime end() const { return m_end; }     // inclusive

    // Calls Salesforce counted against the org (see countsAgainstOrgLimit), per category.
    qint64 counted(CallCategory category) const { return m_counted[callCategoryIndex(category)]; }
    qint64 countedTotal() const;

    // Calls Salesforce refused because the limit was spent: the sync work that failed
    // for want of calls. They are not in countedTotal().
    qint64 refusedForLimit(CallCategory category) const
    {
        return m_refused[callCategoryIndex(category)];
    }
    qint64 refusedForLimitTotal() const;

    static bool contains(const QDateTime &windowEnd, const QDateTime &at);

private:
    QDateTime m_start;
    QDateTime m_end;
    std::array<qint64, callCategoryCount> m_counted{};
    std::array<qint64, callCategoryCount> m_refused{};
};

} // namespace syncdesk
