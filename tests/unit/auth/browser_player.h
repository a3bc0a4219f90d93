#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace syncdesk::test {

// Plays the admin's browser in a sign-in: asks the org's authorize page
// (without following its redirect, as a browser would show it), then follows
// the redirect to SyncDesk's loopback server. `tamper` may change the redirect
// on the way, as an attacker's page would.
class BrowserPlayer : public QObject
{
    Q_OBJECT

public:
    using Tamper = std::function<QUrl(const QUrl &)>;

    explicit BrowserPlayer(Tamper tamper = {}, QObject *parent = nullptr)
        : QObject(parent)
        , m_tamper(std::move(tamper))
    {}

    void open(const QUrl &authorizeUrl)
    {
        m_authorizeUrl = authorizeUrl;
        QNetworkRequest request(authorizeUrl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
            if (m_tamper)
                location = m_tamper(location);
            m_redirect = location;
            QNetworkReply *landing = m_network.get(QNetworkRequest(location));
            connect(landing, &QNetworkReply::finished, this, [this, landing] {
                landing->deleteLater();
                m_landingStatus =
                    landing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                Q_EMIT landed();
            });
        });
    }

    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QUrl redirect() const { return m_redirect; }
    int landingStatus() const { return m_landingStatus; }

Q_SIGNALS:
    void landed();

private:
    Tamper m_tamper;
    QNetworkAccessManager m_network;
    QUrl m_authorizeUrl;
    QUrl m_redirect;
    int m_landingStatus = 0;
};

} // namespace syncdesk::test
