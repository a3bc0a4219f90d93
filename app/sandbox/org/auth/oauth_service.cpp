#include "auth/oauth_service.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 codeLifetimeSeconds = 15 * 60;

QString randomToken(int length)
{
    static const QString alphabet =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._"_s;
    QString token(length, u'x');
    auto *random = QRandomGenerator::system();
    for (QChar &c : token)
        c = alphabet.at(random->bounded(alphabet.size()));
    return token;
}

QString s256(const QString &verifier)
{
    const QByteArray digest =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isLoopbackRedirect(const QString &redirectUri)
{
    const QUrl url(redirectUri, QUrl::StrictMode);
    const QString host = url.host();
    return url.isValid() && url.scheme() == u"http"_s &&
           (host == u"localhost"_s || host == u"127.0.0.1"_s || host == u"::1"_s);
}

} // namespace

QJsonObject OAuthError::toJson() const
{
    return QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}};
}

OAuthService::OAuthService(OAuthIdentity identity)
    : m_identity(std::move(identity))
{}

std::variant<QString, OAuthError>
OAuthService::authorize(const QString &clientId, const QString &redirectUri,
                        const QString &codeChallenge, const QString &challengeMethod,
                        const QString &scope, const QDateTime &now)
{
    if (clientId.isEmpty())
        return OAuthError{u"invalid_client_id"_s, u"client identifier invalid"_s};
    // The sandbox approves only desktop-style loopback redirects: it must never
    // hand a code to another machine.
    if (!isLoopbackRedirect(redirectUri))
        return OAuthError{u"redirect_uri_mismatch"_s, u"redirect_uri must match configuration"_s};
    if (!codeChallenge.isEmpty() && challengeMethod != u"S256"_s)
        return OAuthError{u"invalid_request"_s, u"unsupported code_challenge_method"_s};
    const QString code = u"aPrx"_s + randomToken(40);
    m_codes.insert(code, PendingCode{clientId, redirectUri, codeChallenge, scope, now});
    return code;
}

OAuthService::Grant OAuthService::exchangeCode(const QString &code, const QString &clientId,
                                               const QString &redirectUri,
                                               const QString &codeVerifier,
                                               const QString &instanceUrl, const QDateTime &now)
{
    // A code is used once, whatever the outcome, as Salesforce does.
    const auto pending = m_codes.take(code);
    if (pending.clientId.isEmpty() || pending.issuedAt.secsTo(now) > codeLifetimeSeconds)
        return OAuthError{u"invalid_grant"_s, u"invalid authorization code"_s};
    if (pending.clientId != clientId)
        return OAuthError{u"invalid_client_id"_s, u"client identifier invalid"_s};
    if (pending.redirectUri != redirectUri)
        return OAuthError{u"redirect_uri_mismatch"_s, u"redirect_uri must match configuration"_s};
    if (!pending.challenge.isEmpty() && s256(codeVerifier) != pending.challenge)
        return OAuthError{u"invalid_grant"_s, u"invalid code verifier"_s};

    const bool wantsRefresh =
        pending.scope.split(u' ').contains(u"refresh_token"_s) || pending.scope.isEmpty();
    QString refreshToken;
    if (wantsRefresh) {
        refreshToken = u"5Aep8"_s + randomToken(80);
        m_refreshTokens.insert(refreshToken, RefreshGrant{pending.scope, clientId});
    }
    return issueTokens(refreshToken,
                       pending.scope.isEmpty() ? u"api refresh_token"_s : pending.scope, clientId,
                       instanceUrl, now);
}

OAuthService::Grant OAuthService::refresh(const QString &refreshToken, const QString &clientId,
                                          const QString &instanceUrl, const QDateTime &now)
{
    if (clientId.isEmpty())
        return OAuthError{u"invalid_client_id"_s, u"client identifier invalid"_s};
    auto grant = m_refreshTokens.constFind(refreshToken);
    if (grant == m_refreshTokens.constEnd())
        return OAuthError{u"invalid_grant"_s, u"expired access/refresh token"_s};
    // No rotation: the response carries no new refresh token (see SALESFORCE.md).
    QJsonObject tokens = issueTokens(refreshToken, grant->scope, grant->clientId, instanceUrl, now);
    tokens.remove(u"refresh_token"_s);
    return tokens;
}

OAuthService::Grant OAuthService::password(const QString &username, const QString &password,
                                           const QString &clientId, const QString &instanceUrl,
                                           const QDateTime &now)
{
    if (clientId.isEmpty())
        return OAuthError{u"invalid_client_id"_s, u"client identifier invalid"_s};
    if (username.compare(m_identity.username, Qt::CaseInsensitive) != 0 ||
        password != m_identity.password)
        return OAuthError{u"invalid_grant"_s, u"authentication failure"_s};
    return issueTokens({}, u"api"_s, clientId, instanceUrl, now);
}

QJsonObject OAuthService::issueTokens(const QString &refreshToken, const QString &scope,
                                      const QString &clientId, const QString &instanceUrl,
                                      const QDateTime &now)
{
    const QString accessToken = newAccessToken();
    m_sessions.insert(accessToken, Session{refreshToken, now, clientId});

    const QString id = instanceUrl + u"/id/"_s + m_identity.orgId + u'/' + m_identity.userId;
    const QString issuedAt = QString::number(now.toMSecsSinceEpoch());
    // Salesforce signs id + issued_at with the consumer secret; the sandbox has
    // no consumer secrets, so it signs with its org id.
    const QByteArray signature = QMessageAuthenticationCode::hash(
        (id + issuedAt).toUtf8(), m_identity.orgId.toUtf8(), QCryptographicHash::Sha256);

    QJsonObject tokens{{u"access_token"_s, accessToken},
                       {u"signature"_s, QString::fromLatin1(signature.toBase64())},
                       {u"scope"_s, scope},
                       {u"instance_url"_s, instanceUrl},
                       {u"id"_s, id},
                       {u"token_type"_s, u"Bearer"_s},
                       {u"issued_at"_s, issuedAt}};
    if (!refreshToken.isEmpty())
        tokens.insert(u"refresh_token"_s, refreshToken);
    return tokens;
}

QString OAuthService::newAccessToken() const
{
    // Salesforce's shape: the 15-character org id, '!', then opaque characters.
    return m_identity.orgId.left(15) + u'!' + randomToken(96);
}

bool OAuthService::revoke(const QString &token)
{
    if (m_sessions.remove(token))
        return true;
    if (!m_refreshTokens.remove(token))
        return false;
    m_sessions.removeIf([&](const auto &session) { return session.value().refreshToken == token; });
    return true;
}

bool OAuthService::authenticate(const QString &accessToken, const QDateTime &now)
{
    auto session = m_sessions.find(accessToken);
    if (session == m_sessions.end())
        return false;
    if (session->lastUsed.secsTo(now) > m_sessionTimeoutSeconds) {
        m_sessions.erase(session);
        return false;
    }
    session->lastUsed = now;
    return true;
}

QString OAuthService::clientIdOf(const QString &accessToken) const
{
    return m_sessions.value(accessToken).clientId;
}

void OAuthService::expireAllSessions()
{
    m_sessions.clear();
}

void OAuthService::reset()
{
    m_codes.clear();
    m_sessions.clear();
    m_refreshTokens.clear();
}

} // namespace syncdesk::sandbox
