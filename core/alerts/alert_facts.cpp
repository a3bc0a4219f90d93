#include "alerts/alert_facts.h"

#include "store/api_call_ledger_store.h"
#include "store/api_usage_log_store.h"
#include "store/failure_store.h"
#include "store/integration_usage_query.h"
#include "store/outbox_store.h"
#include "store/usage_sample_store.h"
#include "usage/other_integrations.h"
#include "usage/our_calls_window.h"
#include "usage/usage_forecast.h"

namespace syncdesk {

TopIntegrations TopIntegrations::fromStore(QSqlDatabase db, const QDateTime &at)
{
    const IntegrationUsageQuery query(db);
    TopIntegrations result;
    IntegrationUsageReport report = query.report(UsageGrouping::Integration, recentHours, at);
    if (!report.coveredHours.isEmpty() && report.uncoveredHours.isEmpty()) {
        result.span = Span::Recent;
        result.hours = recentHours;
    } else {
        const QList<QDateTime> covered =
            ApiUsageLogStore(db).coveredHours(report.to.addDays(-lookbackDays), report.to);
        if (covered.isEmpty()) {
            result.problem = report.problem;
            return result;
        }
        // The report's period ends with the hour that holds its `now`: the last covered one.
        report = query.report(UsageGrouping::Integration, loggedHours, covered.last());
        result.span = Span::LatestLogged;
        result.hours = int(report.coveredHours.size());
        result.loggedUntil = report.to;
    }
    for (const IntegrationUsageRow &row : std::as_const(report.rows)) {
        if (result.top.size() == shown)
            break;
        result.top.append(Entry{row.name, row.calls});
    }
    return result;
}

AlertFacts AlertFacts::collect(QSqlDatabase db, const AlertTrigger &trigger, const QString &orgName)
{
    AlertFacts facts;
    facts.trigger = trigger;
    facts.orgName = orgName;

    const QDateTime at = trigger.at;
    const QList<ApiCallRecord> calls =
        ApiCallLedgerStore(db).callsSince(at.addSecs(-OurCallsWindow::windowSeconds));
    const OurCallsWindow window(calls, at);
    for (const CallCategory category : allCallCategories)
        facts.ourCalls[callCategoryIndex(category)] = window.counted(category);
    facts.ourCallsTotal = window.countedTotal();
    facts.otherIntegrations = OtherIntegrations::calls(trigger.used, facts.ourCallsTotal);

    // Two days of samples: the forecast reads the day before the window too.
    QList<UsageSample> samples = UsageSampleStore(db).since(at.addDays(-2));
    if (samples.isEmpty() || samples.last().at < at) {
        samples.append(UsageSample{
            .at = at, .used = trigger.used, .max = trigger.max, .source = UsageSample::Header});
    }
    const UsageForecast forecast = UsageForecast::project(samples, at);
    facts.forecastKnown = forecast.from.isValid();
    facts.limitReachedAt = forecast.limitReachedAt;

    const FailureStore failures(db);
    const QList<SyncFailure> all = failures.all();
    facts.failures = int(all.size());
    for (const SyncFailure &failure : all) {
        if (failure.category == FailureCategory::NoApiCredits)
            ++facts.noCreditFailures;
    }
    facts.outboxWaiting = OutboxStore(db).waitingCount();
    facts.topIntegrations = TopIntegrations::fromStore(db, at);
    return facts;
}

} // namespace syncdesk
