#include "salesforce/org_session.h"

#include "salesforce/oauth_token_client.h"

#include <QPointer>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kApiRequestTimeoutMs = 60'000;
} // namespace

OrgSession::OrgSession(QNetworkAccessManager *network, OAuthTokenClient *tokenClient,
                       OAuthTokens tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokenClient(tokenClient)
    , m_tokens(std::move(tokens))
{}

QUrl OrgSession::restUrl(QStringView resource) const
{
    QUrl url = m_tokens.instanceUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    path += u"/services/data/"_s + kApiVersion + u'/' + resource;
    url.setPath(path);
    return url;
}

QNetworkRequest OrgSession::authorizedRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken);
    request.setRawHeader("Sforce-Call-Options", "client=SyncDesk");
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kApiRequestTimeoutMs);
    return request;
}

void OrgSession::refreshAccessToken(std::function<void(bool refreshed)> onDone)
{
    if (m_tokens.refreshToken.isEmpty()) {
        const OAuthError error{kNoRefreshToken.toString(),
                               u"the org granted no refresh token; sign in again"_s, 0};
        Q_EMIT refreshFailed(error);
        onDone(false);
        return;
    }
    m_waitingForRefresh.append(std::move(onDone));
    if (m_waitingForRefresh.size() > 1)
        return;

    QPointer<OrgSession> self(this);
    m_tokenClient->refreshAccessToken(m_tokens.refreshToken, [self](
                                                                 const OAuthTokenResult &result) {
        if (!self)
            return;
        const bool refreshed = std::holds_alternative<OAuthTokens>(result);
        if (refreshed)
            self->m_tokens = mergeRefreshedTokens(self->m_tokens, std::get<OAuthTokens>(result));
        const QList<std::function<void(bool)>> waiting =
            std::exchange(self->m_waitingForRefresh, {});
        if (refreshed)
            Q_EMIT self->accessTokenRefreshed();
        else
            Q_EMIT self->refreshFailed(std::get<OAuthError>(result));
        for (const auto &callback : waiting)
            callback(refreshed);
    });
}

} // namespace syncdesk
