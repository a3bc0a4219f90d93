#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QTcpSocket>
#include <QUrl>

namespace syncdesk::bench {

// A minimal blocking HTTP/1.1 client for the benchmark: one kept-alive socket
// with Nagle off, each request written in one piece. QNetworkAccessManager
// uploads bodies over 16 KiB in two writes, and the second waits ~40 ms for
// the server's delayed ACK, which would swamp the figures being measured.
class SandboxClient
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString error; // transport failure, empty when an HTTP answer came
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    };

    explicit SandboxClient(const QString &baseUrl);

    // OAuth password flow; false, with the answer in `error`, when refused.
    bool signIn(const QString &username, const QString &password, QString *error);

    Reply get(const QString &pathAndQuery);
    Reply send(const QByteArray &method, const QString &path, const QByteArray &jsonBody);

private:
    Reply exchange(const QByteArray &method, const QString &target, const QByteArray &contentType,
                   const QByteArray &body);
    bool ensureConnected(QString *error);
    Reply readReply();

    QUrl m_base;
    QTcpSocket m_socket;
    QByteArray m_authorization;
};

} // namespace syncdesk::bench
