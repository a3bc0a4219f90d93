#include "sandbox_process.h"

#include <QDeadlineTimer>

namespace syncdesk::bench {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int startTimeoutMs = 30'000;
constexpr int exitTimeoutMs = 5'000;

} // namespace

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(exitTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(exitTimeoutMs);
    }
}

bool SandboxProcess::start(const QString &program, const QStringList &extraArguments,
                           QString *error)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program,
                    QStringList{u"--port"_s, u"0"_s, u"--exit-with-stdin"_s} + extraArguments);
    if (!m_process.waitForStarted(startTimeoutMs)) {
        *error = u"cannot start "_s + program + u": "_s + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(startTimeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired() ||
            !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            *error = program + u" printed no base URL"_s;
            return false;
        }
    }
    m_baseUrl = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!m_baseUrl.startsWith(u"http://"_s)) {
        *error = u"unexpected first line from the sandbox: "_s + m_baseUrl;
        return false;
    }
    return true;
}

} // namespace syncdesk::bench
