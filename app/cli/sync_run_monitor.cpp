#include "sync_run_monitor.h"

#include <QCoreApplication>
#include <QDateTime>
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

SyncRunMonitor::SyncRunMonitor(CliContext &context, bool runOnce)
    : m_context(context)
    , m_runOnce(runOnce)
    , m_terminal(context.stdoutIsTerminal())
{
    connect(&m_interrupt, &InterruptWatcher::interrupted, this, &SyncRunMonitor::interrupted);
}

void SyncRunMonitor::follow(SyncControl *engine)
{
    QObject::disconnect(m_statusConnection);
    m_engine = engine;
    m_sawSyncing = false;
    m_cancellingBulk = false;
    if (engine)
        m_statusConnection =
            connect(engine, &SyncControl::statusChanged, this, &SyncRunMonitor::showStatus);
}

void SyncRunMonitor::say(const QString &line)
{
    QTextStream &out = m_context.out();
    if (m_terminal && !m_lastLine.isEmpty())
        out << u'\n';
    out << line << Qt::endl;
    m_lastLine.clear();
}

void SyncRunMonitor::finish(int code)
{
    m_code = code;
    m_loop.quit();
}

int SyncRunMonitor::exec()
{
    m_loop.exec();
    if (m_terminal && !m_lastLine.isEmpty())
        m_context.out() << u'\n';
    return m_code;
}

void SyncRunMonitor::showStatus(const EngineStatus &status)
{
    m_lastStatus = status;
    QTextStream &out = m_context.out();
    const QString line = progressLine(status);
    if (m_terminal) {
        // One line, redrawn in place, cut to the terminal's width.
        const int columns = terminalColumns();
        out << u"\r\x1b[K"_s
            << (columns > 1 && line.size() >= columns ? line.left(columns - 2) + u'…' : line);
        out.flush();
    } else if (line.mid(9) != m_lastLine.mid(9)) {
        out << line << Qt::endl;
    }
    m_lastLine = line;
    if (status.state == EngineState::Syncing)
        m_sawSyncing = true;
    if (status.state == EngineState::NeedsSignIn) {
        if (m_terminal)
            out << u'\n';
        out.flush();
        m_lastLine.clear();
        m_context.err() << tr("The org refused SyncDesk's sign-in: run 'syncdesk-cli connect' "
                              "again.")
                        << Qt::endl;
        finish(ExitRemote);
    } else if (m_cancellingBulk) {
        // Once the cancelled job is settled (and its run written: that follows in the
        // same turn of the engine's thread), the engine, paused, starts nothing else.
        if (!status.bulk.running && !status.callsPending)
            m_loop.quit();
    } else if (m_runOnce && m_sawSyncing && status.state != EngineState::Syncing &&
               !status.callsPending) {
        // Every call sent has its answer recorded in the ledger: quitting earlier would
        // abort calls the org has counted and the ledger has not.
        finish(status.state == EngineState::PausedNoCredits ? ExitRemote : m_code);
    }
}

void SyncRunMonitor::interrupted(int signalNumber)
{
    // Ctrl+C means "stop this": during a Bulk job, that is the job. SIGTERM (a service
    // stopping) leaves the job to finish at the org and to be read at the next start.
    if (signalNumber == SIGINT && !m_cancellingBulk && m_engine &&
        m_engine->status().bulk.running) {
        m_cancellingBulk = true;
        say(tr("Cancelling the Bulk API job: what the org has processed is recorded, the rest "
               "waits for the next sync. Press Ctrl+C again to stop at once (the job then "
               "resumes at the next start)."));
        m_engine->setPaused(true);
        m_engine->cancelBulkJobs();
        return;
    }
    say(tr("Stopping the engine..."));
    m_loop.quit();
}

} // namespace syncdesk::cli
