// How the engine reacts to a call that failed as a whole: a spent limit pauses calling
// until the org's own figures (/limits, asked at a growing spacing) say calls are back; a
// refused grant waits for a new sign-in.
#include "salesforce/api_call_ledger.h"
#include "salesforce/limits_refresher.h"
#include "salesforce/salesforce_client.h"
#include "store/settings_store.h"
#include "sync/credit_wait.h"
#include "sync/sync_engine.h"

#include <QDebug>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

bool SyncEngine::reactToCallError(const SalesforceError &error)
{
    switch (error.kind) {
    case SalesforceError::Kind::LimitExceeded: {
        m_cycleStopped = true;
        m_limitsRefresher->stop();
        if (m_status.state == EngineState::PausedNoCredits)
            return true; // already waiting; the check schedule stands
        m_creditChecks = 0;
        waitForCredits();
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

void SyncEngine::waitForCredits()
{
    const QDateTime at = now();
    const OrgUsageSnapshot snapshot = m_ledger->snapshot(at);
    const std::optional<ApiUsage> org =
        snapshot.org ? std::optional<ApiUsage>(snapshot.org->usage()) : std::nullopt;
    m_status.nextCheckAt = at.addSecs(qint64(CreditWait::checkSpacing(m_creditChecks).count()));
    // The ledger's estimate, for information: the checks decide.
    setState(EngineState::PausedNoCredits,
             tr("The org has no API calls left; sync resumes when a check of the org's figures "
                "finds some."),
             CreditWait::creditsBackAt(ourCallsInWindow(), org, at));
}

void SyncEngine::checkCredits()
{
    if (m_creditCheckInFlight || m_cycleRunning)
        return;
    m_creditCheckInFlight = true;
    QPointer<SyncEngine> self(this);
    // One /limits call (counted in the ledger like any other) before any work is sent.
    m_client->limits(CallCategory::LimitsCheck, [self](const SalesforceResult<OrgLimits> &result) {
        if (!self)
            return;
        self->m_creditCheckInFlight = false;
        if (self->m_status.state != EngineState::PausedNoCredits)
            return;
        ++self->m_creditChecks;
        std::optional<ApiUsage> daily;
        if (const auto *error = std::get_if<SalesforceError>(&result)) {
            // Refused for the limit: still none. A refused session: sign in again. Anything
            // else (a 5xx, a timeout) says nothing about credits: ask again on schedule.
            if (error->kind != SalesforceError::Kind::LimitExceeded &&
                self->reactToCallError(*error))
                return;
        } else {
            daily = std::get<OrgLimits>(result).dailyApiRequests();
            if (daily)
                self->m_ledger->recordLimitsReading(*daily, QDateTime::currentDateTimeUtc());
            if (daily && CreditWait::hasCredits(*daily))
                return self->creditsBack();
        }
        self->waitForCredits();
    });
}

void SyncEngine::creditsBack()
{
    if (m_options.refreshLimits)
        m_limitsRefresher->start();
    m_retryNoCreditsNext = m_autoRetry;
    m_nextOutboundAt = now();
    m_status.nextCheckAt = QDateTime();
    setState(m_pausedByAdmin ? EngineState::PausedByAdmin : EngineState::Idle);
    startCycle();
}

void SyncEngine::persistCreditCheck()
{
    const QDateTime checkAt =
        m_status.state == EngineState::PausedNoCredits ? m_status.nextCheckAt : QDateTime();
    if (checkAt == m_persistedCheckAt && m_persistedCheckKnown)
        return;
    SettingsStore settings(m_db);
    const bool written =
        checkAt.isValid()
            ? settings.setValue(NextCreditCheckAtKey, checkAt.toUTC().toString(Qt::ISODate))
            : settings.reset(NextCreditCheckAtKey);
    if (!written) {
        qWarning() << "sync engine: cannot store the next credit check";
        return;
    }
    m_persistedCheckAt = checkAt;
    m_persistedCheckKnown = true;
}

} // namespace syncdesk
