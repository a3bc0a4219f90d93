#include "sync/sync_service.h"

#include <QCoreApplication>

namespace syncdesk {

namespace {

// What each service is called where: one row per service, in allSyncServices order.
struct ServiceFacts
{
    SyncService service;
    // Stored in the settings and typed by scripts: never rename one, only add.
    const char16_t *name;
    const char16_t *crmObject; // read by the inbound poll; empty for the outbound services
    const char *title;
    const char *heldReason;
};

constexpr std::array<ServiceFacts, allSyncServices.size()> kFacts{{
    {SyncService::ActivityLogging, u"activity-logging", u"",
     QT_TRANSLATE_NOOP("SyncService", "Activity logging"),
     QT_TRANSLATE_NOOP("SyncService", "held: activity logging is off")},
    {SyncService::UpdatesToSalesforce, u"updates-to-salesforce", u"",
     QT_TRANSLATE_NOOP("SyncService", "Updates to Salesforce"),
     QT_TRANSLATE_NOOP("SyncService", "held: updates to Salesforce are off")},
    {SyncService::LeadsFromSalesforce, u"leads-from-salesforce", u"Lead",
     QT_TRANSLATE_NOOP("SyncService", "Leads from Salesforce"),
     QT_TRANSLATE_NOOP("SyncService", "not read: Leads from Salesforce are off")},
    {SyncService::ContactsFromSalesforce, u"contacts-from-salesforce", u"Contact",
     QT_TRANSLATE_NOOP("SyncService", "Contacts from Salesforce"),
     QT_TRANSLATE_NOOP("SyncService", "not read: Contacts from Salesforce are off")},
    {SyncService::AccountsFromSalesforce, u"accounts-from-salesforce", u"Account",
     QT_TRANSLATE_NOOP("SyncService", "Accounts from Salesforce"),
     QT_TRANSLATE_NOOP("SyncService", "not read: Accounts from Salesforce are off")},
    {SyncService::OpportunitiesFromSalesforce, u"opportunities-from-salesforce", u"Opportunity",
     QT_TRANSLATE_NOOP("SyncService", "Opportunities from Salesforce"),
     QT_TRANSLATE_NOOP("SyncService", "not read: Opportunities from Salesforce are off")},
}};

const ServiceFacts &factsOf(SyncService service)
{
    return kFacts[std::size_t(service)];
}

} // namespace

QString syncServiceName(SyncService service)
{
    return QString::fromUtf16(factsOf(service).name);
}

std::optional<SyncService> syncServiceFromName(QStringView name)
{
    for (const ServiceFacts &facts : kFacts) {
        if (name.compare(QString::fromUtf16(facts.name), Qt::CaseInsensitive) == 0)
            return facts.service;
    }
    return std::nullopt;
}

QStringList allSyncServiceNames()
{
    QStringList names;
    for (const ServiceFacts &facts : kFacts)
        names.append(QString::fromUtf16(facts.name));
    return names;
}

QString inboundCrmObject(SyncService service)
{
    return QString::fromUtf16(factsOf(service).crmObject);
}

std::optional<SyncService> inboundServiceFor(QStringView crmObject)
{
    for (const ServiceFacts &facts : kFacts) {
        if (!crmObject.isEmpty() && crmObject == QStringView(facts.crmObject))
            return facts.service;
    }
    return std::nullopt;
}

QString syncServiceTitle(SyncService service)
{
    return QCoreApplication::translate("SyncService", factsOf(service).title);
}

QString heldBecauseOff(SyncService service)
{
    return QCoreApplication::translate("SyncService", factsOf(service).heldReason);
}

} // namespace syncdesk
