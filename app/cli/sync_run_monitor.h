#pragma once

#include "cli_context.h"
#include "interrupt_watcher.h"
#include "sync/sync_control.h"

#include <QEventLoop>
#include <QObject>
#include <QPointer>
#include <QString>

namespace syncdesk::cli {

// One `syncdesk-cli sync` as the terminal sees it: the engine's progress as one line (redrawn
// in place on a terminal, a line per state change when piped), Ctrl+C and SIGTERM, and when
// the command ends. In team mode the engine comes and goes with the lease, so the engine
// followed may change (or be none, on standby) while the command runs.
class SyncRunMonitor : public QObject
{
    Q_OBJECT

public:
    SyncRunMonitor(CliContext &context, bool runOnce);

    // Follows `engine`'s statuses from now on; nullptr: no engine (standby).
    void follow(SyncControl *engine);
    SyncControl *engine() const { return m_engine; }

    // Runs until the engine is done (--once), refuses its sign-in, or a signal stops it.
    int exec();
    // Ends exec() with `code`.
    void finish(int code);
    // A line of its own, between progress lines.
    void say(const QString &line);

    EngineStatus lastStatus() const { return m_lastStatus; }

private:
    void showStatus(const EngineStatus &status);
    void interrupted(int signalNumber);

    CliContext &m_context;
    const bool m_runOnce;
    const bool m_terminal;
    QEventLoop m_loop;
    // From construction on, so that a SIGTERM right after the first line is not fatal.
    InterruptWatcher m_interrupt;
    QPointer<SyncControl> m_engine;
    QMetaObject::Connection m_statusConnection;
    EngineStatus m_lastStatus;
    QString m_lastLine;
    int m_code = ExitOk;
    bool m_sawSyncing = false;
    bool m_cancellingBulk = false;
};

} // namespace syncdesk::cli
