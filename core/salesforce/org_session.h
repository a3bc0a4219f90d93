#pragma once

#include "salesforce/oauth_token.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <functional>

class QNetworkAccessManager;

namespace syncdesk {

class OAuthTokenClient;

// A signed-in connection to one org: its tokens (in memory only), the requests
// that carry them, and the one refresh that a 401 calls for. Everything that
// calls the org's REST API goes through a session so the tokens live in one place.
class OrgSession : public QObject
{
    Q_OBJECT

public:
    static constexpr QStringView kApiVersion = u"v62.0";
    // The OAuthError::error of a refresh that could not be tried: no refresh token.
    static constexpr QStringView kNoRefreshToken = u"no_refresh_token";

    // Takes ownership of neither the network manager nor the token client.
    OrgSession(QNetworkAccessManager *network, OAuthTokenClient *tokenClient, OAuthTokens tokens,
               QObject *parent = nullptr);

    QNetworkAccessManager *network() const { return m_network; }
    QUrl instanceUrl() const { return m_tokens.instanceUrl; }
    QString orgId() const { return m_tokens.orgId(); }

    // {instance_url}/services/data/v62.0/{resource}
    QUrl restUrl(QStringView resource) const;

    // A request with the Bearer token and SyncDesk's client label, so the org's
    // event logs attribute our calls to us.
    QNetworkRequest authorizedRequest(const QUrl &url) const;

    // Refreshes the access token; calls that arrive while a refresh is under way
    // wait for the same one. `onDone(true)` when requests can be retried.
    void refreshAccessToken(std::function<void(bool refreshed)> onDone);

Q_SIGNALS:
    void accessTokenRefreshed();
    void refreshFailed(const syncdesk::OAuthError &error);

private:
    QNetworkAccessManager *m_network;
    OAuthTokenClient *m_tokenClient;
    OAuthTokens m_tokens;
    QList<std::function<void(bool)>> m_waitingForRefresh;
};

} // namespace syncdesk
