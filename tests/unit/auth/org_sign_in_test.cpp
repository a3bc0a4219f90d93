// The browser sign-in with PKCE against the real sandbox org: the test plays the
// browser, SyncDesk's loopback server receives the code.
#include "auth/org_sign_out.h"
#include "salesforce/oauth_token_client.h"
#include "sandbox_sign_in_run.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Local addresses (as /proc/net/tcp{,6} spell them) of the sockets listening on `port`.
QStringList listeningAddresses(quint16 port)
{
    QStringList addresses;
    for (const QString &table : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A") // 0A: LISTEN
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            if (local.size() == 2 && local.at(1).toUInt(nullptr, 16) == port)
                addresses.append(QString::fromLatin1(local.at(0)));
        }
    }
    return addresses;
}

int statusOfGet(QNetworkAccessManager &network, const QUrl &url, const QByteArray &accessToken)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + accessToken);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(kWaitMs);
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

TEST(OrgSignIn, CompletesThePkceFlowKeepsTheRefreshTokenAndRevokesOnSignOut)
{
    SandboxSignInRun run;
    ASSERT_TRUE(run.startSandbox());
    run.prepare();

    QSignalSpy signedIn(run.signIn.get(), &OrgSignIn::signedIn);
    QSignalSpy failed(run.signIn.get(), &OrgSignIn::failed);
    run.signIn->start(run.request());
    ASSERT_TRUE(run.signIn->isRunning())
        << (failed.isEmpty() ? std::string() : failed.first().first().toString().toStdString());

    // The loopback server listens on 127.0.0.1 only, never on every address.
    const quint16 port = run.signIn->listenPort();
    ASSERT_NE(port, 0);
    EXPECT_EQ(listeningAddresses(port), QStringList{u"0100007F"_s});
    EXPECT_EQ(run.signIn->redirectUri(), QUrl(u"http://localhost:%1/OauthRedirect"_s.arg(port)));

    ASSERT_TRUE(QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, kWaitMs));
    ASSERT_TRUE(failed.isEmpty()) << failed.first().first().toString().toStdString();
    const auto tokens = signedIn.first().first().value<OAuthTokens>();

    // What the browser was sent to: the org's authorize page with a PKCE challenge.
    const QUrlQuery asked(run.browser->authorizeUrl());
    EXPECT_EQ(run.browser->authorizeUrl().path(), u"/services/oauth2/authorize"_s);
    EXPECT_EQ(asked.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    EXPECT_EQ(asked.queryItemValue(u"code_challenge"_s).size(), 43);
    EXPECT_EQ(asked.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"api refresh_token"_s);
    EXPECT_EQ(asked.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
              u"http://localhost:%1/OauthRedirect"_s.arg(port));
    EXPECT_EQ(run.browser->landingStatus(), 200);

    // The grant: no expires_in from Salesforce, and instance_url is the API base.
    EXPECT_FALSE(tokens.accessToken.isEmpty());
    EXPECT_FALSE(tokens.refreshToken.isEmpty());
    EXPECT_EQ(tokens.instanceUrl.host(), u"127.0.0.1"_s);
    EXPECT_EQ(tokens.instanceUrl.port(), run.sandbox.baseUrl().port());
    ASSERT_FALSE(tokens.orgId().isEmpty());

    // The refresh token is in the secret store under the connection's key; the
    // loopback server has closed.
    const QString key = SecretStore::refreshTokenKey(tokens.orgId(), tokens.userId());
    ASSERT_TRUE(run.secrets.contains(key));
    EXPECT_TRUE(run.secrets.value(key) == tokens.refreshToken); // no token in test output
    EXPECT_FALSE(run.signIn->isRunning());
    EXPECT_TRUE(QTest::qWaitFor([&] { return listeningAddresses(port).isEmpty(); }, kWaitMs));

    const QUrl limits = tokens.instanceUrl.resolved(QUrl(u"/services/data/v62.0/limits"_s));
    EXPECT_EQ(statusOfGet(run.network, limits, tokens.accessToken), 200);

    // Sign-out revokes at the org and forgets the token locally.
    OrgSignOut signOut(&run.network, &run.secrets);
    std::optional<SignOutResult> outcome;
    signOut.signOut(tokens, [&](const SignOutResult &result) { outcome = result; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, kWaitMs));
    EXPECT_TRUE(outcome->revoked) << outcome->message.toStdString();
    EXPECT_TRUE(outcome->forgotten) << outcome->message.toStdString();
    EXPECT_FALSE(run.secrets.contains(key));

    OAuthTokenClient tokenClient(&run.network, {run.sandbox.baseUrl(), u"SyncDeskDesktop"_s, {}});
    std::optional<OAuthTokenResult> refreshed;
    tokenClient.refreshAccessToken(tokens.refreshToken,
                                   [&](const OAuthTokenResult &result) { refreshed = result; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.has_value(); }, kWaitMs));
    const auto *refusal = std::get_if<OAuthError>(&*refreshed);
    ASSERT_NE(refusal, nullptr);
    EXPECT_EQ(refusal->error, u"invalid_grant"_s);
    EXPECT_EQ(statusOfGet(run.network, limits, tokens.accessToken), 401);
}

