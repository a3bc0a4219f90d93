#pragma once

#include "usage/api_usage.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace syncdesk {

// After a 403 REQUEST_LIMIT_EXCEEDED: when the org's rolling 24 hours will have freed a
// call. Salesforce releases each call 24 hours after it was made; of those we only know
// our own (the ledger), so the estimate is when enough of ours roll off to bring the org
// under its allocation. When ours are not enough (other integrations spent the rest),
// we look again after kRecheckSeconds. Either way the engine spends one cheap /limits
// call at that time before it sends real work.
class CreditWait
{
public:
    static constexpr qint64 kRecheckSeconds = 60 * 60;
    // A floor, so that a stale header cannot make the engine spin on checks.
    static constexpr qint64 kMinimumWaitSeconds = 60;

    // `ourCalls`: times of our counted calls; `org`: the org's last reported usage.
    static QDateTime creditsBackAt(const QList<QDateTime> &ourCalls,
                                   const std::optional<ApiUsage> &org, const QDateTime &now);

    // Whether a /limits reading says calls may be made again.
    static bool hasCredits(const ApiUsage &usage)
    {
        return usage.max > 0 && usage.used < usage.max;
    }
};

} // namespace syncdesk
