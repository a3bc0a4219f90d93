#pragma once

#include <QDateTime>
#include <QString>

namespace syncdesk::sandbox {

class ApiUsageLog;
class BulkJobs;
class DailyAllocation;
class EventLogFiles;
class OAuthService;
class OrgClock;
class OrgSchema;
class QueryCursors;
class RecordStore;
class SaveRules;

// What every endpoint may reach of the org. The SandboxOrg owns all of it.
struct OrgContext
{
    const OrgSchema &schema;
    RecordStore &store;
    OAuthService &oauth;
    DailyAllocation &allocation;
    OrgClock &clock;
    QueryCursors &cursors;
    QString instanceUrl;                    // e.g. http://127.0.0.1:41234
    QDateTime schemaModifiedAt;             // for describe's If-Modified-Since
    SaveRules *saveRules = nullptr;         // locks and automation on API saves; none when null
    ApiUsageLog *usageLog = nullptr;        // ApiTotalUsage events; none recorded when null
    EventLogFiles *eventLogFiles = nullptr; // the EventLogFile object; absent when null
    BulkJobs *bulkJobs = nullptr;           // Bulk API 2.0 jobs under /jobs; absent when null
};

} // namespace syncdesk::sandbox
