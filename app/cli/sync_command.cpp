// `syncdesk-cli sync [--once]`: the sync engine without a window, driven through the same
// SyncControl interface as the desktop's. A long Bulk API 2.0 job shows its progress on the
// line, and Ctrl+C during it cancels the job (a second Ctrl+C stops at once).
#include "auth/saved_connection.h"
#include "cli_commands.h"
#include "cli_context.h"
#include "interrupt_watcher.h"
#include "secrets/app_secret_store.h"
#include "store/connection_store.h"
#include "stored_sign_in.h"
#include "sync/engine_lock.h"
#include "sync/sync_engine_thread.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <csignal>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SyncCommand", text, disambiguation, n);
}

QString progressLine(const EngineStatus &status)
{
    const QString time = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
    // A Bulk job's line is about the job: its changes are in flight, not pending.
    if (status.bulk.running)
        return time + u' ' + engineStateName(status.state) + u"  "_s +
               bulkProgressText(status.bulk);
    QString line = time + u' ' + engineStateName(status.state) + u"  "_s +
                   tr("pending %1, activities %2, deferred %3, failures %4")
                       .arg(status.pendingChanges)
                       .arg(status.pendingActivities)
                       .arg(status.deferredItems)
                       .arg(status.failures);
    if (status.state == EngineState::PausedNoCredits && status.nextCheckAt.isValid())
        line += u"  "_s +
                tr("next check %1").arg(status.nextCheckAt.toLocalTime().toString(Qt::ISODate));
    else if (status.resumesAt.isValid())
        line +=
            u"  "_s + tr("resumes %1").arg(status.resumesAt.toLocalTime().toString(Qt::ISODate));
    if (!status.detail.isEmpty())
        line += u"  "_s + status.detail;
    return line;
}

// The terminal's width, so that a line redrawn in place never wraps (a wrapped line cannot
// be redrawn with \r); 0 when unknown.
int terminalColumns()
{
    winsize size = {};
    return ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 ? size.ws_col : 0;
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
           "so and exits."));
    const QCommandLineOption once(u"once"_s, tr("Run one cycle (outbound, activities, inbound, "
                                                "retries), then exit."));
    parser.addOption(once);
    if (const auto stop = context.parse(parser, args))
        return *stop;

    EngineLock lock(context.paths().engineLockPath());
    if (!lock.acquire()) {
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

    QTextStream &out = context.out();
    const bool terminal = context.stdoutIsTerminal();
    QEventLoop loop;
    int code = ExitOk;
    bool sawSyncing = false;
    bool cancellingBulk = false;
    QString lastLine;
    SyncEngineThread engine(std::move(options));
    QObject::connect(&engine, &SyncControl::statusChanged, &loop, [&](const EngineStatus &status) {
        const QString line = progressLine(status);
        if (terminal) {
            // One line, redrawn in place, cut to the terminal's width.
            const int columns = terminalColumns();
            out << u"\r\x1b[K"_s
                << (columns > 1 && line.size() >= columns ? line.left(columns - 2) + u'…' : line);
            out.flush();
        } else if (line.mid(9) != lastLine.mid(9)) {
            out << line << Qt::endl;
        }
        lastLine = line;
        if (status.state == EngineState::Syncing)
            sawSyncing = true;
        if (status.state == EngineState::NeedsSignIn) {
            context.err() << (terminal ? u"\n"_s : QString())
                          << tr("The org refused SyncDesk's sign-in: run 'syncdesk-cli connect' "
                                "again.")
                          << Qt::endl;
            code = ExitRemote;
            loop.quit();
        } else if (cancellingBulk) {
            // Once the cancelled job is settled (and its run written: that follows in the
            // same turn of the engine's thread), the engine, paused, starts nothing else.
            if (!status.bulk.running && !status.callsPending)
                loop.quit();
        } else if (runOnce && sawSyncing && status.state != EngineState::Syncing &&
                   !status.callsPending) {
            // Every call sent has its answer recorded in the ledger: quitting earlier would
            // abort calls the org has counted and the ledger has not.
            if (status.state == EngineState::PausedNoCredits)
                code = ExitRemote;
            loop.quit();
        }
    });
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &loop, [&](int signalNumber) {
        if (terminal)
            out << u'\n';
        // Ctrl+C means "stop this": during a Bulk job, that is the job. SIGTERM (a service
        // stopping) leaves the job to finish at the org and to be read at the next start.
        if (signalNumber == SIGINT && !cancellingBulk && engine.status().bulk.running) {
            cancellingBulk = true;
            out << tr("Cancelling the Bulk API job: what the org has processed is recorded, "
                      "the rest waits for the next sync. Press Ctrl+C again to stop at once "
                      "(the job then resumes at the next start).")
                << Qt::endl;
            engine.setPaused(true);
            engine.cancelBulkJobs();
            return;
        }
        out << tr("Stopping the engine...") << Qt::endl;
        loop.quit();
    });
    if (runOnce)
        engine.syncNow();
    out << tr("Syncing %1 from %2.").arg(org->instanceUrl.toString(), context.paths().dataDir())
        << Qt::endl;
    loop.exec();
    if (terminal)
        out << u'\n';
    const EngineStatus last = engine.status();
    out << tr("Pending changes %1, activities %2, failures %3.")
               .arg(last.pendingChanges)
               .arg(last.pendingActivities)
               .arg(last.failures)
        << Qt::endl;
    return code;
}

} // namespace syncdesk::cli
