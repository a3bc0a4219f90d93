#include "salesforce/oauth_token_client.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTokenRequestTimeoutMs = 30'000;
} // namespace

OAuthTokenClient::OAuthTokenClient(QNetworkAccessManager *network, OAuthClientConfig config,
                                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{}

void OAuthTokenClient::exchangeAuthorizationCode(const QByteArray &code,
                                                 const QByteArray &codeVerifier,
                                                 ResultHandler onResult)
{
    FormFields form;
    form.append({u"grant_type"_s, u"authorization_code"_s});
    form.append({u"code"_s, QString::fromUtf8(code)});
    form.append({u"client_id"_s, m_config.clientId});
    form.append({u"redirect_uri"_s, m_config.redirectUri.toString()});
    form.append({u"code_verifier"_s, QString::fromLatin1(codeVerifier)});
    postTokenRequest(form, std::move(onResult));
}

void OAuthTokenClient::refreshAccessToken(const QByteArray &refreshToken, ResultHandler onResult)
{
    FormFields form;
    form.append({u"grant_type"_s, u"refresh_token"_s});
    form.append({u"refresh_token"_s, QString::fromUtf8(refreshToken)});
    form.append({u"client_id"_s, m_config.clientId});
    postTokenRequest(form, std::move(onResult));
}

void OAuthTokenClient::postTokenRequest(const FormFields &form, ResultHandler onResult)
{
    if (!m_network) {
        onResult(OAuthError{u"no_network"_s, u"the network access manager is gone"_s, 0});
        return;
    }
    QNetworkRequest request(m_config.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTokenRequestTimeoutMs);

    // Tokens hold '+', '/' and '!': encode every byte outside the unreserved set.
    QByteArray body;
    for (const auto &[name, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkReply *reply = m_network->post(request, body);

    connect(reply, &QNetworkReply::finished, this, [reply, onResult = std::move(onResult)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            onResult(OAuthError{u"network_error"_s, reply->errorString(), 0});
            return;
        }
        onResult(parseOAuthTokenResponse(status, reply->readAll()));
    });
}

} // namespace syncdesk
