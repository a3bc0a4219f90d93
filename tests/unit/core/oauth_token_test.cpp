#include "fixture.h"
#include "salesforce/oauth_token.h"

#include <gtest/gtest.h>

using namespace syncdesk;

TEST(OAuthToken, ReadsAnAuthorizationCodeGrant)
{
    const QByteArray body = readTestData("salesforce/restforce/auth_success_response.json");
    ASSERT_FALSE(body.isEmpty());
    const OAuthTokenResult result = parseOAuthTokenResponse(200, body);
    ASSERT_TRUE(std::holds_alternative<OAuthTokens>(result));
    const OAuthTokens &tokens = std::get<OAuthTokens>(result);
    EXPECT_TRUE(tokens.accessToken.startsWith("00Dx0000000BV7z!AR8AQ"));
    EXPECT_EQ(tokens.instanceUrl, QUrl(QStringLiteral("https://na1.salesforce.com")));
    EXPECT_EQ(tokens.orgId(), QStringLiteral("00Dx0000000BV7z"));
    EXPECT_EQ(tokens.userId(), QStringLiteral("005x00000012Q9P"));
    EXPECT_EQ(tokens.signature, QByteArray("0CmxinZir53Yex7nE0TD+zMpvIWYGb/bdJh6XfOH6EQ="));
    EXPECT_EQ(tokens.issuedAt.toMSecsSinceEpoch(), 1278448832702);
    EXPECT_EQ(tokens.issuedAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(tokens.tokenType, QStringLiteral("Bearer"));
    EXPECT_TRUE(tokens.refreshToken.isEmpty());
}

TEST(OAuthToken, ReadsEveryFieldOfAPkceGrant)
{
    const QByteArray body = R"({"access_token":"00D!tok","refresh_token":"refresh-861.test",
        "signature":"c2ln","scope":"refresh_token api","instance_url":"http://127.0.0.1:4123",
        "id":"http://127.0.0.1:4123/id/00D000000000001AAA/005000000000001AAA",
        "token_type":"Bearer","issued_at":"1700000000123"})";
    const OAuthTokenResult result = parseOAuthTokenResponse(200, body);
    ASSERT_TRUE(std::holds_alternative<OAuthTokens>(result));
    const OAuthTokens &tokens = std::get<OAuthTokens>(result);
    EXPECT_EQ(tokens.refreshToken, QByteArray("refresh-861.test"));
    EXPECT_EQ(tokens.scope, QStringLiteral("refresh_token api"));
    EXPECT_EQ(tokens.instanceUrl.port(), 4123);
    EXPECT_EQ(tokens.orgId(), QStringLiteral("00D000000000001AAA"));
}

TEST(OAuthToken, RefreshKeepsThePreviousRefreshToken)
{
    const QByteArray body = readTestData("salesforce/restforce/refresh_success_response.json");
    const OAuthTokenResult result = parseOAuthTokenResponse(200, body);
    ASSERT_TRUE(std::holds_alternative<OAuthTokens>(result));
    OAuthTokens previous;
    previous.accessToken = "old";
    previous.refreshToken = "keep-me";
    const OAuthTokens merged = mergeRefreshedTokens(previous, std::get<OAuthTokens>(result));
    EXPECT_EQ(merged.accessToken, QByteArray("refreshed_access_token"));
    EXPECT_EQ(merged.refreshToken, QByteArray("keep-me"));

    OAuthTokens rotated = std::get<OAuthTokens>(result);
    rotated.refreshToken = "rotated";
    EXPECT_EQ(mergeRefreshedTokens(previous, rotated).refreshToken, QByteArray("rotated"));
}

TEST(OAuthToken, ReadsTheOAuthErrorObject)
{
    const QByteArray body = readTestData("salesforce/restforce/auth_error_response.json");
    ASSERT_FALSE(body.isEmpty());
    const OAuthTokenResult result = parseOAuthTokenResponse(400, body);
    ASSERT_TRUE(std::holds_alternative<OAuthError>(result));
    const OAuthError &error = std::get<OAuthError>(result);
    EXPECT_EQ(error.error, QStringLiteral("invalid_grant"));
    EXPECT_EQ(error.description, QStringLiteral("authentication failure - Invalid Password"));
    EXPECT_EQ(error.httpStatus, 400);
    EXPECT_EQ(error.message(),
              QStringLiteral("invalid_grant: authentication failure - Invalid Password"));
}

TEST(OAuthToken, RefreshErrorIsAnError)
{
    const QByteArray body = readTestData("salesforce/restforce/refresh_error_response.json");
    const OAuthTokenResult result = parseOAuthTokenResponse(400, body);
    ASSERT_TRUE(std::holds_alternative<OAuthError>(result));
    EXPECT_EQ(std::get<OAuthError>(result).description,
              QStringLiteral("expired access/refresh token"));
}

TEST(OAuthToken, UnreadableAnswersAreErrorsNotTokens)
{
    const auto errorOf = [](int status, const QByteArray &body) {
        const OAuthTokenResult result = parseOAuthTokenResponse(status, body);
        EXPECT_TRUE(std::holds_alternative<OAuthError>(result)) << body.constData();
        return std::holds_alternative<OAuthError>(result) ? std::get<OAuthError>(result)
                                                          : OAuthError{};
    };
    EXPECT_EQ(errorOf(200, "<html>maintenance</html>").error,
              QStringLiteral("unreadable_response"));
    EXPECT_EQ(errorOf(200, "[]").error, QStringLiteral("unreadable_response"));
    EXPECT_EQ(errorOf(200, R"({"instance_url":"https://na1.salesforce.com"})").error,
              QStringLiteral("unreadable_response"));
    EXPECT_EQ(errorOf(200, R"({"access_token":"x","instance_url":"not a url"})").error,
              QStringLiteral("unreadable_response"));
    EXPECT_EQ(errorOf(503, "{}").error, QStringLiteral("http_503"));
}
