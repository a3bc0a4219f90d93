#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>
#include <optional>

namespace syncdesk::soak {

// One HTTP answer as the soak harness sees it.
struct OrgAnswer
{
    int status = 0; // 0: no answer (dropped, timed out)
    QByteArray body;
    bool counted = false; // carried Sforce-Limit-Info: the org metered it

    QJsonObject object() const;
    QJsonArray array() const;
    bool ok() const { return status >= 200 && status < 300; }
};

// The org as the soak harness reaches it: Salesforce's REST paths with a session of its
// own (the people and other systems of the org), and the sandbox's /_sandbox/ controls.
// Everything is synchronous: the harness is one thread that does one thing at a time,
// which is what lets it know the true order of every change.
//
// Faults injected for the engine hit the harness's calls too; `call()` retries until it
// gets an answer that is not a fault (or gives up after `attempts`), and signs in again
// when the session ends.
class OrgSide
{
public:
    explicit OrgSide(QUrl baseUrl);

    bool signIn();
    QUrl baseUrl() const { return m_baseUrl; }

    // A Salesforce REST call under /services/data/v62.0 (path starts with '/').
    OrgAnswer call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                   int attempts = 30);
    // Every row of a SOQL query (query, or queryAll with deleted rows), all pages.
    std::optional<QList<QJsonObject>> query(const QString &soql, bool all = false);
    std::optional<QJsonObject> record(const QString &object, const QString &id,
                                      const QStringList &fields);

    // A /_sandbox/ control; GET without a body.
    OrgAnswer control(const QByteArray &method, const QString &name, const QJsonObject &body = {});
    bool hasControl(const QString &name);

    qint64 countedCalls() const { return m_countedCalls; }
    qint64 faultedCalls() const { return m_faultedCalls; }

private:
    OrgAnswer send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                   bool withToken);

    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    QByteArray m_accessToken;
    qint64 m_countedCalls = 0;
    qint64 m_faultedCalls = 0;
};

} // namespace syncdesk::soak
