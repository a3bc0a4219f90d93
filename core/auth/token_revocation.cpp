#include "auth/token_revocation.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kRevokeTimeoutMs = 30'000;
} // namespace

void revokeOAuthToken(QNetworkAccessManager *network, const QUrl &instanceUrl,
                      const QByteArray &token, QObject *context,
                      std::function<void(const std::optional<OAuthError> &)> onDone)
{
    QNetworkRequest request(instanceUrl.resolved(QUrl(u"/services/oauth2/revoke"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setTransferTimeout(kRevokeTimeoutMs);
    // In the body, never the query string: URLs end up in proxies' logs.
    QNetworkReply *reply =
        network->post(request, "token="_ba + QUrl::toPercentEncoding(QString::fromUtf8(token)));
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, onDone = std::move(onDone)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            onDone(std::nullopt);
            return;
        }
        if (status == 0) {
            onDone(OAuthError{u"network_error"_s, reply->errorString(), 0});
            return;
        }
        const OAuthTokenResult parsed = parseOAuthTokenResponse(status, reply->readAll());
        if (const auto *error = std::get_if<OAuthError>(&parsed))
            onDone(*error);
        else
            onDone(OAuthError{u"http_%1"_s.arg(status), {}, status});
    });
    // A reply whose context died is not left running.
    QObject::connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
}

} // namespace syncdesk
