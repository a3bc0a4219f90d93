#include "sandbox/sandbox_org_process.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype kStderrTailBytes = 4096;
constexpr qsizetype kFirstLineMaxBytes = 1024;
constexpr int kGracefulStopMs = 2000;
const QString kBinaryName = u"syncdesk-sandbox"_s;

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}
} // namespace

SandboxOrgProcess::SandboxOrgProcess(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The sandbox org did not report its address within %1 seconds.%2")
                 .arg(m_options.startTimeoutMs / 1000)
                 .arg(stderrSummary()));
        stop();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            &SandboxOrgProcess::readFirstLine);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            &SandboxOrgProcess::keepStderrTail);
    connect(&m_process, &QProcess::finished, this, &SandboxOrgProcess::onProcessFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &SandboxOrgProcess::onProcessError);
}

SandboxOrgProcess::SandboxOrgProcess(QObject *parent)
    : SandboxOrgProcess(Options{}, parent)
{}

SandboxOrgProcess::~SandboxOrgProcess()
{
    // The signals would reach half-destroyed receivers.
    m_process.disconnect(this);
    stop();
}

QString SandboxOrgProcess::locateSandboxBinary()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        QDir::cleanPath(appDir + u"/../sandbox/"_s + kBinaryName), // build tree
        QDir::cleanPath(appDir + u'/' + kBinaryName),              // installed
    };
    for (const QString &candidate : candidates) {
        if (isExecutable(candidate))
            return candidate;
    }
    return QStandardPaths::findExecutable(kBinaryName);
}

QStringList SandboxOrgProcess::arguments() const
{
    QStringList arguments{u"--port"_s, u"0"_s, u"--exit-with-stdin"_s};
    if (m_options.simulateLivelyOrg)
        arguments << u"--simulate"_s << u"lively"_s;
    return arguments + m_options.extraArguments;
}

void SandboxOrgProcess::start()
{
    if (isRunning())
        return;
    const QString program = m_options.program.isEmpty() ? locateSandboxBinary() : m_options.program;
    m_failed = false;
    m_stopping = false;
    m_firstLine.clear();
    m_stderrTail.clear();
    m_baseUrl.clear();
    if (program.isEmpty() || !isExecutable(program)) {
        fail(tr("The sandbox org program (%1) was not found next to SyncDesk or on the PATH.")
                 .arg(program.isEmpty() ? kBinaryName : program));
        return;
    }
    m_startTimer.start(m_options.startTimeoutMs);
    m_process.start(program, arguments(), QIODevice::ReadWrite);
}

void SandboxOrgProcess::stop()
{
    m_startTimer.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    // Closing stdin is the sandbox's own signal to shut down cleanly.
    m_process.closeWriteChannel();
    if (m_process.waitForFinished(kGracefulStopMs / 2))
        return;
    m_process.terminate();
    if (m_process.waitForFinished(kGracefulStopMs / 2))
        return;
    m_process.kill();
    m_process.waitForFinished(kGracefulStopMs);
}

void SandboxOrgProcess::readFirstLine()
{
    if (m_baseUrl.isValid() || m_failed) {
        m_process.readAllStandardOutput(); // later output is the server's, not ours to keep
        return;
    }
    m_firstLine += m_process.readAllStandardOutput();
    const qsizetype newline = m_firstLine.indexOf('\n');
    if (newline < 0) {
        if (m_firstLine.size() > kFirstLineMaxBytes)
            fail(tr("The sandbox org printed something other than its address."));
        return;
    }
    const QString line = QString::fromUtf8(m_firstLine.first(newline)).trimmed();
    const QUrl url(line, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http"_s || url.host().isEmpty() || url.port() <= 0) {
        fail(tr("The sandbox org printed \"%1\" instead of its address.").arg(line.left(200)));
        stop();
        return;
    }
    m_startTimer.stop();
    m_baseUrl = url;
    Q_EMIT started(m_baseUrl);
}

void SandboxOrgProcess::keepStderrTail()
{
    m_stderrTail += m_process.readAllStandardError();
    if (m_stderrTail.size() > kStderrTailBytes)
        m_stderrTail = m_stderrTail.last(kStderrTailBytes);
}

void SandboxOrgProcess::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    keepStderrTail();
    m_startTimer.stop();
    if (m_stopping || m_failed)
        return;
    const QString how = status == QProcess::CrashExit
                            ? tr("The sandbox org crashed.")
                            : tr("The sandbox org exited with code %1.").arg(exitCode);
    if (m_baseUrl.isValid())
        Q_EMIT stopped(how + stderrSummary());
    else
        fail(how + stderrSummary());
}

void SandboxOrgProcess::onProcessError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        fail(tr("The sandbox org could not be started: %1").arg(m_process.errorString()));
}

void SandboxOrgProcess::fail(const QString &reason)
{
    if (m_failed)
        return;
    m_failed = true;
    m_startTimer.stop();
    Q_EMIT failed(reason);
}

QString SandboxOrgProcess::stderrSummary() const
{
    const QString text = QString::fromUtf8(m_stderrTail).trimmed();
    if (text.isEmpty())
        return {};
    return u"\n"_s + text;
}

} // namespace syncdesk
