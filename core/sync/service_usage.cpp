#include "sync/service_usage.h"

#include "store/activity_store.h"
#include "store/api_call_ledger_store.h"
#include "store/field_mapping_store.h"
#include "store/outbox_store.h"
#include "store/settings_store.h"
#include "sync/call_cost_estimate.h"
#include "sync/service_switches.h"
#include "usage/our_calls_window.h"

namespace syncdesk {

namespace {

CallCategory ledgerCategoryOf(SyncService service)
{
    switch (service) {
    case SyncService::ActivityLogging:
        return CallCategory::ActivityLogging;
    case SyncService::UpdatesToSalesforce:
        return CallCategory::OutboundUpdate;
    default:
        return CallCategory::InboundPoll;
    }
}

// The estimate's arithmetic, fed what the engine runs with now.
class ServiceCostEstimate
{
public:
    ServiceCostEstimate(QSqlDatabase db, const QDateTime &now)
        : m_mappings(FieldMappingStore(db).all())
        , m_rates(observedChangeRates(db, now))
    {
        const SettingsStore settings(db);
        m_outboundSeconds = settings.value(SettingKeys::OutboundIntervalSeconds);
        m_inboundSeconds = settings.value(SettingKeys::InboundIntervalSeconds);
        m_readBeforeWrite = settings.value(SettingKeys::ReadBeforeWrite);
    }

    double callsPerDay(SyncService service) const
    {
        const QString crmObject = inboundCrmObject(service);
        if (crmObject.isEmpty()) {
            const CallCostEstimate all = estimate(m_mappings);
            return service == SyncService::ActivityLogging ? all.activities
                                                           : all.outbound + all.readBeforeWrite;
        }
        QList<FieldMapping> objectOnly;
        for (const FieldMapping &mapping : m_mappings) {
            if (mapping.crmObject == crmObject && mapping.syncsFromCrm())
                objectOnly.append(mapping);
        }
        return estimate(objectOnly).inbound;
    }

private:
    CallCostEstimate estimate(const QList<FieldMapping> &mappings) const
    {
        return estimateCallsPerDay(mappings, m_outboundSeconds, m_inboundSeconds, m_rates,
                                   m_readBeforeWrite);
    }

    QList<FieldMapping> m_mappings;
    ChangeRates m_rates;
    int m_outboundSeconds = 0;
    int m_inboundSeconds = 0;
    bool m_readBeforeWrite = true;
};

} // namespace

QList<ServiceUsage> serviceUsageFromStore(QSqlDatabase db, const QDateTime &now)
{
    const ServiceSwitches switches = ServiceSwitches::fromStore(db);
    const OurCallsWindow window(
        ApiCallLedgerStore(db).callsSince(now.addSecs(-OurCallsWindow::windowSeconds)), now);
    const ServiceCostEstimate cost(db, now);
    QList<ServiceUsage> services;
    for (SyncService service : allSyncServices) {
        ServiceUsage usage;
        usage.service = service;
        usage.on = switches.isOn(service);
        usage.callsLast24h = window.counted(ledgerCategoryOf(service));
        usage.sharesCalls = !inboundCrmObject(service).isEmpty();
        usage.estimatedCallsPerDay = cost.callsPerDay(service);
        if (!usage.on && service == SyncService::ActivityLogging)
            usage.heldItems = ActivityStore(db).pendingCount();
        else if (!usage.on && service == SyncService::UpdatesToSalesforce)
            usage.heldItems = OutboxStore(db).waitingCount();
        services.append(usage);
    }
    return services;
}

} // namespace syncdesk
