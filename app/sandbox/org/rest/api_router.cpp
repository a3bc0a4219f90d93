#include "rest/api_router.h"

#include "auth/oauth_service.h"
#include "bulk/bulk_limits.h"
#include "limits/daily_allocation.h"
#include "limits/limits_json.h"
#include "limits/org_clock.h"
#include "rest/api_usage_recording.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QStringView dataPrefix = u"/services/data/";

QString bearerToken(const ApiRequest &request)
{
    const QByteArray header = request.header("authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0)
        return {};
    const QByteArray scheme = header.left(space).toLower();
    if (scheme != "bearer" && scheme != "oauth")
        return {};
    return QString::fromLatin1(header.mid(space + 1).trimmed());
}

// "v62.0" -> 62; 0 when the segment is not a version we serve.
int parseVersion(const QString &segment)
{
    static const QRegularExpression pattern(u"^v(\\d{2,3})\\.0$"_s);
    const auto match = pattern.match(segment);
    if (!match.hasMatch())
        return 0;
    const int version = match.captured(1).toInt();
    return version >= ApiRouter::oldestVersion && version <= ApiRouter::newestVersion ? version : 0;
}

QString releaseLabel(int version)
{
    // v20.0 was Winter '11; three releases a year since.
    static const char *const seasons[] = {"Winter", "Spring", "Summer"};
    const int index = version - ApiRouter::oldestVersion;
    return QLatin1StringView(seasons[index % 3]) + u" '"_s +
           QString::number(11 + index / 3).rightJustified(2, u'0');
}

} // namespace

ApiRouter::ApiRouter(OrgContext &org)
    : m_org(org)
    , m_oauth(org)
    , m_identity(org)
    , m_eventLogFiles(org)
    , m_sobjects(org)
    , m_query(org)
    , m_collections(org)
    , m_composite(org,
                  [this](const ApiRequest &sub) {
                      const QStringList parts =
                          sub.path.mid(dataPrefix.size()).split(u'/', Qt::SkipEmptyParts);
                      if (!sub.path.startsWith(dataPrefix) || parts.isEmpty() ||
                          !parseVersion(parts.first()))
                          return notFoundResponse();
                      return dispatch(DataCall{sub, parts.first(), parts.mid(1), true});
                  })
    , m_ingestJobs(org)
    , m_queryJobs(org)
{}

ApiResponse ApiRouter::handle(const ApiRequest &request)
{
    if (auto response = m_oauth.handle(request))
        return *response;
    if (auto response = m_identity.handle(request, bearerToken(request)))
        return *response;
    if (request.path == u"/services/data"_s || request.path == u"/services/data/"_s)
        return versions();
    if (request.path.startsWith(dataPrefix))
        return handleData(request);
    return notFoundResponse();
}

ApiResponse ApiRouter::versions() const
{
    // The one documented free call: no session, no count, no usage header.
    QJsonArray list;
    for (int version = oldestVersion; version <= newestVersion; ++version) {
        const QString number = QString::number(version) + u".0"_s;
        list.append(QJsonObject{{u"label"_s, releaseLabel(version)},
                                {u"url"_s, QString(u"/services/data/v"_s + number)},
                                {u"version"_s, number}});
    }
    return ApiResponse::json(200, list);
}

ApiResponse ApiRouter::handleData(const ApiRequest &request)
{
    const QStringList parts = request.path.mid(dataPrefix.size()).split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty() || !parseVersion(parts.first()))
        return notFoundResponse();
    const QDateTime now = m_org.clock.now();
    const QString token = bearerToken(request);
    if (!m_org.oauth.authenticate(token, now))
        return sessionInvalidResponse();

    const DataCall call{request, parts.first(), parts.mid(1)};
    const bool counted = m_org.allocation.tryConsume(now);
    ApiResponse response = counted ? dispatch(call) : limitExceededResponse();
    response.metered = counted;
    recordApiUsage(m_org, call, token, response.status, counted, now);
    response.setHeader("Sforce-Limit-Info", m_org.allocation.limitInfoHeader(now));
    // Salesforce's servers say their time in every answer: on the org's clock here, so a
    // test that moves it also skews it against the client's, as a real desktop can be.
    response.setHeader(
        "Date",
        QLocale::c().toString(now.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1());
    return response;
}

ApiResponse ApiRouter::dispatch(const DataCall &call)
{
    if (call.segments.isEmpty())
        return resources(call);
    if (call.segments == QStringList{u"limits"_s}) {
        if (call.request.method != "GET")
            return methodNotAllowedResponse(call.request.method, u"GET,HEAD"_s);
        QJsonObject limits = limitsBody(m_org.allocation, m_org.clock.now());
        if (m_org.bulkJobs)
            applyBulkLimits(limits, *m_org.bulkJobs, m_org.clock.now());
        return ApiResponse::json(200, limits);
    }
    if (auto response = m_eventLogFiles.handle(call))
        return *response;
    if (auto response = m_sobjects.handle(call))
        return *response;
    if (auto response = m_query.handle(call))
        return *response;
    if (auto response = m_collections.handle(call))
        return *response;
    if (auto response = m_composite.handle(call))
        return *response;
    if (auto response = m_ingestJobs.handle(call))
        return *response;
    if (auto response = m_queryJobs.handle(call))
        return *response;
    return notFoundResponse();
}

ApiResponse ApiRouter::resources(const DataCall &call) const
{
    QJsonObject list;
    const QString base = u"/services/data/"_s + call.version + u'/';
    for (const char *resource : {"sobjects", "query", "queryAll", "limits", "composite", "jobs"})
        list.insert(QLatin1StringView(resource), QString(base + QLatin1StringView(resource)));
    return ApiResponse::json(200, list);
}

} // namespace syncdesk::sandbox
