#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>

namespace syncdesk::soak {

// `syncdesk-cli --data-dir DIR sync` as its own process, the way an admin leaves it
// running: started, SIGKILLed without warning, started again. Its output goes to a log
// file in the data folder.
class EngineProcess
{
public:
    EngineProcess(QString cliProgram, QString dataDir);
    ~EngineProcess();

    void start();
    // SIGKILL: no handler runs, no transaction is finished.
    void kill();
    // SIGTERM, the orderly way.
    bool stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 runningMs() const { return m_sinceStart.elapsed(); }

    // Lines of output since the last call (complete lines only).
    QStringList takeLines();
    int starts() const { return m_starts; }
    // Runs that ended by themselves (not killed, not stopped), and why.
    int exitsOnItsOwn() const { return m_selfExits; }
    QString lastSelfExit() const { return m_lastSelfExit; }
    QString logPath() const { return m_log.fileName(); }
    // When each SIGKILL had taken effect (ms since the epoch): a call the org answered just
    // before one may never reach the ledger.
    const QList<qint64> &killedAtMs() const { return m_killedAtMs; }

private:
    void collect();

    QString m_program;
    QString m_dataDir;
    QProcess m_process;
    QFile m_log;
    QByteArray m_partial;
    QStringList m_lines;
    QString m_lastLine;
    QElapsedTimer m_sinceStart;
    bool m_endingOnPurpose = false;
    int m_starts = 0;
    int m_selfExits = 0;
    QString m_lastSelfExit;
    QList<qint64> m_killedAtMs;
};

} // namespace syncdesk::soak
