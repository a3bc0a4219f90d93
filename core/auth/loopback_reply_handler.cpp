#include "auth/loopback_reply_handler.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

LoopbackReplyHandler::LoopbackReplyHandler(quint16 port, QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, parent)
{
    setCallbackPath(kCallbackPath.toString());
    setCallbackText(QCoreApplication::translate(
        "LoopbackReplyHandler", "SyncDesk has received your sign-in. You can close this tab."));
}

QUrl LoopbackReplyHandler::redirectUri() const
{
    QUrl uri;
    uri.setScheme(u"http"_s);
    uri.setHost(u"localhost"_s);
    uri.setPort(port());
    uri.setPath(kCallbackPath.toString());
    return uri;
}

QString LoopbackReplyHandler::callback() const
{
    return redirectUri().toString();
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        Q_EMIT tokenRequestFailed(OAuthError{u"network_error"_s, reply->errorString(), 0});
        return;
    }
    const QByteArray body = reply->readAll();
    const OAuthTokenResult result = parseOAuthTokenResponse(status, body);
    if (const auto *error = std::get_if<OAuthError>(&result)) {
        Q_EMIT tokenRequestFailed(*error);
        return;
    }
    // The flow object moves to Granted on tokensReceived; SyncDesk itself uses
    // the parsed tokens.
    Q_EMIT tokensReceived(QJsonDocument::fromJson(body).object().toVariantMap());
    Q_EMIT tokensGranted(std::get<OAuthTokens>(result));
}

} // namespace syncdesk
