#include "sync/sync_engine.h"

#include "salesforce/api_call_ledger.h"
#include "salesforce/api_usage_log_reader.h"
#include "salesforce/describe_cache.h"
#include "salesforce/limits_refresher.h"
#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "store/activity_store.h"
#include "store/api_call_ledger_store.h"
#include "store/database.h"
#include "store/failure_store.h"
#include "store/outbox_store.h"
#include "store/settings_store.h"
#include "sync/activity_flush.h"
#include "sync/bulk_outbound_flush.h"
#include "sync/connector_budget.h"
#include "sync/credit_wait.h"
#include "sync/default_field_mappings.h"
#include "sync/inbound_poll.h"
#include "sync/outbound_flush.h"
#include "sync/workspace_org.h"
#include "usage/api_call_record.h"
#include "usage/our_calls_window.h"

#include <QDebug>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

// Intervals below this would spend calls faster than anyone reads the results.
constexpr int kMinimumIntervalSeconds = 10;

} // namespace

SyncEngine::SyncEngine(SyncEngineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? m_options.clock : [] { return QDateTime::currentDateTimeUtc(); })
    , m_backoff(m_options.backoffSeed ? RetryBackoff(*m_options.backoffSeed) : RetryBackoff())
    , m_tick(this)
{
    qRegisterMetaType<EngineStatus>();
    m_status.readsUsageLogs = m_options.readUsageLogs;
    m_tick.setInterval(m_options.tickInterval);
    connect(&m_tick, &QTimer::timeout, this, &SyncEngine::tick);
}

SyncEngine::~SyncEngine()
{
    stop();
    // Users before what they use: the client aborts its replies before the network
    // manager that owns them goes (children would go in creation order).
    delete m_inbound;
    delete m_activities;
    delete m_outbound;
    delete m_describeCache;
    delete m_usageLogReader;
    delete m_limitsRefresher;
    delete m_ledger;
    delete m_client;
    delete m_session;
    delete m_tokenClient;
    delete m_network;
}

void SyncEngine::start()
{
    if (m_started)
        return;
    const DatabaseConnection connection = Database::forThisThread(m_options.databasePath);
    if (!connection.ok()) {
        setState(EngineState::Stopped, tr("The local store cannot be opened."));
        return;
    }
    m_db = connection.db;
    // Another org's links and watermarks must never meet this org's records.
    if (const QString orgId = m_options.tokens.orgId(); !orgId.isEmpty()) {
        WorkspaceOrg workspace(m_db);
        if (!workspace.bindIfUnbound(orgId)) {
            setState(EngineState::Stopped,
                     workspace.boundOrgId().isEmpty()
                         ? tr("The local store cannot be written: %1").arg(workspace.lastError())
                         : WorkspaceOrg::mismatchMessage(workspace.boundOrgId(), orgId));
            return;
        }
    }
    m_started = true;
    if (!ensureDefaultFieldMappings(m_db))
        qWarning() << "sync engine: cannot seed the default field mappings";

    m_network = new QNetworkAccessManager(this);
    m_tokenClient = new OAuthTokenClient(m_network, m_options.oauth, this);
    m_session = new OrgSession(m_network, m_tokenClient, m_options.tokens, this);
    m_client = new SalesforceClient(m_session, this);
    m_ledger = new ApiCallLedger(m_db, this);
    m_ledger->attach(m_client);
    // The ledger writes on callMade first (it connected first), so listeners read it whole.
    connect(m_client, &SalesforceClient::callMade, this, &SyncEngine::usageRecorded);
    connect(m_client, &SalesforceClient::orgUsageObserved, this, &SyncEngine::orgUsageObserved);
    // Said in the status so that a caller may wait until every answer is in the ledger.
    connect(m_client, &SalesforceClient::callsPendingChanged, this, [this](bool pending) {
        m_status.callsPending = pending;
        publish();
    });
    m_limitsRefresher = new LimitsRefresher(m_client, m_ledger, m_db, this);
    connect(m_limitsRefresher, &LimitsRefresher::limitsRefreshed, this, &SyncEngine::usageRecorded);
    m_outbound = new OutboundFlush(m_db, m_client, this);
    createActivityAndInboundSteps();
    // The budget is asked before every call a flush sends, not once per step: a step may
    // spend many, and what the budget does not allow waits for a later cycle.
    m_outbound->setCallGate([this] { return checkBudget(1); });
    m_outbound->bulk()->bulkClient()->setPollIntervals(m_options.bulkFirstPoll,
                                                       m_options.bulkMaxPoll);
    m_outbound->bulk()->setProgressReporter(
        [this](const BulkProgress &progress) { showBulkProgress(progress); });
    // A big first import's query job polls and reports the same way.
    m_inbound->bulkRead()->setPollIntervals(m_options.bulkFirstPoll, m_options.bulkMaxPoll);
    m_inbound->bulkRead()->setProgressReporter(
        [this](const BulkProgress &progress) { showBulkProgress(progress); });
    // The progress a stopped engine left in the store is over.
    SettingsStore(m_db).reset(BulkProgressKey);
    m_activities->setCallGate([this] { return checkBudget(1); });

    // A crash left batches in flight: they wait again (the resends upsert by external id).
    m_outbound->recoverAfterCrash();
    recoverActivitiesInFlight();

    loadConfiguration();
    const QDateTime at = now();
    m_nextOutboundAt = at;
    m_nextInboundAt = at;
    if (m_options.refreshLimits)
        m_limitsRefresher->start();
    m_tick.start();
    setState(EngineState::Idle);
}

