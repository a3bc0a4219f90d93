#include "org_under_test.h"

#include "rest/data_call.h"

#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace syncdesk::sandbox::test {

using namespace Qt::Literals::StringLiterals;

SandboxConfig OrgUnderTest::smallConfig()
{
    SandboxConfig config;
    config.seedCounts.accounts = 40;
    config.seedCounts.contacts = 4500; // more than two query pages
    config.seedCounts.leads = 30;
    config.seedCounts.opportunities = 20;
    return config;
}

OrgUnderTest::OrgUnderTest(const SandboxConfig &config)
    : OrgUnderTest(config, QDateTime())
{}

OrgUnderTest::OrgUnderTest(const SandboxConfig &config, const QDateTime &frozenAt)
    : m_org(config)
{
    if (frozenAt.isValid()) {
        m_org.clock().setTimeZone(QTimeZone::utc());
        m_org.clock().freeze(frozenAt);
    }
    QString error;
    if (!m_org.open(&error))
        qFatal("cannot open the org under test: %s", qPrintable(error));
    m_org.setInstanceUrl(QString::fromLatin1(instanceUrl));
    const Answer signIn = token({{u"grant_type"_s, u"password"_s},
                                 {u"client_id"_s, u"tests"_s},
                                 {u"username"_s, config.username},
                                 {u"password"_s, config.password}});
    m_accessToken = signIn.object().value(u"access_token"_s).toString();
}

OrgUnderTest::Answer OrgUnderTest::call(const QByteArray &method, const QString &pathAndQuery,
                                        const QByteArray &body, bool withToken,
                                        const QHash<QByteArray, QByteArray> &headers)
{
    const QUrl url(u"http://sandbox"_s + pathAndQuery);
    ApiRequest request;
    request.method = method;
    request.path = url.path(QUrl::FullyDecoded);
    request.query = queryOf(url);
    request.body = body;
    request.headers = headers;
    if (withToken)
        request.headers.insert("authorization", "Bearer " + m_accessToken.toLatin1());
    Answer answer;
    answer.response = m_org.handle(request).response;
    answer.json = QJsonDocument::fromJson(answer.response.body);
    return answer;
}

OrgUnderTest::Answer OrgUnderTest::control(const QString &path, const QJsonObject &body)
{
    return call("POST", u"/_sandbox/"_s + path, QJsonDocument(body).toJson(), false);
}

OrgUnderTest::Answer OrgUnderTest::token(const QList<std::pair<QString, QString>> &form)
{
    QUrlQuery query;
    for (const auto &[name, value] : form)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return call("POST", u"/services/oauth2/token"_s, query.toString(QUrl::FullyEncoded).toUtf8(),
                false);
}

int OrgUnderTest::used()
{
    return m_org.allocation().used(m_org.clock().now());
}

} // namespace syncdesk::sandbox::test
