#pragma once

#include "salesforce/oauth_client_config.h"
#include "salesforce/oauth_token.h"
#include "salesforce/salesforce_error.h"
#include "store/sync_run_store.h"
#include "sync/engine_status.h"
#include "sync/retry_backoff.h"
#include "sync/service_switches.h"
#include "usage/api_usage.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace syncdesk {

class ActivityFlush;
class ApiCallLedger;
class ApiUsageLogReader;
class InboundPoll;
class DeletionSweep;
class DescribeCache;
class LimitsRefresher;
class OAuthTokenClient;
class OrgSession;
class OutboundFlush;
class SalesforceClient;
struct SyncFailure;

// What the engine needs to connect: all values, so that it can be built on one thread
// and everything network- or database-bound created on the engine's own in start().
struct SyncEngineOptions
{
    QString databasePath; // opened with Database::open() once before the engine starts
    OAuthClientConfig oauth;
    OAuthTokens tokens;
    std::function<QDateTime()> clock; // UTC now; tests move it forward
    std::optional<quint32> backoffSeed;
    // How often the scheduler looks at what is due. Deadlines are compared with clock(),
    // not armed as long timers, so a suspended laptop or a moved test clock is noticed.
    std::chrono::milliseconds tickInterval{1000};
    bool refreshLimits = true; // the LimitsRefresher's own /limits calls (off in tests)
    // Describes of the synced objects once per run, for the field editor (off in tests
    // that count calls).
    bool refreshDescribes = true;
    // Who spent the org's calls, from its ApiTotalUsage logs (ApiUsageLogReader): at most a
    // listing an hour and one download per new file, after a cycle. Off unless a long-running
    // front end asks (the desktop, `syncdesk-cli sync`): a one-cycle run or a test that counts
    // calls spends only what its sync needs, and the logs are hours late anyway.
    bool readUsageLogs = false;
    // How Bulk API 2.0 jobs are polled: the first look, doubling up to the longest (tests
    // shorten them; every look is a counted call).
    std::chrono::milliseconds bulkFirstPoll{2'000};
    std::chrono::milliseconds bulkMaxPoll{60'000};
};

// The sync engine: a worker that lives on its own thread (see SyncEngineThread) and owns
// everything that talks to Salesforce or the store from there. One cycle at a time:
// outbound flush, activity flush, inbound poll, then the failures due for retry.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(SyncEngineOptions options, QObject *parent = nullptr);
    ~SyncEngine() override;

    EngineStatus status() const { return m_status; }
    bool isCycleRunning() const { return m_cycleRunning; }
    SalesforceClient *client() const { return m_client; }

public Q_SLOTS:
    // On the engine's thread: opens the store, builds the client, recovers what a crash
    // left in flight, and starts the scheduler.
    void start();
    void stop();
    void syncNow();
    void setPaused(bool paused);
    void retryFailures(const QList<qint64> &failureIds);
    void dismissFailures(const QList<qint64> &failureIds);
    void reloadConfiguration();
    void refreshUsage();
    // The admin's Cancel of the long Bulk API 2.0 run under way (EngineStatus::bulk): the
    // job is aborted at the org, what it processed is settled, the rest waits again.
    void cancelBulkJobs();
    // Looks at what is due now (intervals, backoffs, the end of a wait).
    void tick();

Q_SIGNALS:
    void statusChanged(const syncdesk::EngineStatus &status);
    void failuresChanged();
    void usageRecorded();
    void orgUsageObserved(const syncdesk::ApiUsage &usage, const QDateTime &observedAt);
    void describesRefreshed();
    void usageLogsRead(); // new ApiTotalUsage counts are in the store
    void runFinished();
    void retryRefused(const QList<qint64> &failureIds, const QDateTime &creditsBackAt);
    void cycleFinished();

private:
    // What one step of a cycle came to, whichever flush or poll ran it.
    struct StepReport
    {
        int calls = 0;
        int ok = 0;
        int failed = 0;
        std::optional<SalesforceError> callError;
        QString summary;
        QString api; // sync_runs.api and api_reason: the route a flush took, and why
        QString apiWhy;
    };
    using Step = std::function<void(std::function<void(StepReport)>)>;
    struct RetriedItem
    {
        int attempts = 0;
        QDateTime firstFailedAt;
    };

    QDateTime now() const { return m_clock(); }
    void loadConfiguration();
    void setState(EngineState state, const QString &detail = {}, const QDateTime &resumesAt = {});
    void publish();
    // Every long Bulk job's progress comes here (BulkProgressReporter): into the status,
    // and into the store for `syncdesk-cli status` (BulkProgressKey).
    void showBulkProgress(const BulkProgress &progress);
    bool mayCall(EngineState *blockedBy = nullptr);
    bool checkBudget(int callsNeeded);
    QList<QDateTime> ourCallsInWindow() const;

    // The cycle (sync_engine_cycle.cpp).
    void startCycle();
    void runSteps(QList<std::pair<SyncRunKind, Step>> steps);
    void finishCycle();
    Step outboundStep();
    Step activityStep();
    Step inboundStep();
    Step retryStep();
    // Hard deletes leave no trace for the poll: every DeletionSweepSeconds (a day by
    // default) the linked ids are checked.
    bool deletionSweepDue();
    Step deletionSweepStep();
    bool hasWork(SyncRunKind kind) const;
    void createActivityAndInboundSteps();
    void recoverActivitiesInFlight();
    void writeRun(SyncRunKind kind, const QDateTime &startedAt, const StepReport &report);
    int releaseForRetry(const QList<SyncFailure> &failures);
    void settleNewFailures();
    bool reactToCallError(const SalesforceError &error);
    // The wait for credits (sync_engine_credits.cpp): /limits checks at a growing spacing.
    void waitForCredits();
    void checkCredits();
    void persistCreditCheck();
    void refreshDescribes(); // sync_engine_describes.cpp
    void readUsageLogs();    // sync_engine_usage_logs.cpp
    void creditsBack();
    // The admin's per-service switches (sync_engine_services.cpp).
    void applyServiceSwitches(const ServiceSwitches &switches);
    bool retriesDue();

    SyncEngineOptions m_options;
    std::function<QDateTime()> m_clock;
    RetryBackoff m_backoff;
    QSqlDatabase m_db;
    QNetworkAccessManager *m_network = nullptr;
    OAuthTokenClient *m_tokenClient = nullptr;
    OrgSession *m_session = nullptr;
    SalesforceClient *m_client = nullptr;
    ApiCallLedger *m_ledger = nullptr;
    LimitsRefresher *m_limitsRefresher = nullptr;
    DescribeCache *m_describeCache = nullptr;
    ApiUsageLogReader *m_usageLogReader = nullptr;
    OutboundFlush *m_outbound = nullptr;
    // ActivityFlush and InboundPoll, when this build has them (see sync_engine_cycle.cpp).
    ActivityFlush *m_activities = nullptr;
    InboundPoll *m_inbound = nullptr;
    DeletionSweep *m_sweep = nullptr;
    QTimer m_tick;

    EngineStatus m_status;
    bool m_started = false;
    bool m_describesInFlight = false;
    QDateTime m_describesFailedAt; // what failed is asked again an hour later
    bool m_pausedByAdmin = false;
    ServiceSwitches m_switches; // read again at the start of every cycle
    bool m_cycleRunning = false;
    bool m_cycleRequested = false;
    bool m_creditCheckInFlight = false;
    int m_creditChecks = 0; // /limits checks since the org refused us for its limit
    QDateTime m_persistedCheckAt;
    bool m_persistedCheckKnown = false;
    bool m_retryNoCreditsNext = false; // credits came back: retry those failures next
    bool m_cycleStopped = false;       // a step hit a limit or auth error: skip the rest
    int m_outboundIntervalSeconds = 60;
    int m_inboundIntervalSeconds = 300;
    int m_connectorBudget = 0;
    int m_reserveForOthers = 0;
    bool m_autoRetry = true;
    QDateTime m_nextOutboundAt;
    QDateTime m_nextInboundAt;
    bool m_inboundDue = false;
    qint64 m_failureMark = 0;
    int m_activitiesToConfirm = 0;         // left in flight by a crash
    QHash<QString, RetriedItem> m_retried; // "record:12" → what the last failure said
    QList<qint64> m_adminRetries;          // failures the admin released for this cycle
};

} // namespace syncdesk
