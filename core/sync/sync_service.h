#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace syncdesk {

// The parts of the sync an admin can switch off on their own, to spend fewer calls when
// the org runs low ("disabling specific services"). Pause Sync stops all of them; a
// switch stops one and leaves the rest running.
enum class SyncService
{
    ActivityLogging,     // calls and emails logged as Task records
    UpdatesToSalesforce, // local record changes written to Salesforce
    LeadsFromSalesforce, // the inbound poll's query of each object
    ContactsFromSalesforce,
    AccountsFromSalesforce,
    OpportunitiesFromSalesforce,
};

inline constexpr std::array<SyncService, 6> allSyncServices{
    SyncService::ActivityLogging,        SyncService::UpdatesToSalesforce,
    SyncService::LeadsFromSalesforce,    SyncService::ContactsFromSalesforce,
    SyncService::AccountsFromSalesforce, SyncService::OpportunitiesFromSalesforce,
};

// The stable, untranslated name scripts and the settings use ("activity-logging").
QString syncServiceName(SyncService service);
std::optional<SyncService> syncServiceFromName(QStringView name);
QStringList allSyncServiceNames();

// The sObject an inbound service reads; empty for the outbound services.
QString inboundCrmObject(SyncService service);
std::optional<SyncService> inboundServiceFor(QStringView crmObject);

// What the admin reads: "Activity logging", "Leads from Salesforce".
QString syncServiceTitle(SyncService service);
// Why its work waits while it is off: "held: activity logging is off".
QString heldBecauseOff(SyncService service);

} // namespace syncdesk
