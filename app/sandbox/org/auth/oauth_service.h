#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <variant>

namespace syncdesk::sandbox {

// An OAuth failure as Salesforce's token endpoint reports it (an object, not the
// REST error array): {"error":"invalid_grant","error_description":"..."}.
struct OAuthError
{
    QString error;
    QString description;
    QJsonObject toJson() const;
};

struct OAuthIdentity
{
    QString orgId;    // 18-character 00D id
    QString userId;   // 18-character 005 id
    QString username; // for the password flow
    QString password;
};

// The org's OAuth 2.0 authority: authorization codes with PKCE (S256), access
// and refresh tokens, the password flow for local tests, and revocation.
// Access tokens expire after a period without use, like a Salesforce session
// timeout; a refresh token lives until revoked.
class OAuthService
{
public:
    explicit OAuthService(OAuthIdentity identity);

    void setSessionTimeout(qint64 seconds) { m_sessionTimeoutSeconds = seconds; }
    qint64 sessionTimeout() const { return m_sessionTimeoutSeconds; }
    const OAuthIdentity &identity() const { return m_identity; }

    // Issues a single-use code for an approved authorization request.
    std::variant<QString, OAuthError> authorize(const QString &clientId, const QString &redirectUri,
                                                const QString &codeChallenge,
                                                const QString &challengeMethod,
                                                const QString &scope, const QDateTime &now);

    // Token grants; `instanceUrl` is the base the org serves its API from.
    using Grant = std::variant<QJsonObject, OAuthError>;
    Grant exchangeCode(const QString &code, const QString &clientId, const QString &redirectUri,
                       const QString &codeVerifier, const QString &instanceUrl,
                       const QDateTime &now);
    Grant refresh(const QString &refreshToken, const QString &clientId, const QString &instanceUrl,
                  const QDateTime &now);
    Grant password(const QString &username, const QString &password, const QString &clientId,
                   const QString &instanceUrl, const QDateTime &now);

    // Revokes an access or refresh token; revoking a refresh token ends every
    // access token issued from it. False when the token is unknown.
    bool revoke(const QString &token);

    // True, and the session kept alive, when `accessToken` is valid at `now`.
    bool authenticate(const QString &accessToken, const QDateTime &now);
    // The OAuth client (consumer key) a valid access token was issued to; empty if none.
    QString clientIdOf(const QString &accessToken) const;
    // Ends every session at once (a test control: "expired sessions").
    void expireAllSessions();
    void reset();

private:
    struct PendingCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
        QDateTime issuedAt;
    };
    struct Session
    {
        QString refreshToken; // empty for the password flow
        QDateTime lastUsed;
        QString clientId; // the connected app: who the event log says made the calls
    };
    struct RefreshGrant
    {
        QString scope;
        QString clientId;
    };
    QJsonObject issueTokens(const QString &refreshToken, const QString &scope,
                            const QString &clientId, const QString &instanceUrl,
                            const QDateTime &now);
    QString newAccessToken() const;

    OAuthIdentity m_identity;
    qint64 m_sessionTimeoutSeconds = 2 * 60 * 60;
    QHash<QString, PendingCode> m_codes;
    QHash<QString, Session> m_sessions;           // by access token
    QHash<QString, RefreshGrant> m_refreshTokens; // refresh token -> what it was granted for
};

} // namespace syncdesk::sandbox
