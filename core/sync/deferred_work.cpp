#include "sync/deferred_work.h"

#include "store/activity_store.h"
#include "store/api_call_ledger_store.h"
#include "store/outbox_store.h"
#include "store/settings_store.h"
#include "store/usage_sample_store.h"
#include "sync/connector_budget.h"
#include "usage/org_usage_now.h"
#include "usage/our_calls_window.h"

namespace syncdesk {

DeferredWork DeferredWork::fromStore(QSqlDatabase db, const QDateTime &now)
{
    DeferredWork work;
    const SettingsStore settings(db);
    const ConnectorBudget budget(settings.value(SettingKeys::ConnectorBudget),
                                 settings.value(SettingKeys::ReserveForOthers));
    work.budgetLimited = budget.isLimited();
    if (!work.budgetLimited)
        return work;

    // As SyncEngine::checkBudget: our counted calls in the window, the org's last report.
    QList<QDateTime> ourCalls;
    for (const ApiCallRecord &call :
         ApiCallLedgerStore(db).callsSince(now.addSecs(-OurCallsWindow::windowSeconds))) {
        if (countsAgainstOrgLimit(call))
            ourCalls.append(call.at);
    }
    std::optional<ApiUsage> org;
    if (const std::optional<UsageSample> latest = UsageSampleStore(db).latest()) {
        if (const std::optional<OrgUsageNow> usage = OrgUsageNow::from({*latest}, now))
            org = usage->usage();
    }
    const BudgetDecision decision = budget.check(ourCalls, org, now, 1);
    if (decision.allowed)
        return work;
    work.deferred = true;
    work.resumesAt = decision.resumesAt;
    work.items = OutboxStore(db).waitingCount() + ActivityStore(db).pendingCount();
    return work;
}

} // namespace syncdesk
