#pragma once

#include "store/field_mapping_store.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace syncdesk {

// How much changes, per day, on each side. Local objects are the field mappings'
// local_object names ("person", "account", "opportunity", "activity"); CRM objects are
// sObject names ("Contact", "Lead", "Account", "Opportunity").
struct ChangeRates
{
    QHash<QString, double> localRecordsPerDay; // records changed locally, per local object
    double activitiesPerDay = 0;               // calls and emails to log as Tasks
    QHash<QString, double> crmRecordsPerDay;   // records changed in Salesforce, per sObject
    qint64 linkedRecords = 0;                  // live records linked to Salesforce
};

struct CallCostEstimate
{
    double outbound = 0;
    double activities = 0;
    double inbound = 0;
    double deletionSweep = 0;
    double readBeforeWrite = 0;
    double usageLogs = 0; // reading who spent the org's calls (ApiUsageLogReader)

    double total() const
    {
        return outbound + activities + inbound + deletionSweep + readBeforeWrite + usageLogs;
    }
};

// Estimated API calls per day of a field configuration and its intervals.
//
// The model follows what the engine sends (DESIGN.md, "Spending few calls"):
// - Outbound: every flush interval, the records changed since the last flush go out in
//   sObject Collections of 200, five to a /composite call: ceil(records / 1000) calls per
//   flush, and nothing for a flush with nothing to send. Only local objects with at least
//   one field mapped to_crm or both count; the others never enter the outbox. A flush has
//   work only when some change arrived during it, so there are at most as many flushes
//   with work as changes per day.
// - Activities: the same arithmetic on the flush interval, with the activities per day,
//   when the "activity" object has a field mapped to Salesforce.
// - Inbound: one /composite of queries per inbound interval for all the sObjects that have
//   a field mapped from_crm or both, plus one call for every further page of 2,000 rows an
//   object's changes need in a poll; nothing when no field comes from Salesforce.
// - Deletion sweep: with anything read inbound, once a day one call per 2,500 linked
//   records (DeletionSweep), to find records deleted without a trace.
// - Read before write (on by default): each busy flush first reads the changed records of
//   objects also read inbound, 2,500 to a call (ReadBeforeWrite); new records are counted
//   too, so this is an upper bound.
// - Usage logs (when `readsUsageLogs`, as a running engine with readUsageLogs does): at most
//   a listing of the org's ApiTotalUsage files an hour and one download per new hourly file,
//   48 a day (ApiUsageLogReader::estimatedCallsPerDay), whatever the configuration.
// Fractions are kept (a rate per day is an average); the caller rounds for display.
CallCostEstimate estimateCallsPerDay(const QList<FieldMapping> &mappings,
                                     int outboundIntervalSeconds, int inboundIntervalSeconds,
                                     const ChangeRates &rates, bool readBeforeWrite = true,
                                     bool readsUsageLogs = false);

// The change rates observed in the store over the last `days` days before now: records
// whose updated_at falls in the window (per kind, and per CRM object for linked records)
// and activities created in it.
ChangeRates observedChangeRates(QSqlDatabase db, const QDateTime &now, int days = 7);

namespace call_cost {
inline constexpr int RecordsPerCompositeCall = 1000; // 5 collections of 200
inline constexpr int RowsPerQueryPage = 2000;
inline constexpr int RecordsReadBeforeWrite = 2500; // 5 queries of 500 ids
inline constexpr int SecondsPerDay = 86400;
} // namespace call_cost

} // namespace syncdesk
