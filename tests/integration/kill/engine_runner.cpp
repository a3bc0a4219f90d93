// A headless engine for the kill test: signs in to a sandbox org, runs the real sync
// engine on its own thread until the workspace has nothing left to send, and reports
// its progress one line at a time so the test knows when to pull the plug.
//
//   engine_runner DATABASE SANDBOX_BASE_URL
//
// Lines: "signed-in", "status <state> pending=<n> activities=<n> failures=<n>", "done".
#include "salesforce/oauth_client_config.h"
#include "salesforce/oauth_token_client.h"
#include "salesforce/sandbox_sign_in.h"
#include "store/database.h"
#include "sync/sync_engine.h"
#include "sync/sync_engine_thread.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <cstdio>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

void say(const QString &line)
{
    // Unbuffered, so a line is out before a SIGKILL can arrive.
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

bool nothingLeft(const EngineStatus &status)
{
    return status.state == EngineState::Idle && status.pendingChanges == 0 &&
           status.pendingActivities == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: engine_runner DATABASE SANDBOX_BASE_URL\n", stderr);
        return 2;
    }
    const QString databasePath = args.at(1);
    const QUrl baseUrl(args.at(2));
    {
        // Migrates the file before the engine's thread opens its own connection.
        const DatabaseConnection connection = Database::open(databasePath);
        if (!connection.ok()) {
            std::fputs(qPrintable(connection.error->message + u'\n'), stderr);
            return 1;
        }
    }

    QNetworkAccessManager network;
    const OAuthClientConfig config{baseUrl, OAuthClientConfig::desktopClientId(),
                                   OAuthClientConfig::loopbackRedirectUri()};
    OAuthTokenClient tokenClient(&network, config);
    SandboxSignIn signIn(&network, &tokenClient);
    std::unique_ptr<SyncEngineThread> engine;

    QObject::connect(&signIn, &SandboxSignIn::failed, &app, [](const QString &reason) {
        std::fputs(qPrintable(u"sign-in failed: "_s + reason + u'\n'), stderr);
        QCoreApplication::exit(1);
    });
    QObject::connect(&signIn, &SandboxSignIn::signedIn, &app, [&](const OAuthTokens &tokens) {
        say(u"signed-in"_s);
        SyncEngineOptions options;
        options.databasePath = databasePath;
        options.oauth = config;
        options.tokens = tokens;
        options.refreshLimits = false;
        engine = std::make_unique<SyncEngineThread>(options);
        QObject::connect(engine.get(), &SyncControl::statusChanged, &app,
                         [&](const EngineStatus &status) {
                             say(u"status %1 pending=%2 activities=%3 failures=%4"_s
                                     .arg(engineStateName(status.state))
                                     .arg(status.pendingChanges)
                                     .arg(status.pendingActivities)
                                     .arg(status.failures));
                             if (nothingLeft(status)) {
                                 say(u"done"_s);
                                 QCoreApplication::exit(0);
                             } else if (status.state == EngineState::Idle) {
                                 engine->syncNow();
                             }
                         });
        engine->syncNow();
    });
    signIn.start();
    const int code = QCoreApplication::exec();
    engine.reset();
    return code;
}
