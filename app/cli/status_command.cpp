// `syncdesk-cli status`: where the org stands and what SyncDesk is doing, from the store.
#include "cli_commands.h"
#include "cli_context.h"
#include "engine_whereabouts.h"
#include "store/activity_store.h"
#include "store/api_call_ledger_store.h"
#include "store/connection_store.h"
#include "store/failure_store.h"
#include "store/outbox_store.h"
#include "store/settings_store.h"
#include "store/sync_run_store.h"
#include "store/usage_sample_store.h"
#include "sync/bulk_progress.h"
#include "sync/credit_wait.h"
#include "sync/deferred_work.h"
#include "sync/engine_status.h"
#include "sync/service_switches.h"
#include "usage/org_usage_now.h"
#include "usage/other_integrations.h"
#include "usage/our_calls_window.h"
#include "usage/usage_forecast.h"
#include "usage/usage_level.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("StatusCommand", text, disambiguation, n);
}

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

int runStatus(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("syncdesk-cli status: the org's API usage, the "
                                        "threshold, SyncDesk's own calls, the engine, and the "
                                        "services switched off with the work they hold."));
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object for scripts."));
    parser.addOption(json);
    if (const auto stop = context.parse(parser, args))
        return *stop;
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<OrgConnection> org = ConnectionStore(*db).active();
    const QList<ApiCallRecord> calls =
        ApiCallLedgerStore(*db).callsSince(now.addSecs(-2 * OurCallsWindow::windowSeconds));
    const QList<UsageSample> samples =
        UsageSampleStore(*db).since(now.addSecs(-2 * OurCallsWindow::windowSeconds));
    const std::optional<OrgUsageNow> usage = OrgUsageNow::from(samples, now);
    const OurCallsWindow ours(calls, now);
    const UsageForecast forecast = UsageForecast::project(samples, now);
    const SettingsStore settings(*db);
    const QList<SyncRun> lastRun = SyncRunStore(*db).recent(1);
    const EngineWhereabouts engine = EngineWhereabouts::find(context, *db, now);
    const std::optional<qint64> enginePid =
        engine.running ? std::optional<qint64>(engine.pid) : std::nullopt;
    // A running engine out of credits says in the store when it next asks the org.
    QDateTime nextCheckAt;
    // And where a long Bulk API job it runs stands.
    std::optional<BulkProgress> bulk;
    if (enginePid) {
        nextCheckAt = QDateTime::fromString(settings.value(NextCreditCheckAtKey), Qt::ISODate);
        nextCheckAt.setTimeZone(QTimeZone::utc());
        const QJsonObject stored =
            QJsonDocument::fromJson(settings.value(BulkProgressKey).toUtf8()).object();
        if (stored.value(u"running"_s).toBool())
            bulk = BulkProgress::fromJson(stored);
    }

    QJsonObject status;
    status[u"dataDir"_s] = context.paths().dataDir();
    if (org) {
        status[u"org"_s] = QJsonObject{{u"label"_s, org->label},
                                       {u"instanceUrl"_s, org->instanceUrl.toString()},
                                       {u"orgId"_s, org->orgId},
                                       {u"user"_s, org->username}};
    } else {
        status[u"org"_s] = QJsonValue();
    }
    if (usage && usage->sample.max > 0) {
        const ApiUsage now = usage->usage();
        const double percent = 100.0 * double(now.used) / double(now.max);
        status[u"usage"_s] = QJsonObject{
            {u"used"_s, now.used},
            {u"max"_s, now.max},
            {u"percent"_s, qRound(percent * 10) / 10.0},
            {u"level"_s, usageLevelName(usageLevelFor(percent))},
            {u"ageSeconds"_s, usage->ageSeconds},
            {u"otherIntegrations"_s, OtherIntegrations::atSample(usage->sample, calls)}};
    } else {
        status[u"usage"_s] = QJsonValue();
    }
    const int thresholdCalls = settings.value(SettingKeys::ThresholdCalls);
    status[u"threshold"_s] = QJsonObject{
        {u"enabled"_s, settings.value(SettingKeys::ThresholdEnabled) && thresholdCalls > 0},
        {u"calls"_s, thresholdCalls > 0 ? QJsonValue(thresholdCalls) : QJsonValue()},
        {u"contact"_s, settings.value(SettingKeys::AlertContact)}};
    QJsonObject byCategory;
    for (CallCategory category : allCallCategories)
        byCategory[callCategoryName(category)] = ours.counted(category);
    status[u"ourCalls24h"_s] = QJsonObject{{u"total"_s, ours.countedTotal()},
                                           {u"refusedForLimit"_s, ours.refusedForLimitTotal()},
                                           {u"byCategory"_s, byCategory}};
    status[u"forecast"_s] =
        QJsonObject{{u"limitReachedAt"_s,
                     forecast.limitReachedAt ? timeOrNull(*forecast.limitReachedAt) : QJsonValue()},
                    {u"pacePerHour"_s, qRound(forecast.pacePerHour * 10) / 10.0},
                    {u"rollOffNextHour"_s, forecast.rollOffNextHour}};
    // The engine's live state is its own; from outside it is known to run or not.
    status[u"engine"_s] = QJsonObject{
        {u"state"_s, enginePid ? u"running"_s : engineStateName(EngineState::Stopped)},
        {u"pid"_s, enginePid ? QJsonValue(*enginePid) : QJsonValue()},
        // Team mode: the elected engine's host, what it last reported and when.
        {u"host"_s, engine.host.isEmpty() ? QJsonValue() : QJsonValue(engine.host)},
        {u"reportedState"_s,
         engine.status ? QJsonValue(engineStateName(engine.status->state)) : QJsonValue()},
        {u"lastSeenAt"_s, timeOrNull(engine.lastSeen)},
        {u"pausedNoCredits"_s, nextCheckAt.isValid()},
        {u"nextCheckAt"_s, timeOrNull(nextCheckAt)},
        {u"lastSyncAt"_s,
         lastRun.isEmpty() ? QJsonValue() : timeOrNull(lastRun.first().finishedAt)}};
    // Null unless the running engine is in a long Bulk API 2.0 job (BulkProgress::toJson).
    status[u"bulk"_s] = bulk ? QJsonValue(bulk->toJson()) : QJsonValue();
    status[u"pendingChanges"_s] = OutboxStore(*db).waitingCount();
    status[u"pendingActivities"_s] = ActivityStore(*db).pendingCount();
    // The engine asks the connector budget before each step; the same question asked of
    // the store says what it holds back.
    const DeferredWork deferred = DeferredWork::fromStore(*db, now);
    status[u"deferredItems"_s] = deferred.items;
    status[u"deferredUntil"_s] = deferred.deferred ? timeOrNull(deferred.resumesAt) : QJsonValue();
    status[u"failures"_s] = FailureStore(*db).count();
    // Services the admin switched off, and the queued work they hold (counted as the
    // engine counts it: all waiting changes or activities of a service that is off).
    const ServiceSwitches switches = ServiceSwitches::fromStore(*db);
    QJsonArray servicesOff;
    for (SyncService service : allSyncServices) {
        if (!switches.isOn(service))
            servicesOff.append(syncServiceName(service));
    }
    status[u"servicesOff"_s] = servicesOff;
    const int heldChanges =
        switches.isOn(SyncService::UpdatesToSalesforce) ? 0 : status[u"pendingChanges"_s].toInt();
    const int heldActivities =
        switches.isOn(SyncService::ActivityLogging) ? 0 : status[u"pendingActivities"_s].toInt();
    status[u"heldChanges"_s] = heldChanges;
    status[u"heldActivities"_s] = heldActivities;

    if (parser.isSet(json)) {
        context.printJson(QJsonDocument(status));
    } else {
        {
            QTextStream &out = context.out();
            out << tr("Org:              ")
                << (org ? org->instanceUrl.toString() + u" ("_s + org->orgId + u')'
                        : tr("not connected"))
                << u'\n';
            const QJsonObject u = status[u"usage"_s].toObject();
            out << tr("API usage (24 h): ")
                << (u.isEmpty() ? tr("no figures yet")
                                : tr("%1 of %2 (%3 %, %4)")
                                      .arg(u[u"used"_s].toInteger())
                                      .arg(u[u"max"_s].toInteger())
                                      .arg(u[u"percent"_s].toDouble())
                                      .arg(u[u"level"_s].toString()))
                << u'\n';
            out << tr("Threshold:        ")
                << (thresholdCalls > 0 && settings.value(SettingKeys::ThresholdEnabled)
                        ? tr("%1 calls, alerts to %2")
                              .arg(thresholdCalls)
                              .arg(settings.value(SettingKeys::AlertContact))
                        : tr("none"))
                << u'\n';
            out << tr("SyncDesk's calls: %1 in 24 h").arg(ours.countedTotal()) << u'\n';
            for (CallCategory category : allCallCategories)
                out << u"  "_s << callCategoryName(category).leftJustified(18)
                    << ours.counted(category) << u'\n';
            if (!u.isEmpty())
                out << tr("Other integrations: %1 calls").arg(u[u"otherIntegrations"_s].toInteger())
                    << u'\n';
            out << tr("Forecast:         ")
                << (forecast.limitReachedAt
                        ? tr("limit reached at %1")
                              .arg(forecast.limitReachedAt->toLocalTime().toString(Qt::ISODate))
                    : forecast.from.isValid() ? tr("stays under the limit for 24 h")
                                              : tr("no figures yet"))
                << u'\n';
            out << tr("Engine:           ") << engine.describe();
            if (nextCheckAt.isValid())
                out << u"; "_s
                    << tr("Paused: no API credits; next check %1")
                           .arg(nextCheckAt.toLocalTime().toString(u"HH:mm"_s));
            out << u'\n';
            if (bulk)
                out << tr("Bulk API job:     ") << bulkProgressText(*bulk) << u'\n';
            out << tr("Pending changes:  %1, activities %2")
                       .arg(status[u"pendingChanges"_s].toInt())
                       .arg(status[u"pendingActivities"_s].toInt())
                << u'\n';
            out << tr("Deferred work:    %1").arg(deferred.items);
            if (deferred.deferred)
                out << u"  "_s
                    << (deferred.resumesAt.isValid()
                            ? tr("(connector budget spent; resumes %1)")
                                  .arg(deferred.resumesAt.toLocalTime().toString(Qt::ISODate))
                            : tr("(connector budget spent)"));
            out << u'\n';
            out << tr("Failures:         %1").arg(status[u"failures"_s].toInt()) << u'\n';
            QStringList off;
            for (const QJsonValue &name : std::as_const(servicesOff))
                off.append(name.toString());
            out << tr("Services off:     ") << (off.isEmpty() ? tr("none") : off.join(u", "_s))
                << u'\n';
            QStringList held;
            if (heldActivities > 0)
                held << tr("activities %1 (%2)")
                            .arg(heldActivities)
                            .arg(heldBecauseOff(SyncService::ActivityLogging));
            if (heldChanges > 0)
                held << tr("changes %1 (%2)")
                            .arg(heldChanges)
                            .arg(heldBecauseOff(SyncService::UpdatesToSalesforce));
            out << tr("Held work:        ")
                << (held.isEmpty() ? tr("none") : held.join(u"\n                  "_s)) << u'\n';
            out.flush();
        }
    }
    return org ? ExitOk : ExitNoData;
}

} // namespace syncdesk::cli
