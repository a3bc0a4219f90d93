// A headless engine for the kill test: signs in to a sandbox org, runs the real sync
// engine on its own thread until a cycle it asked for has finished with nothing left to
// send and the org's people read (a watermark for Contact and Lead), and reports
// its progress one line at a time so the test knows when to pull the plug.
//
//   engine_runner DATABASE SANDBOX_BASE_URL
//
// Lines: "signed-in", "status <state> pending=<n> activities=<n> failures=<n>", "done".
#include "salesforce/oauth_client_config.h"
#include "salesforce/oauth_token_client.h"
#include "salesforce/sandbox_sign_in.h"
#include "store/database.h"
#include "store/watermark_store.h"
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

// The engine says Idle before its first cycle too; the people are read once both objects
// have a watermark.
bool peopleRead(const QString &databasePath)
{
    const DatabaseConnection connection = Database::open(databasePath);
    if (!connection.ok())
        return false;
    const WatermarkStore watermarks(connection.db);
    return watermarks.watermark(u"Contact"_s) && watermarks.watermark(u"Lead"_s);
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
    bool cycleSeen = false;

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
                             if (status.state == EngineState::Syncing)
                                 cycleSeen = true;
                             if (!cycleSeen || status.state != EngineState::Idle)
                                 return;
                             if (nothingLeft(status) && peopleRead(databasePath)) {
                                 say(u"done"_s);
                                 QCoreApplication::exit(0);
                             } else {
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
