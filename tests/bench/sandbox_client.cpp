#include "sandbox_client.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

namespace syncdesk::bench {

using namespace Qt::Literals::StringLiterals;

SandboxClient::SandboxClient(QString baseUrl)
    : m_baseUrl(std::move(baseUrl))
{}

bool SandboxClient::signIn(const QString &username, const QString &password, QString *error)
{
    QUrlQuery form{{u"grant_type"_s, u"password"_s},
                   {u"client_id"_s, u"syncdesk-bench"_s},
                   {u"username"_s, username},
                   {u"password"_s, password}};
    QNetworkRequest request(QUrl(m_baseUrl + u"/services/oauth2/token"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    const Reply reply = wait(m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
    const QString token = reply.json().object().value(u"access_token"_s).toString();
    if (reply.status != 200 || token.isEmpty()) {
        *error = u"sign-in failed (HTTP %1): %2"_s.arg(reply.status)
                     .arg(reply.error.isEmpty() ? QString::fromUtf8(reply.body) : reply.error);
        return false;
    }
    m_authorization = "Bearer " + token.toUtf8();
    return true;
}

SandboxClient::Reply SandboxClient::get(const QString &pathAndQuery)
{
    QNetworkRequest request(QUrl(m_baseUrl + pathAndQuery));
    request.setRawHeader("Authorization", m_authorization);
    return wait(m_network.get(request));
}

SandboxClient::Reply SandboxClient::send(const QByteArray &method, const QString &path,
                                         const QByteArray &jsonBody)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setRawHeader("Authorization", m_authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return wait(m_network.sendCustomRequest(request, method, jsonBody));
}

SandboxClient::Reply SandboxClient::wait(QNetworkReply *reply)
{
    // A console tool with nothing else on its event loop: waiting here is safe.
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (result.status == 0)
        result.error = reply->errorString();
    delete reply; // finished, and no signal of it is still queued for us
    return result;
}

} // namespace syncdesk::bench
