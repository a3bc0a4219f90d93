#pragma once

#include "data/seed_data.h"
#include "eventlog/api_usage_columns.h"

#include <QString>
#include <QStringList>

namespace syncdesk::sandbox {

// Everything the command line can set. Simulations are off by default so
// that tests count calls exactly.
struct SandboxConfig
{
    quint16 port = 0; // 0 picks a free port
    int dailyLimit = 15000;
    int overageCap = 0; // > dailyLimit lets used go over max up to this cap
    quint32 seed = 1;
    SeedCounts seedCounts;
    QString databasePath;   // empty: state in memory only
    QString requestLogPath; // empty: no request log
    double otherIntegrationsPerHour = 0;
    double userEditsPerHour = 0;
    // Start with a day of other integrations' calls already in the window.
    bool withUsageHistory = false;
    // An org set up without SyncDesk's custom external-id fields.
    bool withoutSyncDeskFields = false;
    qint64 sessionTimeoutSeconds = 2 * 60 * 60;

    // A busy real org (see SALESFORCE.md, "Change detection on a real org"),
    // every part off by default.
    bool wholeSecondStamps = false;
    qint64 commitDelaySeconds = 0;
    bool commitDelayForApi = true; // which writers the commit delay holds back
    bool commitDelayForCrmUsers = true;
    double lockRowRate = 0;  // share of record saves refused UNABLE_TO_LOCK_ROW
    QStringList automations; // "Object.Field=value", run on API saves
    double faultRate = 0;    // share of requests given a random fault
    int latencyMs = 0;       // every API answer this late: the round trip to a far-away org
    quint32 faultSeed = 1;
    double userEditsSyncedShare = 0; // share of CRM-user edits on SyncDesk's records
    // The event log files (ApiTotalUsage), as an org can make them awkward.
    bool eventLogViewPermission = true; // "View Event Log Files" granted
    ApiUsageLayoutChoice eventLogLayout = ApiUsageLayoutChoice::Standard;
    // Bulk API 2.0: seconds on the org's clock each chunk of 10,000 records
    // takes (0: done by the next request), and the records in a query results
    // page when the client names no maxRecords.
    qint64 bulkProcessingDelaySeconds = 0;
    qint64 bulkQueryPageRecords = 50'000;
    QString username = QStringLiteral("admin@sandbox.syncdesk.test");
    QString password = QStringLiteral("sandbox");
};

} // namespace syncdesk::sandbox
