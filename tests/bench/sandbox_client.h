#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QString>

namespace syncdesk::bench {

// Blocking calls to a sandbox for a console benchmark: each waits on a local
// event loop, so requests go one at a time over a kept-alive connection.
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

    explicit SandboxClient(QString baseUrl);

    // OAuth password flow; false, with the answer in `error`, when refused.
    bool signIn(const QString &username, const QString &password, QString *error);

    Reply get(const QString &pathAndQuery);
    Reply send(const QByteArray &method, const QString &path, const QByteArray &jsonBody);

private:
    Reply wait(class QNetworkReply *reply);

    QNetworkAccessManager m_network;
    QString m_baseUrl;
    QByteArray m_authorization;
};

} // namespace syncdesk::bench