void SyncEngine::stop()
{
    m_tick.stop();
    if (m_limitsRefresher)
        m_limitsRefresher->stop();
}

void SyncEngine::loadConfiguration()
{
    const SettingsStore settings(m_db);
    m_outboundIntervalSeconds =
        std::max(settings.value(SettingKeys::OutboundIntervalSeconds), kMinimumIntervalSeconds);
    m_inboundIntervalSeconds =
        std::max(settings.value(SettingKeys::InboundIntervalSeconds), kMinimumIntervalSeconds);
    m_connectorBudget = settings.value(SettingKeys::ConnectorBudget);
    m_reserveForOthers = settings.value(SettingKeys::ReserveForOthers);
    m_autoRetry = settings.value(SettingKeys::AutoRetry);
    m_outbound->setReadBeforeWrite(settings.value(SettingKeys::ReadBeforeWrite));
    m_outbound->bulk()->setThreshold(
        std::max(1, settings.value(SettingKeys::BulkThresholdRecords)));
    m_inbound->setBulkThreshold(std::max(1, settings.value(SettingKeys::BulkReadThresholdRows)));
    applyServiceSwitches(ServiceSwitches::fromStore(m_db));
}

void SyncEngine::refreshUsage()
{
    // The admin asked, so it is spent even while paused; not while the org has no calls
    // left (the answer would be a refusal) or the session is gone.
    if (!m_started || m_status.state == EngineState::PausedNoCredits ||
        m_status.state == EngineState::NeedsSignIn)
        return;
    m_client->limits(CallCategory::LimitsCheck, [](const SalesforceResult<OrgLimits> &) {
        // The ledger has recorded the call and its figures; usageRecorded says so.
    });
}

void SyncEngine::cancelBulkJobs()
{
    if (m_outbound)
        m_outbound->bulk()->cancel();
}

void SyncEngine::showBulkProgress(const BulkProgress &progress)
{
    m_status.bulk = progress.running ? progress : BulkProgress{};
    SettingsStore settings(m_db);
    const bool stored =
        progress.running ? settings.setValue(
                               BulkProgressKey,
                               QString::fromUtf8(
                                   QJsonDocument(progress.toJson()).toJson(QJsonDocument::Compact)))
                         : settings.reset(BulkProgressKey);
    if (!stored)
        qWarning() << "sync engine: cannot keep the Bulk job's progress for syncdesk-cli status";
    publish();
}

void SyncEngine::reloadConfiguration()
{
    if (!m_started)
        return;
    loadConfiguration();
    const QDateTime at = now();
    m_nextOutboundAt = std::min(m_nextOutboundAt, at.addSecs(m_outboundIntervalSeconds));
    m_nextInboundAt = std::min(m_nextInboundAt, at.addSecs(m_inboundIntervalSeconds));
    // A new sign-in, or a budget raised: try again. The next call says if it still fails.
    if (m_status.state == EngineState::NeedsSignIn) {
        // What failed for want of a session goes out again with the next cycle.
        releaseForRetry(FailureStore(m_db).inCategory(FailureCategory::Auth));
        if (m_options.refreshLimits)
            m_limitsRefresher->start();
        Q_EMIT failuresChanged();
    }
    if (m_status.state == EngineState::NeedsSignIn ||
        m_status.state == EngineState::DeferredByBudget)
        setState(m_pausedByAdmin ? EngineState::PausedByAdmin : EngineState::Idle);
    else
        publish();
}

void SyncEngine::setPaused(bool paused)
{
    m_pausedByAdmin = paused;
    if (paused && m_status.state != EngineState::NeedsSignIn) {
        // A cycle already running finishes its current call; nothing new starts.
        setState(EngineState::PausedByAdmin, tr("Sync is paused."));
    } else if (!paused && m_status.state == EngineState::PausedByAdmin) {
        setState(EngineState::Idle);
        tick();
    }
}

void SyncEngine::syncNow()
{
    if (!m_started)
        return;
    // Out of credits: the admin's "now" is one look at the org's figures, at once.
    if (m_status.state == EngineState::PausedNoCredits)
        return checkCredits();
    m_inboundDue = true;
    m_nextOutboundAt = now();
    startCycle();
}

void SyncEngine::tick()
{
    if (!m_started)
        return;
    const QDateTime at = now();
    if (m_status.state == EngineState::PausedNoCredits) {
        if (!m_status.nextCheckAt.isValid() || at >= m_status.nextCheckAt)
            checkCredits();
        return;
    }
    if (m_status.state == EngineState::DeferredByBudget) {
        if (at < m_status.resumesAt)
            return;
        setState(EngineState::Idle);
        m_nextOutboundAt = at;
    }
    if (at >= m_nextInboundAt)
        m_inboundDue = true;
    const bool inboundDue = m_inboundDue && m_switches.anyInboundOn();
    if (at >= m_nextOutboundAt || inboundDue || retriesDue() || m_retryNoCreditsNext)
        startCycle();
}

