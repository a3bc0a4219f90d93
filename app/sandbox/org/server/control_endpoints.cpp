#include "server/control_endpoints.h"

#include "data/record_store.h"
#include "server/sandbox_org.h"

#include <QJsonDocument>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

ApiResponse badRequest(const QString &message)
{
    return ApiResponse::json(400, QJsonObject{{u"error"_s, message}});
}

} // namespace

ControlEndpoints::ControlEndpoints(SandboxOrg &org)
    : m_org(org)
    , m_realOrg(org)
    , m_eventLogs(org)
    , m_bulk(org)
{}

ApiResponse ControlEndpoints::handle(const ApiRequest &request)
{
    const QString name = request.path.mid(QStringView(u"/_sandbox/").size()).section(u'/', 0, 0);
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (!document.isObject())
            return badRequest(u"The body must be a JSON object: "_s + parseError.errorString());
        body = document.object();
    }
    const bool isGet = request.method == "GET";
    if (name == u"state"_s && isGet)
        return state();
    if (name == u"usage"_s)
        return usage(request);
    if (name == u"faults"_s)
        return faults(request, body);
    if (auto response = m_realOrg.handle(name, request, body))
        return *response;
    if (auto response = m_eventLogs.handle(name, request, body))
        return *response;
    if (auto response = m_bulk.handle(name, request, body))
        return *response;
    if (request.method != "POST")
        return badRequest(u"Use POST for /_sandbox/"_s + name);
    if (name == u"clock"_s)
        return clock(body);
    if (name == u"allocation"_s)
        return allocation(body);
    if (name == u"sessions"_s)
        return sessions(body);
    if (name == u"simulation"_s)
        return simulation(body);
    if (name == u"reset"_s) {
        m_org.reset();
        return state();
    }
    return ApiResponse::json(404,
                             QJsonObject{{u"error"_s, QString(u"No such control: "_s + name)}});
}

ApiResponse ControlEndpoints::state() const
{
    const QDateTime now = m_org.clock().now();
    QJsonObject records;
    for (const ObjectDescription &object : m_org.store().schema().objects())
        records.insert(object.name, qint64(m_org.store().count(object.name)));
    return ApiResponse::json(
        200, QJsonObject{{u"now"_s, salesforceDateTime(now)},
                         {u"clockOffsetSeconds"_s, m_org.clock().offset()},
                         {u"used"_s, m_org.allocation().used(now)},
                         {u"max"_s, m_org.allocation().max()},
                         {u"limit"_s, m_org.allocation().limit()},
                         {u"records"_s, records},
                         {u"faults"_s, m_org.faults().toJson()},
                         {u"sessionTimeoutSeconds"_s, m_org.oauth().sessionTimeout()},
                         {u"otherIntegrationsPerHour"_s, m_org.otherIntegrations().rate()},
                         {u"userEditsPerHour"_s, m_org.crmUsers().rate()},
                         {u"realOrg"_s, m_realOrg.settings()}});
}

ApiResponse ControlEndpoints::usage(const ApiRequest &request)
{
    const QDateTime now = m_org.clock().now();
    if (request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const int used = body.value(u"used"_s).toInt(-1);
        if (used < 0 || used > m_org.allocation().limit())
            return badRequest(u"used must be a number from 0 to the org's limit"_s);
        m_org.allocation().setUsed(now, used);
    }
    const QDateTime release = m_org.allocation().nextRelease(now);
    return ApiResponse::json(
        200,
        QJsonObject{{u"used"_s, m_org.allocation().used(now)},
                    {u"max"_s, m_org.allocation().max()},
                    {u"nextRelease"_s,
                     release.isValid() ? QJsonValue(salesforceDateTime(release)) : QJsonValue()}});
}

ApiResponse ControlEndpoints::clock(const QJsonObject &body)
{
    const qint64 seconds = body.value(u"advanceSeconds"_s).toInteger(-1);
    if (seconds < 0)
        return badRequest(u"advanceSeconds must be a number of seconds, 0 or more"_s);
    m_org.clock().advance(seconds);
    // Running simulations catch up on the skipped time before the next request.
    m_org.otherIntegrations().tick();
    m_org.crmUsers().tick();
    return state();
}

ApiResponse ControlEndpoints::allocation(const QJsonObject &body)
{
    if (body.contains(u"max"_s)) {
        const int max = body.value(u"max"_s).toInt(-1);
        if (max <= 0)
            return badRequest(u"max must be a positive number of calls"_s);
        m_org.allocation().setMax(max);
    }
    if (body.contains(u"overageCap"_s)) {
        const int cap = body.value(u"overageCap"_s).toInt(-1);
        if (cap == 0)
            m_org.allocation().clearOverage();
        else if (cap > m_org.allocation().max())
            m_org.allocation().setOverage(cap);
        else
            return badRequest(u"overageCap must be 0 (none) or above max"_s);
    }
    return state();
}

ApiResponse ControlEndpoints::faults(const ApiRequest &request, const QJsonObject &body)
{
    if (request.method == "DELETE") {
        m_org.faults().clear();
    } else if (request.method == "POST") {
        QString error;
        const auto fault = Fault::fromJson(body, &error);
        if (!fault)
            return badRequest(error);
        m_org.faults().add(*fault);
    }
    return ApiResponse::json(200, QJsonObject{{u"faults"_s, m_org.faults().toJson()}});
}

ApiResponse ControlEndpoints::sessions(const QJsonObject &body)
{
    if (body.value(u"expireAll"_s).toBool())
        m_org.oauth().expireAllSessions();
    if (body.contains(u"timeoutSeconds"_s)) {
        const qint64 timeout = body.value(u"timeoutSeconds"_s).toInteger(-1);
        if (timeout <= 0)
            return badRequest(u"timeoutSeconds must be positive"_s);
        m_org.oauth().setSessionTimeout(timeout);
    }
    return state();
}

ApiResponse ControlEndpoints::simulation(const QJsonObject &body)
{
    const auto rate = [&](const QString &key, auto &simulation) {
        if (!body.contains(key))
            return true;
        const double perHour = body.value(key).toDouble(-1);
        if (perHour < 0)
            return false;
        simulation.setRate(perHour);
        perHour > 0 ? simulation.start() : simulation.stop();
        return true;
    };
    if (!rate(u"otherIntegrationsPerHour"_s, m_org.otherIntegrations()) ||
        !rate(u"userEditsPerHour"_s, m_org.crmUsers()))
        return badRequest(u"rates must be numbers, 0 or more"_s);
    if (body.contains(u"userEditsSyncedShare"_s)) {
        const double share = body.value(u"userEditsSyncedShare"_s).toDouble(-1);
        if (share < 0 || share > 1)
            return badRequest(u"userEditsSyncedShare must be a number from 0 to 1"_s);
        m_org.crmUsers().setSyncedRecordShare(share);
    }
    return state();
}

} // namespace syncdesk::sandbox
