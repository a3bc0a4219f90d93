#include "sync/engine_status.h"

#include <QJsonValue>
#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr std::array kStateNames{
    std::pair{EngineState::Idle, u"idle"},
    std::pair{EngineState::Syncing, u"syncing"},
    std::pair{EngineState::PausedByAdmin, u"paused"},
    std::pair{EngineState::PausedNoCredits, u"paused_no_credits"},
    std::pair{EngineState::DeferredByBudget, u"deferred_by_budget"},
    std::pair{EngineState::NeedsSignIn, u"needs_sign_in"},
    std::pair{EngineState::Stopped, u"stopped"},
};

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QString engineStateName(EngineState state)
{
    for (const auto &[candidate, name] : kStateNames) {
        if (candidate == state)
            return QString::fromUtf16(name);
    }
    return u"stopped"_s;
}

std::optional<EngineState> engineStateFromName(const QString &name)
{
    for (const auto &[state, candidate] : kStateNames) {
        if (name == QStringView(candidate))
            return state;
    }
    return std::nullopt;
}

QJsonObject EngineStatus::toJson() const
{
    return QJsonObject{
        {u"state"_s, engineStateName(state)},
        {u"lastSyncAt"_s, timeToJson(lastSyncAt)},
        {u"nextSyncAt"_s, timeToJson(nextSyncAt)},
        {u"resumesAt"_s, timeToJson(resumesAt)},
        {u"nextCheckAt"_s, timeToJson(nextCheckAt)},
        {u"pendingChanges"_s, pendingChanges},
        {u"pendingActivities"_s, pendingActivities},
        {u"failures"_s, failures},
        {u"deferredItems"_s, deferredItems},
        {u"heldChanges"_s, heldChanges},
        {u"heldActivities"_s, heldActivities},
        {u"callsPending"_s, callsPending},
        {u"readsUsageLogs"_s, readsUsageLogs},
        {u"detail"_s, detail},
        {u"bulk"_s, bulk.toJson()},
    };
}

EngineStatus EngineStatus::fromJson(const QJsonObject &json)
{
    EngineStatus status;
    status.state = engineStateFromName(json.value(u"state"_s).toString()).value_or(status.state);
    status.lastSyncAt = timeFromJson(json.value(u"lastSyncAt"_s));
    status.nextSyncAt = timeFromJson(json.value(u"nextSyncAt"_s));
    status.resumesAt = timeFromJson(json.value(u"resumesAt"_s));
    status.nextCheckAt = timeFromJson(json.value(u"nextCheckAt"_s));
    status.pendingChanges = json.value(u"pendingChanges"_s).toInt();
    status.pendingActivities = json.value(u"pendingActivities"_s).toInt();
    status.failures = json.value(u"failures"_s).toInt();
    status.deferredItems = json.value(u"deferredItems"_s).toInt();
    status.heldChanges = json.value(u"heldChanges"_s).toInt();
    status.heldActivities = json.value(u"heldActivities"_s).toInt();
    status.callsPending = json.value(u"callsPending"_s).toBool();
    status.readsUsageLogs = json.value(u"readsUsageLogs"_s).toBool();
    status.detail = json.value(u"detail"_s).toString();
    status.bulk = BulkProgress::fromJson(json.value(u"bulk"_s).toObject());
    return status;
}

} // namespace syncdesk
