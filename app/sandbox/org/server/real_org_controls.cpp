#include "server/real_org_controls.h"

#include "data/record_store.h"
#include "server/sandbox_org.h"

#include <QJsonArray>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

ApiResponse badRequest(const QString &message)
{
    return ApiResponse::json(400, QJsonObject{{u"error"_s, message}});
}

ApiResponse outcome(const CrmOperations::Outcome &result)
{
    if (const auto *error = std::get_if<QString>(&result))
        return badRequest(*error);
    return ApiResponse::json(200, std::get<QJsonObject>(result));
}

// A rate from 0 to 1, or nullopt when the value is something else.
std::optional<double> shareOf(const QJsonValue &value)
{
    const double share = value.toDouble(-1);
    if (!value.isDouble() || share < 0 || share > 1)
        return std::nullopt;
    return share;
}

} // namespace

RealOrgControls::RealOrgControls(SandboxOrg &org)
    : m_org(org)
{}

std::optional<ApiResponse> RealOrgControls::handle(const QString &name, const ApiRequest &request,
                                                   const QJsonObject &body)
{
    if (name == u"automation"_s)
        return automation(request, body);
    if (name == u"random-faults"_s)
        return randomFaults(request, body);
    if (name == u"meter"_s)
        return request.method == "GET" ? meter() : badRequest(u"Use GET for /_sandbox/meter"_s);
    using Control = ApiResponse (RealOrgControls::*)(const QJsonObject &);
    static const QList<std::pair<QString, Control>> posts{
        {u"stamps"_s, &RealOrgControls::stamps},
        {u"commit-delay"_s, &RealOrgControls::commitDelay},
        {u"lock-rows"_s, &RealOrgControls::lockRows},
        {u"convert-lead"_s, &RealOrgControls::convertLead},
        {u"merge"_s, &RealOrgControls::merge},
        {u"hard-delete"_s, &RealOrgControls::hardDelete},
    };
    for (const auto &[control, method] : posts) {
        if (control != name)
            continue;
        if (request.method != "POST")
            return badRequest(u"Use POST for /_sandbox/"_s + name);
        return (this->*method)(body);
    }
    if (name == u"empty-recycle-bin"_s) {
        if (request.method != "POST")
            return badRequest(u"Use POST for /_sandbox/"_s + name);
        return outcome(m_org.crmOperations().emptyRecycleBin());
    }
    return std::nullopt;
}

QJsonObject RealOrgControls::settings() const
{
    const RecordStore &store = m_org.store();
    return QJsonObject{
        {u"wholeSecondStamps"_s, store.wholeSecondStamps()},
        {u"commitDelay"_s,
         QJsonObject{{u"api"_s, store.commitDelay(RecordStore::Writer::Api)},
                     {u"users"_s, store.commitDelay(RecordStore::Writer::CrmUser)}}},
        {u"lockRowRate"_s, m_org.saveRules().lockFailureRate()},
        {u"automations"_s, m_org.saveRules().automationsJson()},
        {u"randomFaults"_s, m_org.randomFaults().toJson()},
        {u"userEditsSyncedShare"_s, m_org.crmUsers().syncedRecordShare()},
    };
}

ApiResponse RealOrgControls::stamps(const QJsonObject &body)
{
    if (!body.value(u"wholeSeconds"_s).isBool())
        return badRequest(u"wholeSeconds must be true or false"_s);
    m_org.store().setWholeSecondStamps(body.value(u"wholeSeconds"_s).toBool());
    return ApiResponse::json(200, settings());
}

