#pragma once

#include "json_shape.h"
#include "server/sandbox_org.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace syncdesk::sandbox::test {

// A small seeded org driven in process, without sockets, signed in through
// the password flow. Calls return the response and its JSON.
class OrgUnderTest
{
public:
    struct Answer
    {
        ApiResponse response;
        QJsonDocument json;
        int status() const { return response.status; }
        QJsonObject object() const { return json.object(); }
        QJsonArray array() const { return json.array(); }
    };

    static SandboxConfig smallConfig();

    explicit OrgUnderTest(const SandboxConfig &config = smallConfig());
    // The org's clock stopped at `frozenAt`, in UTC, before the org opens: what
    // open() does with time (a lively org's history) starts from there.
    OrgUnderTest(const SandboxConfig &config, const QDateTime &frozenAt);

    Answer call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                bool withToken = true, const QHash<QByteArray, QByteArray> &headers = {});
    Answer get(const QString &path) { return call("GET", path); }
    Answer post(const QString &path, const QJsonDocument &body)
    {
        return call("POST", path, body.toJson(QJsonDocument::Compact));
    }
    Answer patch(const QString &path, const QJsonDocument &body)
    {
        return call("PATCH", path, body.toJson(QJsonDocument::Compact));
    }
    Answer control(const QString &path, const QJsonObject &body);

    // POSTs a form to the token endpoint.
    Answer token(const QList<std::pair<QString, QString>> &form);
    int used();

    SandboxOrg &org() { return m_org; }
    const QString &accessToken() const { return m_accessToken; }
    void setAccessToken(const QString &token) { m_accessToken = token; }

    static constexpr auto instanceUrl = "http://127.0.0.1:65000";
    static QString data(const QString &rest)
    {
        return QStringLiteral("/services/data/v62.0/") + rest;
    }

private:
    SandboxOrg m_org;
    QString m_accessToken;
};

} // namespace syncdesk::sandbox::test
