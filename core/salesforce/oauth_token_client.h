#pragma once

#include "salesforce/oauth_client_config.h"
#include "salesforce/oauth_token.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <utility>

class QNetworkAccessManager;

namespace syncdesk {

// Talks to an org's token endpoint: exchanges an authorization code, refreshes an
// access token. Asynchronous; each call hands its result to its own callback,
// which is dropped if this object is destroyed first.
class OAuthTokenClient : public QObject
{
    Q_OBJECT

public:
    using ResultHandler = std::function<void(const OAuthTokenResult &)>;

    OAuthTokenClient(QNetworkAccessManager *network, OAuthClientConfig config,
                     QObject *parent = nullptr);

    const OAuthClientConfig &config() const { return m_config; }

    void exchangeAuthorizationCode(const QByteArray &code, const QByteArray &codeVerifier,
                                   ResultHandler onResult);
    void refreshAccessToken(const QByteArray &refreshToken, ResultHandler onResult);

private:
    using FormFields = QList<std::pair<QString, QString>>;
    void postTokenRequest(const FormFields &form, ResultHandler onResult);

    QPointer<QNetworkAccessManager> m_network;
    OAuthClientConfig m_config;
};

} // namespace syncdesk
