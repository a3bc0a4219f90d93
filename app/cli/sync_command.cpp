// `syncdesk-cli sync [--once]`: the sync engine without a window, driven through the same
// SyncControl interface as the desktop's. A long Bulk API 2.0 job shows its progress on the
// line, and Ctrl+C during it cancels the job (a second Ctrl+C stops at once).
#include "auth/saved_connection.h"
#include "cli_commands.h"
#include "cli_context.h"
#include "secrets/app_secret_store.h"
#include "store/connection_store.h"
#include "store/database.h"
#include "stored_sign_in.h"
#include "sync/engine_lock.h"
#include "sync/sync_engine_thread.h"
#include "sync_run_monitor.h"
#include "team_sync.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SyncCommand", text, disambiguation, n);
}

} // namespace

int runSync(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli sync: runs the sync engine headless until interrupted (Ctrl+C), or "
           "one full cycle with --once. Ctrl+C during a Bulk API job cancels the job first: "
           "what the org has processed is recorded, the rest waits for the next sync; a second "
           "Ctrl+C stops at once (the job then resumes at the next start). Only one engine runs "
           "per data folder: if the desktop app or another syncdesk-cli runs it, this one says "
           "so and exits.\n\nTeam mode (--database postgresql://...): any number of engines "
           "may run, on one host or several; the one holding the org's engine lease syncs, "
           "carries out the consoles' commands and sends the threshold alerts, the others "
           "stand by and take over within seconds when it stops. With --once, an engine "
           "syncing elsewhere ends the command (exit 2) unless --wait is given."));
    const QCommandLineOption once(u"once"_s, tr("Run one cycle (outbound, activities, inbound, "
                                                "retries), then exit."));
    parser.addOption(once);
    const QCommandLineOption wait(u"wait"_s, tr("Team mode, with --once: wait for the engine "
                                                "lease instead of exiting while another "
                                                "engine holds it."));
    parser.addOption(wait);
    if (const auto stop = context.parse(parser, args))
        return *stop;

    const bool teamMode = Database::isServerLocation(context.paths().databasePath());
    // Team mode elects its engine through the lease in the shared database, not a file.
    EngineLock lock(context.paths().engineLockPath());
    if (!teamMode && !lock.acquire()) {
        const std::optional<qint64> holder = lock.holderPid();
        return context.fail(ExitNoData,
                            tr("Another SyncDesk engine is already running on %1%2; only one may "
                               "run at a time.")
                                .arg(context.paths().dataDir(),
                                     holder ? tr(" (process %1)").arg(*holder) : QString()));
    }
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;
    const std::optional<OrgConnection> org = ConnectionStore(*db).active();
    if (!org)
        return context.fail(ExitNoData, tr("Not connected to an org: run 'syncdesk-cli connect' "
                                           "first."));
    const std::unique_ptr<SecretStore> secrets = openAppSecretStore();
    SyncEngineOptions options;
    const SecretResult stored = readStoredTokens(*secrets, *org, &options.tokens);
    if (!stored.ok()) {
        return context.fail(stored.status == SecretResult::Status::NotFound ? ExitNoData
                                                                            : ExitRemote,
                            stored.status == SecretResult::Status::NotFound
                                ? tr("The keychain holds no sign-in for %1: run 'syncdesk-cli "
                                     "connect' again.")
                                      .arg(org->instanceUrl.toString())
                                : stored.message);
    }
    options.databasePath = context.paths().databasePath();
    options.oauth = clientConfigFor(*org);
    const bool runOnce = parser.isSet(once);
    // One cycle reads the org's figures from its own answers: no /limits call of its own.
    options.refreshLimits = !runOnce;
    // A running engine reads who spent the org's calls (at most hourly); one cycle does not.
    options.readUsageLogs = !runOnce;

    if (teamMode)
        return runTeamSync(context, options, *org, runOnce, parser.isSet(wait));

    SyncRunMonitor monitor(context, runOnce);
    SyncEngineThread engine(std::move(options));
    monitor.follow(&engine);
    if (runOnce)
        engine.syncNow();
    context.out()
        << tr("Syncing %1 from %2.").arg(org->instanceUrl.toString(), context.paths().dataDir())
        << Qt::endl;
    const int code = monitor.exec();
    const EngineStatus last = engine.status();
    context.out() << tr("Pending changes %1, activities %2, failures %3.")
                         .arg(last.pendingChanges)
                         .arg(last.pendingActivities)
                         .arg(last.failures)
                  << Qt::endl;
    return code;
}

} // namespace syncdesk::cli
