#include "server/fault_plan.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

const QList<std::pair<QString, Fault::Kind>> &kindNames()
{
    static const QList<std::pair<QString, Fault::Kind>> names{
        {u"server_error"_s, Fault::Kind::ServerError},
        {u"delay"_s, Fault::Kind::Delay},
        {u"drop"_s, Fault::Kind::Drop},
        {u"malformed_json"_s, Fault::Kind::MalformedJson},
        {u"expire_session"_s, Fault::Kind::ExpireSession},
        {u"hold"_s, Fault::Kind::Hold},
    };
    return names;
}

} // namespace

std::optional<Fault> Fault::fromJson(const QJsonObject &json, QString *error)
{
    Fault fault;
    const QString kind = json.value(u"kind"_s).toString();
    const auto named = std::find_if(kindNames().begin(), kindNames().end(),
                                    [&](const auto &entry) { return entry.first == kind; });
    if (named == kindNames().end()) {
        *error = u"kind must be one of server_error, delay, drop, malformed_json, "
                 "expire_session, hold"_s;
        return std::nullopt;
    }
    fault.kind = named->second;
    fault.status = json.value(u"status"_s).toInt(503);
    fault.delayMs = json.value(u"delayMs"_s).toInt(0);
    fault.remaining = json.value(u"count"_s).toInt(1);
    fault.pathContains = json.value(u"path"_s).toString();
    fault.method = json.value(u"method"_s).toString().toUpper().toLatin1();
    if (fault.kind == Kind::ServerError && (fault.status < 500 || fault.status > 599)) {
        *error = u"status must be a 5xx code"_s;
        return std::nullopt;
    }
    if (fault.kind == Kind::Delay && (fault.delayMs <= 0 || fault.delayMs > 10 * 60 * 1000)) {
        *error = u"delayMs must be between 1 and 600000"_s;
        return std::nullopt;
    }
    if (fault.remaining == 0 || fault.remaining < -1) {
        *error = u"count must be positive, or -1 for every request"_s;
        return std::nullopt;
    }
    return fault;
}

QJsonObject Fault::toJson() const
{
    const auto named = std::find_if(kindNames().begin(), kindNames().end(),
                                    [&](const auto &entry) { return entry.second == kind; });
    return QJsonObject{{u"kind"_s, named->first}, {u"status"_s, status},
                       {u"delayMs"_s, delayMs},   {u"count"_s, remaining},
                       {u"path"_s, pathContains}, {u"method"_s, QString::fromLatin1(method)}};
}

std::optional<Fault> FaultPlan::take(const ApiRequest &request)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.pathContains.isEmpty() && !request.path.contains(fault.pathContains))
            continue;
        if (!fault.method.isEmpty() && request.method != fault.method)
            continue;
        const Fault hit = fault;
        if (fault.remaining > 0 && --fault.remaining == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

QJsonArray FaultPlan::toJson() const
{
    QJsonArray list;
    for (const Fault &fault : m_faults)
        list.append(fault.toJson());
    return list;
}

} // namespace syncdesk::sandbox
