// OAuth 2.0 against the org: web-server flow with PKCE, refresh, password,
// revoke, and session expiry, with Salesforce's own error shapes.
#include "org_under_test.h"

#include <QCryptographicHash>
#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString verifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString challenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s; // RFC 7636, App. B
const QString redirect = u"http://localhost:1717/OauthRedirect"_s;

QString authorizePath(const QString &redirectUri, const QString &codeChallenge)
{
    QUrlQuery query{{u"response_type"_s, u"code"_s},
                    {u"client_id"_s, u"SyncDeskTests"_s},
                    {u"redirect_uri"_s, redirectUri},
                    {u"code_challenge"_s, codeChallenge},
                    {u"code_challenge_method"_s, u"S256"_s},
                    {u"scope"_s, u"api refresh_token"_s},
                    {u"state"_s, u"xyz"_s}};
    return u"/services/oauth2/authorize?"_s + query.toString(QUrl::FullyEncoded);
}

QString codeFrom(const OrgUnderTest::Answer &answer)
{
    const QUrl location(QString::fromUtf8(answer.response.header("Location")));
    return QUrlQuery(location).queryItemValue(u"code"_s);
}

OrgUnderTest::Answer exchange(OrgUnderTest &org, const QString &code, const QString &codeVerifier)
{
    return org.token({{u"grant_type"_s, u"authorization_code"_s},
                      {u"code"_s, code},
                      {u"client_id"_s, u"SyncDeskTests"_s},
                      {u"redirect_uri"_s, redirect},
                      {u"code_verifier"_s, codeVerifier}});
}

} // namespace

TEST(SandboxOAuth, AuthorizeRedirectsToTheLoopbackWithCodeAndState)
{
    OrgUnderTest org;
    const auto answer = org.call("GET", authorizePath(redirect, challenge), {}, false);
    ASSERT_EQ(answer.status(), 302);
    const QUrl location(QString::fromUtf8(answer.response.header("Location")));
    EXPECT_EQ(location.host(), u"localhost"_s);
    EXPECT_EQ(location.path(), u"/OauthRedirect"_s);
    EXPECT_EQ(QUrlQuery(location).queryItemValue(u"state"_s), u"xyz"_s);
    EXPECT_FALSE(codeFrom(answer).isEmpty());
}

TEST(SandboxOAuth, CodeWithTheRightVerifierGivesTokensWithoutExpiresIn)
{
    OrgUnderTest org;
    const QString code = codeFrom(org.call("GET", authorizePath(redirect, challenge), {}, false));
    const auto tokens = exchange(org, code, verifier);
    ASSERT_EQ(tokens.status(), 200) << tokens.response.body.constData() << qPrintable(code);
    const QJsonObject body = tokens.object();
    for (const char *key : {"access_token", "refresh_token", "instance_url", "id", "token_type",
                            "issued_at", "signature", "scope"})
        EXPECT_TRUE(body.contains(QLatin1StringView(key))) << key;
    EXPECT_FALSE(body.contains(u"expires_in"_s));
    EXPECT_EQ(body[u"instance_url"_s].toString(), QString::fromLatin1(OrgUnderTest::instanceUrl));

    org.setAccessToken(body[u"access_token"_s].toString());
    EXPECT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 200);
}

TEST(SandboxOAuth, WrongVerifierIsRefusedAndTheCodeIsSpent)
{
    OrgUnderTest org;
    const QString code = codeFrom(org.call("GET", authorizePath(redirect, challenge), {}, false));
    const auto wrong = exchange(org, code, u"not-the-verifier-not-the-verifier-not-the-ver"_s);
    EXPECT_EQ(wrong.status(), 400);
    EXPECT_EQ(wrong.object()[u"error"_s].toString(), u"invalid_grant"_s);
    // A code is single-use, even after a failed exchange.
    EXPECT_EQ(exchange(org, code, verifier).object()[u"error"_s].toString(), u"invalid_grant"_s);
}

TEST(SandboxOAuth, NonLoopbackRedirectNeverReceivesACode)
{
    OrgUnderTest org;
    const auto answer =
        org.call("GET", authorizePath(u"https://evil.example.com/cb"_s, challenge), {}, false);
    EXPECT_EQ(answer.status(), 400);
    EXPECT_TRUE(answer.response.header("Location").isEmpty());
}

