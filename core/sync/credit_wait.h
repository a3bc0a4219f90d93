#pragma once

#include "store/settings_store.h"
#include "usage/api_usage.h"

#include <QDateTime>
#include <QList>
#include <chrono>
#include <optional>

namespace syncdesk {

// After a 403 REQUEST_LIMIT_EXCEEDED the engine waits for the org's own figures: it asks
// /limits (one call, recorded in the ledger) at a spacing that grows from one minute and is
// capped at ten, so sync resumes within minutes of other integrations' calls rolling off,
// without a steady drip of checks through a long outage.
//
// The ledger alone cannot say when calls come back: it knows only SyncDesk's share of the
// org's rolling 24 hours. creditsBackAt() is what it can say, kept as information.
class CreditWait
{
public:
    static constexpr std::chrono::seconds kFirstCheck{60};
    static constexpr std::chrono::seconds kLongestSpacing{600};

    // How long after a check (or the refusal, for checksDone == 0) the next one is asked:
    // 1, 2, 4, 8, 10, 10... minutes.
    static std::chrono::seconds checkSpacing(int checksDone);

    // When enough of SyncDesk's own calls (`ourCalls`) roll off to bring the org (`org`, its
    // last reported usage) under its allocation; invalid when ours are not enough to tell
    // (other integrations spent the rest).
    static QDateTime creditsBackAt(const QList<QDateTime> &ourCalls,
                                   const std::optional<ApiUsage> &org, const QDateTime &now);

    // Whether a /limits reading says calls may be made again.
    static bool hasCredits(const ApiUsage &usage)
    {
        return usage.max > 0 && usage.used < usage.max;
    }
};

// While the running engine waits for credits: when it next asks /limits (ISO 8601, UTC),
// so that `syncdesk-cli status` in another process can say it; empty otherwise.
inline const SettingKey<QString> NextCreditCheckAtKey{u"engine/next_credit_check_at", QString()};

} // namespace syncdesk
