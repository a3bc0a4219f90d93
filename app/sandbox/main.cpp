// syncdesk-sandbox: a local Salesforce-compatible org. See --help.
#include "server/command_line.h"
#include "server/sandbox_http_server.h"
#include "server/sandbox_org.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

// SIGTERM and SIGINT end the event loop normally, so a state file (--db) gets
// its last changes written. Signal handlers may only write to a socket; the
// event loop does the rest.
std::unique_ptr<QSocketNotifier> quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return nullptr;
    auto notifier = std::make_unique<QSocketNotifier>(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(notifier.get(), &QSocketNotifier::activated, &app, [] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    return notifier;
}

} // namespace

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

    const auto signalWatch = quitOnTerminationSignals(app);
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
