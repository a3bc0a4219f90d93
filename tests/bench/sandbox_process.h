#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace syncdesk::bench {

// A syncdesk-sandbox child that lives as long as this object: started with
// --port 0 --exit-with-stdin, it prints its base URL on the first line and
// exits when its standard input closes.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // False, with the reason in `error`, when it did not print a URL in time.
    bool start(const QString &program, const QStringList &extraArguments, QString *error);
    QString baseUrl() const { return m_baseUrl; }

private:
    QProcess m_process;
    QString m_baseUrl;
};

} // namespace syncdesk::bench