TEST(SandboxOAuth, RefreshGivesANewAccessTokenButNoNewRefreshToken)
{
    OrgUnderTest org;
    const QString code = codeFrom(org.call("GET", authorizePath(redirect, challenge), {}, false));
    const QString refreshToken =
        exchange(org, code, verifier).object()[u"refresh_token"_s].toString();
    const auto refreshed = org.token({{u"grant_type"_s, u"refresh_token"_s},
                                      {u"client_id"_s, u"SyncDeskTests"_s},
                                      {u"refresh_token"_s, refreshToken}});
    ASSERT_EQ(refreshed.status(), 200);
    EXPECT_FALSE(refreshed.object().contains(u"refresh_token"_s));
    EXPECT_FALSE(refreshed.object()[u"access_token"_s].toString().isEmpty());
}

TEST(SandboxOAuth, RevokingTheRefreshTokenEndsItsSessions)
{
    OrgUnderTest org;
    const QString code = codeFrom(org.call("GET", authorizePath(redirect, challenge), {}, false));
    const QJsonObject tokens = exchange(org, code, verifier).object();
    org.setAccessToken(tokens[u"access_token"_s].toString());
    const auto revoked =
        org.call("POST", u"/services/oauth2/revoke"_s,
                 "token=" + QUrl::toPercentEncoding(tokens[u"refresh_token"_s].toString()), false);
    EXPECT_EQ(revoked.status(), 200);
    EXPECT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 401);
    const auto refresh = org.token({{u"grant_type"_s, u"refresh_token"_s},
                                    {u"client_id"_s, u"SyncDeskTests"_s},
                                    {u"refresh_token"_s, tokens[u"refresh_token"_s].toString()}});
    EXPECT_EQ(refresh.json, loadFixture(u"restforce/refresh_error_response.json"_s));
}

TEST(SandboxOAuth, WrongPasswordAnswersLikeSalesforce)
{
    OrgUnderTest org;
    const auto answer = org.token({{u"grant_type"_s, u"password"_s},
                                   {u"client_id"_s, u"tests"_s},
                                   {u"username"_s, org.org().config().username},
                                   {u"password"_s, u"wrong"_s}});
    EXPECT_EQ(answer.status(), 400);
    EXPECT_EQ(answer.object()[u"error"_s].toString(), u"invalid_grant"_s);
    EXPECT_TRUE(shapeDifferences(loadFixture(u"restforce/auth_error_response.json"_s).object(),
                                 answer.object())
                    .isEmpty());
}

TEST(SandboxOAuth, IdleSessionExpiresWithInvalidSessionId)
{
    OrgUnderTest org;
    org.org().oauth().setSessionTimeout(600);
    EXPECT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 200);
    org.org().clock().advance(601);
    const auto expired = org.get(OrgUnderTest::data(u"limits"_s));
    EXPECT_EQ(expired.status(), 401);
    EXPECT_EQ(expired.json, loadFixture(u"restforce/expired_session_response.json"_s));
}

TEST(SandboxOAuth, UnsupportedGrantTypeIsAnOAuthError)
{
    OrgUnderTest org;
    const auto answer = org.token({{u"grant_type"_s, u"client_credentials"_s}});
    EXPECT_EQ(answer.status(), 400);
    EXPECT_EQ(answer.object()[u"error"_s].toString(), u"unsupported_grant_type"_s);
}

TEST(SandboxOAuth, IdentityUrlDescribesTheSignedInUserWithoutCounting)
{
    OrgUnderTest org;
    const QString id = org.token({{u"grant_type"_s, u"password"_s},
                                  {u"client_id"_s, u"tests"_s},
                                  {u"username"_s, org.org().config().username},
                                  {u"password"_s, org.org().config().password}})
                           .object()[u"id"_s]
                           .toString();
    const int before = org.used();
    const auto identity = org.get(QUrl(id).path());
    ASSERT_EQ(identity.status(), 200) << identity.response.body.constData();
    EXPECT_EQ(org.used(), before);
    EXPECT_EQ(identity.object()[u"organization_id"_s].toString(),
              org.org().oauth().identity().orgId);
    const QStringList differences = shapeDifferences(
        loadFixture(u"swiftlysalesforce/MockIdentity.json"_s).object(), identity.object());
    // The fixture's org has SOAP and Chatter URLs the sandbox does not serve.
    for (const QString &difference : differences)
        EXPECT_TRUE(difference.startsWith(u"$.urls."_s)) << qPrintable(difference);
    org.setAccessToken(u"bogus"_s);
    EXPECT_EQ(org.get(QUrl(id).path()).status(), 403);
}
