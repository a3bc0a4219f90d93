#include "limits/limits_json.h"

#include "limits/daily_allocation.h"

#include <QStringList>
#include <algorithm>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

struct StaticLimit
{
    const char16_t *name;
    qint64 max;
    qint64 remaining;
    bool perApp; // reported with an entry per connected app
};

// A Developer Edition org at rest (values as reported by real DE orgs; the
// older DailyBulkApiRequests name is kept beside DailyBulkApiBatches because
// clients written against either may read it).
constexpr StaticLimit kStaticLimits[] = {
    {u"AnalyticsExternalDataSizeMB", 40960, 40960, false},
    {u"BOZosCalloutHourlyLimit", 20000, 20000, false},
    {u"ConcurrentAsyncGetReportInstances", 200, 200, false},
    {u"ConcurrentEinsteinDataInsightsStoryCreation", 5, 5, false},
    {u"ConcurrentEinsteinDiscoveryStoryCreation", 2, 2, false},
    {u"ConcurrentSyncReportRuns", 20, 20, false},
    {u"DailyAnalyticsDataflowJobExecutions", 60, 60, false},
    {u"DailyAnalyticsUploadedFilesSizeMB", 51200, 51200, false},
    {u"DailyAsyncApexExecutions", 250000, 250000, false},
    {u"DailyBulkApiBatches", 15000, 15000, true},
    {u"DailyBulkApiRequests", 5000, 5000, false},
    {u"DailyBulkV2QueryFileStorageMB", 976562, 976562, false},
    {u"DailyBulkV2QueryJobs", 10000, 10000, false},
    {u"DailyDurableGenericStreamingApiEvents", 10000, 10000, false},
    {u"DailyDurableStreamingApiEvents", 10000, 10000, false},
    {u"DailyEinsteinDataInsightsStoryCreation", 1000, 1000, false},
    {u"DailyEinsteinDiscoveryPredictAPICalls", 50000, 50000, false},
    {u"DailyEinsteinDiscoveryPredictionsByCDC", 500000, 500000, false},
    {u"DailyEinsteinDiscoveryStoryCreation", 100, 100, false},
    {u"DailyFunctionsApiCallLimit", 50000, 50000, false},
    {u"DailyGenericStreamingApiEvents", 10000, 10000, true},
    {u"DailyStandardVolumePlatformEvents", 10000, 10000, false},
    {u"DailyStreamingApiEvents", 10000, 10000, true},
    {u"DailyWorkflowEmails", 390, 390, false},
    {u"DataStorageMB", 5, 5, false},
    {u"DurableStreamingApiConcurrentClients", 20, 20, false},
    {u"FileStorageMB", 20, 20, false},
    {u"HourlyAsyncReportRuns", 1200, 1200, false},
    {u"HourlyDashboardRefreshes", 200, 200, false},
    {u"HourlyDashboardResults", 5000, 5000, false},
    {u"HourlyDashboardStatuses", 999999999, 999999999, false},
    {u"HourlyLongTermIdMapping", 100000, 100000, false},
    {u"HourlyManagedContentPublicRequests", 50000, 50000, false},
    {u"HourlyODataCallout", 10000, 10000, false},
    {u"HourlyPublishedPlatformEvents", 50000, 50000, false},
    {u"HourlyPublishedStandardVolumePlatformEvents", 1000, 1000, false},
    {u"HourlyShortTermIdMapping", 100000, 100000, false},
    {u"HourlySyncReportRuns", 500, 500, false},
    {u"HourlyTimeBasedWorkflow", 50, 50, false},
    {u"MassEmail", 10, 10, false},
    {u"MonthlyEinsteinDiscoveryStoryCreation", 500, 500, false},
    {u"MonthlyPlatformEventsUsageEntitlement", 0, 0, false},
    {u"Package2VersionCreates", 6, 6, false},
    {u"Package2VersionCreatesWithoutValidation", 500, 500, false},
    {u"PrivateConnectOutboundCalloutHourlyLimitMB", 0, 0, false},
    {u"SingleEmail", 15, 15, false},
    {u"StreamingApiConcurrentClients", 20, 20, false},
};

// The connected apps every org ships with, plus SyncDesk itself. Salesforce
// reports them under the per-app limits with Max 0 when no per-app cap is set.
QStringList connectedApps()
{
    return {u"Ant Migration Tool"_s,
            u"Dataloader Bulk"_s,
            u"Dataloader Partner"_s,
            u"Force.com IDE"_s,
            u"Salesforce Mobile Dashboards"_s,
            u"Salesforce Touch"_s,
            u"Salesforce for Outlook"_s,
            u"SyncDesk"_s,
            u"Workbench"_s};
}

QJsonObject maxRemaining(qint64 max, qint64 remaining)
{
    return QJsonObject{{u"Max"_s, max}, {u"Remaining"_s, remaining}};
}

} // namespace

QJsonObject limitsBody(const DailyAllocation &allocation, const QDateTime &now)
{
    QJsonObject body;
    const QStringList apps = connectedApps();
    for (const StaticLimit &limit : kStaticLimits) {
        QJsonObject entry = maxRemaining(limit.max, limit.remaining);
        if (limit.perApp) {
            for (const QString &app : apps)
                entry.insert(app, maxRemaining(0, 0));
        }
        body.insert(QString::fromUtf16(limit.name), entry);
    }

    body.insert(
        u"DailyApiRequests"_s,
        maxRemaining(allocation.max(), std::max(0, allocation.max() - allocation.used(now))));

    // Permission sets: the standard ones count against the total, so a fresh
    // DE org already has a few in use.
    QJsonObject permissionSets = maxRemaining(1500, 1491);
    permissionSets.insert(u"CreateCustom"_s, maxRemaining(1000, 992));
    body.insert(u"PermissionSets"_s, permissionSets);
    return body;
}

} // namespace syncdesk::sandbox
