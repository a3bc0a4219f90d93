#include "rest/api_usage_recording.h"

#include "auth/oauth_service.h"
#include "bulk/bulk_jobs.h"
#include "data/salesforce_id.h"
#include "eventlog/api_usage_log.h"
#include "schema/event_log_file_object.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// The canonical name of a type the org knows (EventLogFile included), else as written.
QString canonicalType(const OrgContext &org, const QString &name)
{
    const ObjectDescription *object = withEventLogFile(org.schema).object(name);
    return object ? object->name : name;
}

QString queriedType(const DataCall &call)
{
    static const QRegularExpression from(u"\\bFROM\\s+([A-Za-z0-9_]+)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QString soql = call.request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
    return from.match(soql).captured(1);
}

QString collectionType(const DataCall &call)
{
    if (!call.segment(2).isEmpty()) // GET composite/sobjects/{Type}?ids=...
        return call.segment(2);
    // The first record's attributes.type. A body holds up to 200 records: look
    // at its start rather than parse it all a second time for one name.
    static const QRegularExpression type(u"\"type\"\\s*:\\s*\"([A-Za-z0-9_]+)\""_s);
    return type.match(QString::fromUtf8(call.request.body.left(4096))).captured(1);
}

} // namespace

QString connectedAppIdFor(const QString &clientId)
{
    const QByteArray digest = QCryptographicHash::hash(clientId.toUtf8(), QCryptographicHash::Sha1);
    quint64 serial = 0;
    for (int i = 0; i < 6; ++i)
        serial = serial << 8 | quint8(digest[i]);
    return salesforce_id::make(u"0H4", serial % 1'000'000'000'000ULL + 1);
}

QString callOptionsClientName(const QByteArray &header)
{
    // "client=SyncDesk" or "client=SyncDesk, defaultNamespace=acme".
    for (const QByteArray &option : header.split(',')) {
        const QByteArray trimmed = option.trimmed();
        if (trimmed.startsWith("client="))
            return QString::fromUtf8(trimmed.mid(7)).trimmed();
    }
    return {};
}

QString entityNameOf(const OrgContext &org, const DataCall &call)
{
    const QString resource = call.segment(0);
    QString type;
    if (resource == u"sobjects"_s)
        type = call.segment(1);
    else if ((resource == u"query"_s || resource == u"queryAll"_s) && call.segments.size() == 1)
        type = queriedType(call);
    else if (resource == u"composite"_s && call.segment(1) == u"sobjects"_s)
        type = collectionType(call);
    else if (resource == u"jobs"_s && org.bulkJobs) // Bulk API 2.0: logged as REST requests
        type = org.bulkJobs->entityNameOf(call);
    return type.isEmpty() ? QString() : canonicalType(org, type);
}

void recordApiUsage(const OrgContext &org, const DataCall &call, const QString &accessToken,
                    int status, bool counted, const QDateTime &at)
{
    if (!org.usageLog || call.subrequest)
        return;
    const QString clientId = org.oauth.clientIdOf(accessToken);
    const ApiCaller caller{
        org.oauth.identity().userId,
        org.oauth.identity().username,
        clientId.isEmpty() ? QString() : connectedAppIdFor(clientId),
        clientId,
        callOptionsClientName(call.request.header("sforce-call-options")),
        call.request.remoteAddress.isEmpty() ? u"127.0.0.1"_s : call.request.remoteAddress,
    };
    const QString version = call.version.mid(1); // "v62.0" -> "62.0"
    QString resource = u'/' + call.version;
    for (const QString &segment : call.segments)
        resource += u'/' + segment;
    const ApiCallTarget target{u"REST"_s, version, resource,
                               QString::fromLatin1(call.request.method), entityNameOf(org, call)};
    org.usageLog->record(at, caller, target, status, counted);
}

} // namespace syncdesk::sandbox
