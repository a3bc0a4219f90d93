#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <variant>

namespace syncdesk {

// What the token endpoint grants. Salesforce sends no `expires_in`: the access
// token lives until the org's session timeout, and a 401 says it is time to refresh.
// Held in memory or in the keychain only; never logged, never written to the database.
struct OAuthTokens
{
    QByteArray accessToken;
    QByteArray refreshToken; // empty when the grant did not include one
    QUrl instanceUrl;        // the API base for this org: always use it, not the login host
    QUrl identityUrl;        // `id`: https://login.salesforce.com/id/<orgId>/<userId>
    QString tokenType;
    QDateTime issuedAt;
    QByteArray signature;
    QString scope;

    QString orgId() const;
    QString userId() const;
};

// The token endpoint's refusal: `{"error":"invalid_grant","error_description":"..."}`,
// or a description of an answer that could not be read.
struct OAuthError
{
    QString error;
    QString description;
    int httpStatus = 0;

    QString message() const;
};

using OAuthTokenResult = std::variant<OAuthTokens, OAuthError>;

OAuthTokenResult parseOAuthTokenResponse(int httpStatus, const QByteArray &body);

// A refresh grant usually returns no refresh token: keep the one we had.
OAuthTokens mergeRefreshedTokens(const OAuthTokens &previous, const OAuthTokens &refreshed);

} // namespace syncdesk
