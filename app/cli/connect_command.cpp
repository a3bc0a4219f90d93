// `syncdesk-cli connect` and `disconnect`: signing in to an org from a terminal, and out.
#include "auth/org_sign_in.h"
#include "auth/org_sign_out.h"
#include "auth/saved_connection.h"
#include "cli_commands.h"
#include "cli_context.h"
#include "org_setup_report.h"
#include "salesforce/oauth_client_config.h"
#include "salesforce/org_session.h"
#include "secrets/app_secret_store.h"
#include "store/connection_store.h"
#include "stored_sign_in.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ConnectCommand", text, disambiguation, n);
}

} // namespace

int runConnect(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli connect --login-url URL: signs in to a Salesforce org. Prints the "
           "authorization address to open in a browser and waits for the org's answer on a "
           "loopback address. A local sandbox org (http://127.0.0.1:PORT) approves by "
           "itself, and the CLI follows the address on its own. The refresh token goes to "
           "the OS keychain."));
    const QCommandLineOption loginUrl(
        u"login-url"_s,
        tr("https://login.salesforce.com, https://test.salesforce.com, your My Domain, or "
           "a sandbox org's address."),
        u"url"_s);
    const QCommandLineOption clientId(u"client-id"_s,
                                      tr("The consumer key of the org's app for SyncDesk."),
                                      u"id"_s, OAuthClientConfig::desktopClientId());
    const QCommandLineOption switchOrg(
        u"switch-org"_s,
        tr("When this data folder syncs with another org: start its workspace over with this "
           "one (every link with the old org, its watermarks and failures are forgotten; local "
           "records, their waiting changes and activities stay)."));
    parser.addOptions({loginUrl, clientId, switchOrg});
    if (const auto stop = context.parse(parser, args))
        return *stop;
    if (!parser.isSet(loginUrl))
        return context.fail(ExitUsage, tr("connect needs --login-url URL."));
    QString error;
    const std::optional<LoginHost> loginHost = LoginHost::fromText(parser.value(loginUrl), &error);
    if (!loginHost)
        return context.fail(ExitInvalidInput, error);
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;

    const bool localOrg = loginHost->kind() == LoginHost::Kind::LocalSandboxOrg;
    QNetworkAccessManager network;
    const std::unique_ptr<SecretStore> secrets = openAppSecretStore();
    QTextStream &out = context.out();
    OrgSignIn signIn(&network, secrets.get(), [&](const QUrl &url) {
        out << tr("Open this address in a browser to sign in:") << u"\n  "_s
            << url.toString(QUrl::FullyEncoded) << u'\n';
        out.flush();
        if (localOrg) {
            // The sandbox org approves at once: its answer redirects to our loopback address.
            QNetworkReply *reply = network.get(QNetworkRequest(url));
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        }
    });
    OrgSignIn::Request request;
    request.loginHost = *loginHost;
    request.consumerKey = parser.value(clientId);
    request.redirectPort = localOrg ? 0 : OrgSignIn::kRegisteredRedirectPort;

    QEventLoop loop;
    std::optional<OAuthTokens> tokens;
    QString failure;
    QObject::connect(&signIn, &OrgSignIn::signedIn, &loop, [&](const OAuthTokens &granted) {
        tokens = granted;
        loop.quit();
    });
    QObject::connect(&signIn, &OrgSignIn::failed, &loop, [&](const QString &reason) {
        failure = reason;
        loop.quit();
    });
    signIn.start(request);
    if (signIn.isRunning()) {
        out << tr("Waiting for the sign-in on %1 ...").arg(signIn.redirectUri().toString())
            << Qt::endl;
        loop.exec();
    }
    if (!tokens)
        return context.fail(ExitRemote, tr("The sign-in failed: %1").arg(failure));
    if (!saveSignedInConnection(*db, *tokens, *loginHost, parser.value(clientId), &error,
                                parser.isSet(switchOrg)))
        return context.fail(ExitNoData,
                            tr("Signed in, but cannot save the connection: %1").arg(error));
    out << tr("Connected to %1 (org %2).").arg(tokens->instanceUrl.toString(), tokens->orgId())
        << Qt::endl;

    // A new org is checked at once: without SyncDesk's fields every upsert would fail.
    const SalesforceResult<OrgSetupReport> setup =
        checkOrgSetup(*db, *tokens, clientConfigFor(*ConnectionStore(*db).active()));
    if (const auto *report = std::get_if<OrgSetupReport>(&setup))
        printOrgSetupReport(out, *report);
    else
        out << tr("Could not check the org's set-up now (%1): run 'syncdesk-cli doctor' later.")
                   .arg(std::get<SalesforceError>(setup).summary())
            << Qt::endl;
    return ExitOk;
}

int runDisconnect(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli disconnect: revokes SyncDesk's token at the org, deletes it from the "
           "keychain and forgets the connection. The local workspace stays."));
    if (const auto stop = context.parse(parser, args))
        return *stop;
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;
    ConnectionStore connections(*db);
    const std::optional<OrgConnection> active = connections.active();
    if (!active)
        return context.fail(ExitNoData, tr("Not connected to an org."));

    QNetworkAccessManager network;
    const std::unique_ptr<SecretStore> secrets = openAppSecretStore();
    OAuthTokens tokens;
    const SecretResult stored = readStoredTokens(*secrets, *active, &tokens);
    QEventLoop loop;

    int code = ExitOk;
    QTextStream &out = context.out();
    if (stored.ok()) {
        OrgSignOut signOut(&network, secrets.get());
        SignOutResult result;
        signOut.signOut(tokens, [&](const SignOutResult &done) {
            result = done;
            loop.quit();
        });
        loop.exec();
        if (result.revoked)
            out << tr("The org revoked SyncDesk's token.") << u'\n';
        if (!result.revoked || !result.forgotten) {
            context.err() << result.message << Qt::endl;
            code = ExitRemote;
        }
    } else if (stored.status == SecretResult::Status::NotFound) {
        out << tr("The keychain holds no token for this connection: nothing to revoke.") << u'\n';
    } else {
        context.err() << stored.message << Qt::endl;
        code = ExitRemote;
    }
    if (!connections.remove(active->id))
        return context.fail(ExitNoData,
                            tr("Cannot forget the connection: %1").arg(connections.lastError()));
    out << tr("Disconnected from %1.").arg(active->instanceUrl.toString()) << Qt::endl;
    return code;
}

} // namespace syncdesk::cli
