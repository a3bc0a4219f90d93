#include "salesforce/sandbox_sign_in.h"

#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace syncdesk;

TEST(SandboxSignInUrl, CarriesEveryAuthorizeParameter)
{
    const OAuthClientConfig config{QUrl(QStringLiteral("http://127.0.0.1:41234")),
                                   OAuthClientConfig::desktopClientId(),
                                   OAuthClientConfig::loopbackRedirectUri()};
    const QUrl url = SandboxSignIn::authorizeUrl(
        config, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", QStringLiteral("st4te-_~"));
    EXPECT_EQ(url.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(url.port(), 41234);
    EXPECT_EQ(url.path(), QStringLiteral("/services/oauth2/authorize"));

    const QUrlQuery query(url);
    const auto value = [&](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    EXPECT_EQ(value("response_type"), QStringLiteral("code"));
    EXPECT_EQ(value("client_id"), QStringLiteral("SyncDeskDesktop"));
    EXPECT_EQ(value("redirect_uri"), QStringLiteral("http://localhost:1717/OauthRedirect"));
    EXPECT_EQ(value("code_challenge"),
              QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    EXPECT_EQ(value("code_challenge_method"), QStringLiteral("S256"));
    EXPECT_EQ(value("scope"), QStringLiteral("api refresh_token"));
    EXPECT_EQ(value("state"), QStringLiteral("st4te-_~"));

    // On the wire the redirect URI is percent-encoded, as Salesforce's docs show it.
    EXPECT_TRUE(
        url.toEncoded().contains("redirect_uri=http%3A%2F%2Flocalhost%3A1717%2FOauthRedirect"));
}

TEST(SandboxSignInUrl, TokenAndAuthorizeUrlsSitOnTheLoginHost)
{
    const OAuthClientConfig config{QUrl(QStringLiteral("https://login.salesforce.com")),
                                   OAuthClientConfig::desktopClientId(),
                                   OAuthClientConfig::loopbackRedirectUri()};
    EXPECT_EQ(config.tokenUrl(),
              QUrl(QStringLiteral("https://login.salesforce.com/services/oauth2/token")));
    EXPECT_EQ(config.authorizeUrl(),
              QUrl(QStringLiteral("https://login.salesforce.com/services/oauth2/authorize")));
}
