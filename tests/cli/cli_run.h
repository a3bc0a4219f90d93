#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace syncdesk::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs syncdesk-cli with --data-dir `dataDir` and `args`, while this thread's event loop
// keeps running (a sandbox child of the test needs it), and returns what it printed.
// `input` is written to its standard input, which is then closed.
CliResult runCli(const QString &dataDir, const QStringList &args,
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                 const QByteArray &input = {});

} // namespace syncdesk::test
