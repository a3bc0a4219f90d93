// syncdesk-sandbox: a local Salesforce-compatible org. See --help.
#include "server/command_line.h"
#include "server/sandbox_http_server.h"
#include "server/sandbox_org.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"syncdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    SandboxConfig config;
    QString error;
    if (!commandLine.parse(app.arguments(), &config, &error)) {
        err << "syncdesk-sandbox: " << error << "\nTry --help.\n";
        return 2;
    }
    if (commandLine.parser().isSet(u"help"_s)) {
        out << commandLine.helpText();
        return 0;
    }
    if (commandLine.parser().isSet(u"version"_s)) {
        out << "syncdesk-sandbox " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }

    SandboxOrg org(config);
    if (!org.open(&error)) {
        err << "syncdesk-sandbox: " << error << '\n';
        return 1;
    }
    SandboxHttpServer server(org);
    const quint16 port = server.listenOnLoopback(config.port);
    if (port == 0) {
        err << "syncdesk-sandbox: cannot listen on 127.0.0.1:" << config.port << '\n';
        return 1;
    }
    const QString baseUrl = u"http://127.0.0.1:"_s + QString::number(port);
    org.setInstanceUrl(baseUrl);
    // The first line is the contract with whoever started us: the URL alone.
    out << baseUrl << Qt::endl;

    std::unique_ptr<QSocketNotifier> stdinWatch;
    if (commandLine.exitWithStdin()) {
        stdinWatch = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(stdinWatch.get(), &QSocketNotifier::activated, &app, [&] {
            char buffer[256];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
                QCoreApplication::quit();
        });
    }
    return QCoreApplication::exec();
}
