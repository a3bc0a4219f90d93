#include "cli_run.h"

#include <QProcess>
#include <QSignalSpy>

namespace syncdesk::test {

CliResult runCli(const QString &dataDir, const QStringList &args,
                 const QProcessEnvironment &environment, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SYNCDESK_CLI_BIN),
                  QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    if (!process.waitForStarted(10'000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (finished.isEmpty() && !finished.wait(60'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace syncdesk::test