ApiResponse RealOrgControls::commitDelay(const QJsonObject &body)
{
    const qint64 seconds = body.value(u"seconds"_s).toInteger(-1);
    if (seconds < 0 || seconds > 24 * 3600)
        return badRequest(u"seconds must be a number of seconds from 0 to 86400"_s);
    const QString writers = body.value(u"writers"_s).toString(u"all"_s);
    if (writers != u"all"_s && writers != u"api"_s && writers != u"users"_s)
        return badRequest(u"writers must be all, api or users"_s);
    RecordStore &store = m_org.store();
    store.setCommitDelay(RecordStore::Writer::Api, writers != u"users"_s ? seconds : 0);
    store.setCommitDelay(RecordStore::Writer::CrmUser, writers != u"api"_s ? seconds : 0);
    return ApiResponse::json(200, settings());
}

ApiResponse RealOrgControls::lockRows(const QJsonObject &body)
{
    const std::optional<double> rate = shareOf(body.value(u"rate"_s));
    if (!rate)
        return badRequest(u"rate must be a number from 0 to 1"_s);
    m_org.saveRules().setLockFailureRate(*rate);
    return ApiResponse::json(200, settings());
}

ApiResponse RealOrgControls::automation(const ApiRequest &request, const QJsonObject &body)
{
    if (request.method == "DELETE") {
        m_org.saveRules().clearAutomations();
    } else if (request.method == "POST") {
        QString error;
        if (!m_org.saveRules().setAutomation(
                m_org.store().schema(), body.value(u"object"_s).toString(),
                body.value(u"field"_s).toString(), body.value(u"value"_s), &error))
            return badRequest(error);
    }
    return ApiResponse::json(200, settings());
}

ApiResponse RealOrgControls::randomFaults(const ApiRequest &request, const QJsonObject &body)
{
    if (request.method == "POST") {
        const std::optional<double> rate = shareOf(body.value(u"rate"_s));
        const qint64 seed = body.value(u"seed"_s).toInteger(m_org.randomFaults().seed());
        if (!rate || seed < 0 || seed > 0xffffffffLL)
            return badRequest(u"rate must be a number from 0 to 1, seed a number 0 or more"_s);
        m_org.randomFaults().configure(*rate, quint32(seed));
    }
    return ApiResponse::json(200, settings());
}

QString RealOrgControls::crmUser(const QJsonObject &body) const
{
    const QString named = body.value(u"userId"_s).toString();
    return named.isEmpty() ? m_org.crmUsers().userIds().first() : named;
}

ApiResponse RealOrgControls::convertLead(const QJsonObject &body)
{
    return outcome(m_org.crmOperations().convertLead(
        body.value(u"leadId"_s).toString(), body.value(u"contactId"_s).toString(),
        body.value(u"accountId"_s).toString(), crmUser(body)));
}

ApiResponse RealOrgControls::merge(const QJsonObject &body)
{
    QStringList losers;
    for (const QJsonValue &id : body.value(u"mergedIds"_s).toArray())
        losers.append(id.toString());
    return outcome(
        m_org.crmOperations().merge(body.value(u"masterId"_s).toString(), losers, crmUser(body)));
}

ApiResponse RealOrgControls::hardDelete(const QJsonObject &body)
{
    QStringList ids;
    for (const QJsonValue &id : body.value(u"ids"_s).toArray())
        ids.append(id.toString());
    if (ids.isEmpty())
        return badRequest(u"ids must list at least one record id"_s);
    return outcome(m_org.crmOperations().hardDelete(ids));
}

ApiResponse RealOrgControls::meter() const
{
    const QDateTime now = m_org.clock().now();
    const DailyAllocation &allocation = m_org.allocation();
    QJsonArray hours;
    for (const auto &[hour, calls] : allocation.callsByHour(now))
        hours.append(QJsonObject{{u"hour"_s, salesforceDateTime(hour)}, {u"calls"_s, calls}});
    return ApiResponse::json(200,
                             QJsonObject{{u"used"_s, allocation.used(now)},
                                         {u"max"_s, allocation.max()},
                                         {u"limit"_s, allocation.limit()},
                                         {u"remaining"_s, allocation.remaining(now)},
                                         {u"byHour"_s, hours},
                                         {u"faultsInjected"_s, m_org.randomFaults().injected()}});
}

} // namespace syncdesk::sandbox
