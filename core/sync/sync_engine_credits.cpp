// How the engine reacts to a call that failed as a whole: a spent limit pauses calling
// until the rolling window frees some (one cheap /limits call tells), a refused session
// waits for a new sign-in.
#include "salesforce/api_call_ledger.h"
#include "salesforce/limits_refresher.h"
#include "salesforce/salesforce_client.h"
#include "sync/credit_wait.h"
#include "sync/sync_engine.h"

#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

bool SyncEngine::reactToCallError(const SalesforceError &error)
{
    switch (error.kind) {
    case SalesforceError::Kind::LimitExceeded: {
        m_cycleStopped = true;
        m_limitsRefresher->stop();
        const OrgUsageSnapshot snapshot = m_ledger->snapshot(now());
        const std::optional<ApiUsage> org =
            snapshot.org ? std::optional<ApiUsage>(snapshot.org->usage()) : std::nullopt;
        setState(EngineState::PausedNoCredits,
                 tr("The org has no API calls left; sync resumes when the rolling 24 hours "
                    "free some."),
                 CreditWait::creditsBackAt(ourCallsInWindow(), org, now()));
        return true;
    }
    case SalesforceError::Kind::SessionExpired:
    case SalesforceError::Kind::Auth:
        m_cycleStopped = true;
        m_limitsRefresher->stop();
        setState(EngineState::NeedsSignIn,
                 tr("Salesforce refused the session; sign in again to resume sync."));
        return true;
    default:
        return false;
    }
}

void SyncEngine::checkCredits()
{
    if (m_creditCheckInFlight || m_cycleRunning)
        return;
    m_creditCheckInFlight = true;
    QPointer<SyncEngine> self(this);
    // The one cheap call that tells whether the window freed calls before work is sent.
    m_client->limits(CallCategory::LimitsCheck, [self](const SalesforceResult<OrgLimits> &result) {
        if (!self)
            return;
        self->m_creditCheckInFlight = false;
        if (self->m_status.state != EngineState::PausedNoCredits)
            return;
        const QDateTime at = self->now();
        if (const auto *error = std::get_if<SalesforceError>(&result)) {
            if (!self->reactToCallError(*error))
                self->setState(EngineState::PausedNoCredits, self->m_status.detail,
                               self->m_backoff.nextRetryAt(1, at));
            return;
        }
        const std::optional<ApiUsage> daily = std::get<OrgLimits>(result).dailyApiRequests();
        if (daily)
            self->m_ledger->recordLimitsReading(*daily, QDateTime::currentDateTimeUtc());
        if (daily && CreditWait::hasCredits(*daily))
            return self->creditsBack();
        self->setState(EngineState::PausedNoCredits, self->m_status.detail,
                       CreditWait::creditsBackAt(self->ourCallsInWindow(), daily, at));
    });
}

void SyncEngine::creditsBack()
{
    if (m_options.refreshLimits)
        m_limitsRefresher->start();
    m_retryNoCreditsNext = m_autoRetry;
    m_nextOutboundAt = now();
    setState(m_pausedByAdmin ? EngineState::PausedByAdmin : EngineState::Idle);
    startCycle();
}

} // namespace syncdesk
