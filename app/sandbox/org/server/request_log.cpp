#include "server/request_log.h"

#include "rest/api_usage_recording.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::sandbox {

namespace {

// Bodies past this are cut: a bulk page says nothing a reader needs beyond its start.
constexpr qsizetype kMaxLoggedBody = 256 * 1024;

bool carriesSecrets(const ApiRequest &request)
{
    return request.path.startsWith(u"/services/oauth2/"_s);
}

QString loggedBody(const QByteArray &body)
{
    return QString::fromUtf8(body.left(kMaxLoggedBody));
}

} // namespace

bool RequestLog::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return true;
    *error = u"Cannot write the request log %1: %2"_s.arg(path, m_file.errorString());
    return false;
}

void RequestLog::write(const QDateTime &orgTime, const ApiRequest &request, const QString &fault,
                       const ApiResponse *response)
{
    if (!m_file.isOpen())
        return;
    QJsonObject line{
        {u"at"_s, orgTime.toUTC().toString(Qt::ISODateWithMs)},
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"path"_s, request.path},
    };
    if (!request.query.isEmpty())
        line.insert(u"query"_s, request.query.toString(QUrl::FullyDecoded));
    if (!fault.isEmpty())
        line.insert(u"fault"_s, fault);
    // Who called, as Salesforce's event log names it (CLIENT_NAME): the client= option of
    // the Sforce-Call-Options header, which SyncDesk sends on every call.
    const QString client = callOptionsClientName(request.header("sforce-call-options"));
    if (!client.isEmpty())
        line.insert(u"client"_s, client);
    const bool writes = request.method != "GET" && request.method != "HEAD";
    if (writes && !carriesSecrets(request))
        line.insert(u"body"_s, loggedBody(request.body));
    if (response) {
        line.insert(u"status"_s, response->status);
        // Counted against the daily limit: what the meter added for this request.
        line.insert(u"metered"_s, response->metered);
        if (writes && !carriesSecrets(request))
            line.insert(u"answer"_s, loggedBody(response->body));
    }
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace syncdesk::sandbox
