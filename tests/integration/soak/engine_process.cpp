#include "engine_process.h"

#include <QDateTime>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::soak {

EngineProcess::EngineProcess(QString cliProgram, QString dataDir)
    : m_program(std::move(cliProgram))
    , m_dataDir(std::move(dataDir))
    , m_log(QDir(m_dataDir).filePath(u"engine.log"_s))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { collect(); });
    QObject::connect(
        &m_process, &QProcess::finished, &m_process, [this](int code, QProcess::ExitStatus status) {
            collect();
            if (m_endingOnPurpose)
                return;
            ++m_selfExits;
            m_lastSelfExit = u"exit %1%2: %3"_s.arg(code)
                                 .arg(status == QProcess::CrashExit ? u" (crashed)"_s : QString())
                                 .arg(m_lastLine);
        });
}

EngineProcess::~EngineProcess()
{
    if (isRunning())
        kill();
}

void EngineProcess::start()
{
    if (isRunning())
        return;
    if (!m_log.isOpen())
        m_log.open(QIODevice::Append);
    m_endingOnPurpose = false;
    m_log.write("---- start\n");
    m_process.start(m_program, {u"--data-dir"_s, m_dataDir, u"sync"_s});
    m_process.waitForStarted(10'000);
    m_sinceStart.start();
    ++m_starts;
}

void EngineProcess::kill()
{
    m_endingOnPurpose = true;
    m_process.kill();
    m_process.waitForFinished(10'000);
    m_killedAtMs.append(QDateTime::currentMSecsSinceEpoch());
    m_log.write("---- SIGKILL\n");
}

bool EngineProcess::stop()
{
    m_endingOnPurpose = true;
    m_process.terminate();
    const bool stopped = m_process.waitForFinished(30'000);
    if (!stopped)
        kill();
    m_log.write("---- stopped\n");
    return stopped;
}

QStringList EngineProcess::takeLines()
{
    collect();
    return std::exchange(m_lines, {});
}

void EngineProcess::collect()
{
    const QByteArray data = m_process.readAllStandardOutput();
    if (data.isEmpty())
        return;
    m_log.write(data);
    m_log.flush();
    m_partial += data;
    qsizetype end = 0;
    while ((end = m_partial.indexOf('\n')) >= 0) {
        m_lines.append(QString::fromUtf8(m_partial.left(end)));
        if (!m_lines.last().trimmed().isEmpty())
            m_lastLine = m_lines.last();
        m_partial.remove(0, end + 1);
    }
}

} // namespace syncdesk::soak
