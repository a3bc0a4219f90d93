#include "sandbox_client.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace syncdesk::bench {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int timeoutMs = 60'000;

} // namespace

SandboxClient::SandboxClient(const QString &baseUrl)
    : m_base(baseUrl)
{}

bool SandboxClient::signIn(const QString &username, const QString &password, QString *error)
{
    QUrlQuery form{{u"grant_type"_s, u"password"_s},
                   {u"client_id"_s, u"syncdesk-bench"_s},
                   {u"username"_s, username},
                   {u"password"_s, password}};
    const Reply reply =
        exchange("POST", u"/services/oauth2/token"_s, "application/x-www-form-urlencoded",
                 form.toString(QUrl::FullyEncoded).toUtf8());
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
    return exchange("GET", pathAndQuery, {}, {});
}

SandboxClient::Reply SandboxClient::send(const QByteArray &method, const QString &path,
                                         const QByteArray &jsonBody)
{
    return exchange(method, path, "application/json", jsonBody);
}

bool SandboxClient::ensureConnected(QString *error)
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        return true;
    m_socket.abort();
    m_socket.connectToHost(m_base.host(), quint16(m_base.port(80)));
    if (!m_socket.waitForConnected(timeoutMs)) {
        *error = m_socket.errorString();
        return false;
    }
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return true;
}

SandboxClient::Reply SandboxClient::exchange(const QByteArray &method, const QString &target,
                                             const QByteArray &contentType, const QByteArray &body)
{
    Reply failed;
    if (!ensureConnected(&failed.error))
        return failed;
    QByteArray request = method + ' ' + target.toUtf8() +
                         " HTTP/1.1\r\nHost: " + m_base.authority().toUtf8() + "\r\n";
    if (!m_authorization.isEmpty())
        request += "Authorization: " + m_authorization + "\r\n";
    if (!contentType.isEmpty())
        request += "Content-Type: " + contentType + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    m_socket.write(request);
    while (m_socket.bytesToWrite() > 0) {
        if (!m_socket.waitForBytesWritten(timeoutMs)) {
            failed.error = m_socket.errorString();
            return failed;
        }
    }
    return readReply();
}

SandboxClient::Reply SandboxClient::readReply()
{
    Reply reply;
    const auto waitForData = [&] {
        if (m_socket.waitForReadyRead(timeoutMs))
            return true;
        reply.error = m_socket.errorString();
        return false;
    };
    QByteArray head;
    while (!head.contains("\r\n\r\n")) {
        if (!m_socket.canReadLine() && !waitForData())
            return reply;
        while (m_socket.canReadLine() && !head.endsWith("\r\n\r\n"))
            head += m_socket.readLine();
        if (head.endsWith("\r\n\r\n"))
            break;
    }
    const QList<QByteArray> lines = head.trimmed().split('\n');
    reply.status = lines.value(0).split(' ').value(1).toInt();
    qint64 length = 0;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    // The sandbox always sends Content-Length and never chunks.
    while (reply.body.size() < length) {
        if (m_socket.bytesAvailable() == 0 && !waitForData())
            return reply;
        reply.body += m_socket.read(length - reply.body.size());
    }
    return reply;
}

} // namespace syncdesk::bench