bool SyncEngine::mayCall(EngineState *blockedBy)
{
    switch (m_status.state) {
    case EngineState::PausedByAdmin:
    case EngineState::PausedNoCredits:
    case EngineState::NeedsSignIn:
    case EngineState::Stopped:
        if (blockedBy)
            *blockedBy = m_status.state;
        return false;
    case EngineState::DeferredByBudget:
        if (now() < m_status.resumesAt) {
            if (blockedBy)
                *blockedBy = m_status.state;
            return false;
        }
        return true;
    case EngineState::Idle:
    case EngineState::Syncing:
        return true;
    }
    return false;
}

QList<QDateTime> SyncEngine::ourCallsInWindow() const
{
    const QDateTime at = now();
    QList<QDateTime> times;
    const QList<ApiCallRecord> calls =
        ApiCallLedgerStore(m_db).callsSince(at.addSecs(-OurCallsWindow::windowSeconds));
    for (const ApiCallRecord &call : calls) {
        if (countsAgainstOrgLimit(call))
            times.append(call.at);
    }
    return times;
}

bool SyncEngine::checkBudget(int callsNeeded)
{
    const ConnectorBudget budget(m_connectorBudget, m_reserveForOthers);
    if (!budget.isLimited())
        return true;
    const QDateTime at = now();
    const OrgUsageSnapshot snapshot = m_ledger->snapshot(at);
    const std::optional<ApiUsage> org =
        snapshot.org ? std::optional<ApiUsage>(snapshot.org->usage()) : std::nullopt;
    const BudgetDecision decision = budget.check(ourCallsInWindow(), org, at, callsNeeded);
    if (decision.allowed)
        return true;
    setState(EngineState::DeferredByBudget,
             tr("The connector's call budget is spent; waiting work resumes when calls roll off."),
             decision.resumesAt);
    return false;
}

void SyncEngine::setState(EngineState state, const QString &detail, const QDateTime &resumesAt)
{
    m_status.state = state;
    if (state != EngineState::PausedNoCredits)
        m_status.nextCheckAt = QDateTime();
    m_status.detail = detail;
    m_status.resumesAt = resumesAt;
    publish();
}

void SyncEngine::publish()
{
    if (m_db.isValid()) {
        m_status.pendingChanges = OutboxStore(m_db).waitingCount();
        m_status.pendingActivities = ActivityStore(m_db).pendingCount();
        m_status.failures = FailureStore(m_db).count();
        m_status.heldChanges =
            m_switches.isOn(SyncService::UpdatesToSalesforce) ? 0 : m_status.pendingChanges;
        m_status.heldActivities =
            m_switches.isOn(SyncService::ActivityLogging) ? 0 : m_status.pendingActivities;
        const bool deferred = m_status.state == EngineState::DeferredByBudget;
        m_status.deferredItems = deferred ? m_status.pendingChanges + m_status.pendingActivities -
                                                m_status.heldChanges - m_status.heldActivities
                                          : 0;
        m_status.nextSyncAt = m_status.state == EngineState::Idle
                                  ? std::min(m_nextOutboundAt, m_nextInboundAt)
                                  : QDateTime();
        persistCreditCheck();
    }
    Q_EMIT statusChanged(m_status);
}

void SyncEngine::retryFailures(const QList<qint64> &failureIds)
{
    if (!m_started)
        return;
    FailureStore failures(m_db);
    QList<SyncFailure> chosen;
    if (failureIds.isEmpty()) {
        chosen = failures.all();
    } else {
        for (qint64 id : failureIds) {
            if (const std::optional<SyncFailure> failure = failures.find(id))
                chosen.append(*failure);
        }
    }
    // While the org has no calls left, a retry of a no_api_credits failure would only
    // fail again: refuse it and say when calls are expected back.
    if (m_status.state == EngineState::PausedNoCredits) {
        QList<qint64> refused;
        QList<SyncFailure> allowed;
        for (const SyncFailure &failure : std::as_const(chosen)) {
            if (failure.category == FailureCategory::NoApiCredits)
                refused.append(failure.id);
            else
                allowed.append(failure);
        }
        if (!refused.isEmpty())
            Q_EMIT retryRefused(refused, m_status.nextCheckAt);
        chosen = allowed;
    }
    if (chosen.isEmpty())
        return;
    releaseForRetry(chosen);
    Q_EMIT failuresChanged();
    m_nextOutboundAt = now();
    startCycle();
}

void SyncEngine::dismissFailures(const QList<qint64> &failureIds)
{
    if (!m_started)
        return;
    FailureStore failures(m_db);
    bool changed = false;
    for (qint64 id : failureIds)
        changed = failures.dismiss(id) || changed;
    if (changed) {
        Q_EMIT failuresChanged();
        publish();
    }
}

} // namespace syncdesk
