#pragma once

#include "auth/login_host.h"
#include "auth/loopback_reply_handler.h"
#include "salesforce/oauth_token.h"
#include "salesforce/pkce.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;

namespace syncdesk {

class SecretStore;

// Signs an admin in to an org with the OAuth web server flow and PKCE: opens
// the org's login page in the browser, receives the code on a loopback
// redirect, exchanges it with the code verifier, and files the refresh token in
// the keychain. The access token stays in memory, in what signedIn() hands on.
//
// Qt NetworkAuth runs the flow (authorize URL, state, loopback server, token
// request); Qt 6.4 has no PKCE, so the challenge and verifier are added to its
// parameters here.
class OrgSignIn : public QObject
{
    Q_OBJECT

public:
    // The port of the callback URL an app registers for SyncDesk
    // (http://localhost:1717/OauthRedirect). Salesforce matches it exactly.
    static constexpr quint16 kRegisteredRedirectPort = 1717;

    struct Request
    {
        LoginHost loginHost = LoginHost::production();
        QString consumerKey;
        // 0: any free port, for the local sandbox org, which accepts any loopback redirect.
        quint16 redirectPort = kRegisteredRedirectPort;
    };

    // Shows a URL to the admin: the desktop sets QDesktopServices::openUrl
    // (core links no Gui); tests play the browser.
    using OpenBrowser = std::function<void(const QUrl &)>;

    // Owns neither the network manager nor the secret store.
    OrgSignIn(QNetworkAccessManager *network, SecretStore *secrets, OpenBrowser openBrowser,
              QObject *parent = nullptr);
    ~OrgSignIn() override;

    void start(const Request &request);
    void cancel();
    bool isRunning() const { return m_flow != nullptr; }

    // The loopback port the redirect is received on while running (always on
    // 127.0.0.1: see LoopbackReplyHandler).
    quint16 listenPort() const;
    QUrl redirectUri() const;

Q_SIGNALS:
    // The refresh token is in the keychain by now.
    void signedIn(const syncdesk::OAuthTokens &tokens);
    void failed(const QString &reason);

private:
    void addPkceParameters(int stage, QMultiMap<QString, QVariant> *parameters) const;
    void checkCallback(const QVariantMap &values);
    void keepRefreshToken(const OAuthTokens &tokens);
    void fail(const QString &reason);
    void finish();

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    OpenBrowser m_openBrowser;
    PkcePair m_pkce;
    QString m_state;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<LoopbackReplyHandler> m_replyHandler;
    QTimer m_giveUpTimer;
};

} // namespace syncdesk
