#include "org_side.h"

#include "salesforce/oauth_client_config.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::soak {

namespace {

constexpr int kAnswerTimeoutMs = 20'000;
const QString kApi = u"/services/data/v62.0"_s;

} // namespace

QJsonObject OrgAnswer::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray OrgAnswer::array() const
{
    return QJsonDocument::fromJson(body).array();
}

OrgSide::OrgSide(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{}

OrgAnswer OrgSide::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                        bool withToken)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kAnswerTimeoutMs);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          url.path().contains(u"/oauth2/"_s)
                              ? u"application/x-www-form-urlencoded"_s
                              : u"application/json"_s);
    }
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, kAnswerTimeoutMs + 5'000))
        reply->abort();
    OrgAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    // Metered: answered with the usage header, and not refused for want of calls.
    answer.counted = reply->hasRawHeader("Sforce-Limit-Info") && answer.status != 403;
    if (answer.counted)
        ++m_countedCalls;
    return answer;
}

bool OrgSide::signIn()
{
    // The password flow: the org's people and other systems are not SyncDesk's session.
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"password"_s);
    form.addQueryItem(u"client_id"_s, OAuthClientConfig::desktopClientId());
    form.addQueryItem(u"username"_s, u"admin@sandbox.syncdesk.test"_s);
    form.addQueryItem(u"password"_s, u"sandbox"_s);
    for (int attempt = 0; attempt < 30; ++attempt) {
        const OrgAnswer answer = send("POST", m_baseUrl.resolved(QUrl(u"/services/oauth2/token"_s)),
                                      form.toString(QUrl::FullyEncoded).toUtf8(), false);
        const QString token = answer.object().value(u"access_token"_s).toString();
        if (answer.ok() && !token.isEmpty()) {
            m_accessToken = token.toUtf8();
            return true;
        }
        ++m_faultedCalls;
        QTest::qWait(100);
    }
    return false;
}

OrgAnswer OrgSide::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                        int attempts)
{
    const QUrl url =
        m_baseUrl.resolved(QUrl(path.startsWith(u"/services/"_s) ? path : kApi + path));
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson();
    OrgAnswer answer;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        answer = send(method, url, payload, true);
        if (answer.status == 401) {
            signIn();
            continue;
        }
        // Injected faults: 5xx, a dropped connection, a truncated body. A 2xx with a
        // body that does not parse is a truncated answer to work that was done.
        const bool truncated =
            answer.ok() && !answer.body.isEmpty() && QJsonDocument::fromJson(answer.body).isNull();
        if (answer.status == 0 || answer.status >= 500 || truncated) {
            ++m_faultedCalls;
            QTest::qWait(50);
            continue;
        }
        return answer;
    }
    return answer;
}

std::optional<QList<QJsonObject>> OrgSide::query(const QString &soql, bool all)
{
    QUrl first(kApi + (all ? u"/queryAll"_s : u"/query"_s));
    QUrlQuery q;
    q.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(soql)));
    first.setQuery(q);
    QString next = first.toString(QUrl::FullyEncoded);
    QList<QJsonObject> rows;
    while (!next.isEmpty()) {
        const OrgAnswer answer = call("GET", next);
        if (!answer.ok())
            return std::nullopt;
        const QJsonObject page = answer.object();
        for (const QJsonValue &row : page.value(u"records"_s).toArray())
            rows.append(row.toObject());
        next = page.value(u"done"_s).toBool(true) ? QString()
                                                  : page.value(u"nextRecordsUrl"_s).toString();
    }
    return rows;
}

std::optional<QJsonObject> OrgSide::record(const QString &object, const QString &id,
                                           const QStringList &fields)
{
    const OrgAnswer answer =
        call("GET", u"/sobjects/%1/%2?fields=%3"_s.arg(object, id, fields.join(u',')));
    if (!answer.ok())
        return std::nullopt;
    return answer.object();
}

OrgAnswer OrgSide::control(const QByteArray &method, const QString &name, const QJsonObject &body)
{
    return send(method, m_baseUrl.resolved(QUrl(u"/_sandbox/"_s + name)),
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(), false);
}

bool OrgSide::hasControl(const QString &name)
{
    const OrgAnswer answer = control("GET", name);
    return answer.status != 404 && answer.status != 0;
}

} // namespace syncdesk::soak
