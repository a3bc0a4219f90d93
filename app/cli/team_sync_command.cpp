// Team mode's `syncdesk-cli sync`: the engine elected through the engine lease (one per org,
// whichever host it runs on), relaying to the consoles and sending the threshold alerts.
#include "alerts/alert_dispatcher.h"
#include "secrets/app_secret_store.h"
#include "store/database_url.h"
#include "store/postgres_database.h"
#include "store/team_events.h"
#include "sync/engine_lease.h"
#include "sync/sync_engine_thread.h"
#include "sync/team_engine_relay.h"
#include "sync_run_monitor.h"
#include "team_sync.h"

#include <QCoreApplication>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SyncCommand", text, disambiguation, n);
}

// What runs while this process holds the lease, and only then.
struct ElectedEngine
{
    std::unique_ptr<SyncEngineThread> engine;
    std::unique_ptr<TeamEngineRelay> relay;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<AlertDispatcher> alerts;

    // The engine goes first: once the lease is lost, not one more call may leave.
    void stop()
    {
        engine.reset();
        alerts.reset();
        relay.reset(); // withdraws the presence, when it is still this engine's
        secrets.reset();
    }
};

void startAlerts(ElectedEngine &elected, const QString &databasePath, const OrgConnection &org)
{
    // Only the engine sends threshold emails, so that consoles never send them once each.
    elected.secrets = openAppSecretStore();
    elected.alerts = std::make_unique<AlertDispatcher>(databasePath, elected.secrets.get());
    elected.alerts->setOrgName(org.label.isEmpty() ? org.instanceUrl.host() : org.label);
    AlertDispatcher *alerts = elected.alerts.get();
    TeamEngineRelay *relay = elected.relay.get();
    QObject::connect(elected.engine.get(), &SyncControl::orgUsageObserved, alerts,
                     &AlertDispatcher::observeUsage);
    // A console saved a threshold or the alert settings, then asked for a reload.
    QObject::connect(relay, &TeamEngineRelay::configurationReloaded, alerts,
                     &AlertDispatcher::thresholdChanged);
    QObject::connect(alerts, &AlertDispatcher::alertDelivered, relay,
                     [relay] { relay->notifyEvent(TeamEvents::Alerts); });
    QObject::connect(alerts, &AlertDispatcher::alertFailed, relay,
                     [relay] { relay->notifyEvent(TeamEvents::Alerts); });
    alerts->resumePending();
}

} // namespace

int runTeamSync(CliContext &context, const SyncEngineOptions &options, const OrgConnection &org,
                bool runOnce, bool wait)
{
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(options.databasePath);
    if (!url || !url->isPostgreSql())
        return context.fail(ExitInvalidInput, tr("Team mode needs a PostgreSQL database."));

    SyncRunMonitor monitor(context, runOnce);
    ElectedEngine elected;
    EngineLease lease(*url, PostgresDatabase::rememberedPassword(*url), org.orgId);
    QObject::connect(&lease, &EngineLease::standby, &monitor, [&](const QString &why) {
        if (runOnce && !wait) {
            monitor.say(tr("Not syncing: %1. Another engine syncs this org; run with --wait "
                           "to wait for it to stop.")
                            .arg(why));
            monitor.finish(ExitNoData);
            return;
        }
        monitor.say(tr("Standing by: %1.").arg(why));
    });
    QObject::connect(&lease, &EngineLease::acquired, &monitor, [&] {
        monitor.say(
            tr("This engine holds the engine lease: syncing %1.").arg(org.instanceUrl.toString()));
        elected.engine = std::make_unique<SyncEngineThread>(options);
        elected.relay =
            std::make_unique<TeamEngineRelay>(options.databasePath, elected.engine.get());
        QObject::connect(elected.relay.get(), &TeamEngineRelay::commandFinished, &monitor,
                         [&](qint64 id, TeamCommand::State state, const QString &result) {
                             monitor.say(tr("Console command %1: %2. %3")
                                             .arg(id)
                                             .arg(TeamCommand::stateName(state), result));
                         });
        QString error;
        if (!elected.relay->start(&error))
            monitor.say(tr("The consoles cannot see this engine: %1").arg(error));
        startAlerts(elected, options.databasePath, org);
        monitor.follow(elected.engine.get());
        if (runOnce)
            elected.engine->syncNow();
    });
    QObject::connect(&lease, &EngineLease::lost, &monitor, [&](const QString &why) {
        monitor.follow(nullptr);
        elected.stop();
        monitor.say(tr("Lost the engine lease (%1): stopped syncing.").arg(why));
        if (runOnce)
            monitor.finish(ExitNoData);
    });
    lease.start();
    const int code = monitor.exec();
    monitor.follow(nullptr);
    const EngineStatus last = elected.engine ? elected.engine->status() : monitor.lastStatus();
    elected.stop();
    lease.stop();
    context.out() << tr("Pending changes %1, activities %2, failures %3.")
                         .arg(last.pendingChanges)
                         .arg(last.pendingActivities)
                         .arg(last.failures)
                  << Qt::endl;
    return code;
}

} // namespace syncdesk::cli
