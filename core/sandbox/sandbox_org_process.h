#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace syncdesk {

// Runs a private `syncdesk-sandbox` org as a child process on a free loopback
// port. The child exits when our end of its stdin closes, so it never outlives
// SyncDesk, even after a crash; destruction also stops it.
class SandboxOrgProcess : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString program;               // empty: find it with locateSandboxBinary()
        bool simulateLivelyOrg = true; // other integrations and CRM users spend calls
        int startTimeoutMs = 10'000;
        QStringList extraArguments; // e.g. --session-timeout for tests
    };

    explicit SandboxOrgProcess(Options options, QObject *parent = nullptr);
    explicit SandboxOrgProcess(QObject *parent = nullptr);
    ~SandboxOrgProcess() override;

    // Next to the build tree's layout, then the installed one, then PATH; empty if none.
    static QString locateSandboxBinary();

    void start();
    void stop();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl baseUrl() const { return m_baseUrl; }
    QStringList arguments() const;
    // The sandbox's process id while it runs (0 otherwise): what a benchmark reads its CPU
    // time by.
    qint64 processId() const { return m_process.processId(); }

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &reason);
    // The org went away after it had started.
    void stopped(const QString &reason);

private:
    void readFirstLine();
    void keepStderrTail();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void fail(const QString &reason);
    QString stderrSummary() const;

    Options m_options;
    QProcess m_process;
    QTimer m_startTimer;
    QByteArray m_firstLine;
    QByteArray m_stderrTail;
    QUrl m_baseUrl;
    bool m_failed = false;
    bool m_stopping = false;
};

} // namespace syncdesk
