#pragma once

#include "salesforce/oauth_client_config.h"
#include "salesforce/oauth_token.h"
#include "salesforce/pkce.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace syncdesk {

class OAuthTokenClient;

// Signs in to a sandbox org with the OAuth web server flow and PKCE, following
// the flow in code: the sandbox approves at once, so the authorize answer's
// redirect already carries the code. A real org needs the admin's browser
// for that step; the token exchange that follows is the same.
class SandboxSignIn : public QObject
{
    Q_OBJECT

public:
    // The token client must outlive the sign-in.
    SandboxSignIn(QNetworkAccessManager *network, OAuthTokenClient *tokenClient,
                  QObject *parent = nullptr);
    ~SandboxSignIn() override;

    void start();

    // The authorize URL for a given challenge and state; public for tests and
    // for the browser flow that reuses it.
    static QUrl authorizeUrl(const OAuthClientConfig &config, const QByteArray &codeChallenge,
                             const QString &state);

Q_SIGNALS:
    void signedIn(const syncdesk::OAuthTokens &tokens);
    void failed(const QString &reason);

private:
    void handleAuthorizeReply(QNetworkReply *reply);
    void fail(const QString &reason);

    QNetworkAccessManager *m_network;
    OAuthTokenClient *m_tokenClient;
    PkcePair m_pkce;
    QString m_state;
    QPointer<QNetworkReply> m_authorizeReply;
};

} // namespace syncdesk
