#pragma once

#include "salesforce/oauth_token.h"

#include <QOAuthHttpServerReplyHandler>
#include <QUrl>

namespace syncdesk {

// The browser's way back to SyncDesk after the admin approves: a one-page HTTP
// server on 127.0.0.1 that receives the authorization code, and the reader of
// the token endpoint's answer.
//
// It listens on the loopback address only, and there is no way to make it
// listen anywhere else: the address is fixed in the constructor and the base
// class's listen() is hidden. Token answers are read with SyncDesk's own parser
// (Salesforce sends no expires_in, and its errors are JSON objects on HTTP 400,
// which Qt 6.4's handler would only log), and nothing of them is logged.
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT

public:
    static constexpr QStringView kCallbackPath = u"/OauthRedirect";

    // Listens on 127.0.0.1:`port`; 0 picks a free port. See isListening().
    explicit LoopbackReplyHandler(quint16 port, QObject *parent = nullptr);

    // http://localhost:PORT/OauthRedirect: the form a Salesforce app registers
    // as its callback URL, which the org matches exactly.
    QUrl redirectUri() const;
    QString callback() const override;

    void networkReplyFinished(QNetworkReply *reply) override;

Q_SIGNALS:
    void tokensGranted(const syncdesk::OAuthTokens &tokens);
    void tokenRequestFailed(const syncdesk::OAuthError &error);

private:
    using QOAuthHttpServerReplyHandler::listen;
};

} // namespace syncdesk