TEST(OrgSignIn, RefusesARedirectCarryingAnotherState)
{
    SandboxSignInRun run;
    ASSERT_TRUE(run.startSandbox());
    run.prepare([](const QUrl &redirect) {
        QUrl forged = redirect;
        QUrlQuery query(forged);
        query.removeAllQueryItems(u"state"_s);
        query.addQueryItem(u"state"_s, u"forged-by-another-page"_s);
        forged.setQuery(query);
        return forged;
    });
    QString failure;
    const auto tokens = run.run(&failure);
    EXPECT_FALSE(tokens.has_value());
    EXPECT_TRUE(failure.contains(u"wrong state"_s)) << failure.toStdString();
    EXPECT_FALSE(run.signIn->isRunning());
    // Nothing reached the store, and no token request was made with the code.
    EXPECT_FALSE(run.browser->redirect().isEmpty());
    EXPECT_TRUE(QUrlQuery(run.browser->redirect()).hasQueryItem(u"code"_s));
}

TEST(OrgSignIn, ReportsTheOrgsRefusalOfTheCode)
{
    SandboxSignInRun run;
    ASSERT_TRUE(run.startSandbox());
    // A code the org never issued: the token endpoint answers 400 invalid_grant,
    // which Qt 6.4's own handler would only log.
    run.prepare([](const QUrl &redirect) {
        QUrl changed = redirect;
        QUrlQuery query(changed);
        query.removeAllQueryItems(u"code"_s);
        query.addQueryItem(u"code"_s, u"aPrxNotACodeTheOrgIssued"_s);
        changed.setQuery(query);
        return changed;
    });
    QString failure;
    EXPECT_FALSE(run.run(&failure).has_value());
    EXPECT_TRUE(failure.contains(u"invalid_grant"_s)) << failure.toStdString();
}

TEST(OrgSignIn, SaysSoWhenTheRedirectPortIsTaken)
{
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost, 0));
    QNetworkAccessManager network;
    InMemorySecretStore secrets;
    bool browserOpened = false;
    OrgSignIn signIn(&network, &secrets, [&](const QUrl &) { browserOpened = true; });
    QSignalSpy failed(&signIn, &OrgSignIn::failed);
    OrgSignIn::Request request;
    request.loginHost = LoginHost::production();
    request.consumerKey = u"3MVG9-consumer-key"_s;
    request.redirectPort = occupant.serverPort();
    signIn.start(request);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().first().toString().contains(QString::number(occupant.serverPort())));
    EXPECT_FALSE(browserOpened);
    EXPECT_FALSE(signIn.isRunning());
}

TEST(OrgSignIn, NeedsAConsumerKey)
{
    QNetworkAccessManager network;
    InMemorySecretStore secrets;
    OrgSignIn signIn(&network, &secrets, [](const QUrl &) {});
    QSignalSpy failed(&signIn, &OrgSignIn::failed);
    OrgSignIn::Request request;
    request.consumerKey = u"  "_s;
    request.redirectPort = 0;
    signIn.start(request);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_FALSE(signIn.isRunning());
}
