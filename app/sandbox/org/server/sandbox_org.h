#pragma once

#include "auth/oauth_service.h"
#include "bulk/bulk_jobs.h"
#include "data/record_store.h"
#include "eventlog/api_usage_log.h"
#include "eventlog/event_log_files.h"
#include "http/api_request.h"
#include "http/api_response.h"
#include "limits/daily_allocation.h"
#include "limits/org_clock.h"
#include "rest/api_router.h"
#include "rest/query_cursors.h"
#include "rest/save_rules.h"
#include "server/control_endpoints.h"
#include "server/fault_plan.h"
#include "server/random_faults.h"
#include "server/request_log.h"
#include "server/sandbox_config.h"
#include "sim/crm_operations.h"
#include "sim/crm_users.h"
#include "sim/other_integrations.h"

#include <QObject>
#include <memory>

namespace syncdesk::sandbox {

class StateFile;

// One whole org: its records, users' sessions, the daily allocation, the
// simulated rest of the org, and the test controls, behind one entry point.
class SandboxOrg : public QObject
{
    Q_OBJECT

public:
    // What the transport should do with a request's answer.
    struct Reply
    {
        ApiResponse response;
        int delayMs = 0;
        bool drop = false;
        bool hold = false; // never answered (Fault::Kind::Hold)
    };

    explicit SandboxOrg(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxOrg() override;

    // Opens the state file (when configured) or seeds the org; false, with a
    // message, when the file cannot be used.
    bool open(QString *error);
    // The base URL clients are sent to, e.g. http://127.0.0.1:41234.
    void setInstanceUrl(const QString &url) { m_context.instanceUrl = url; }

    Reply handle(const ApiRequest &request);

    // For the controls and tests.
    OrgClock &clock() { return m_clock; }
    DailyAllocation &allocation() { return m_allocation; }
    RecordStore &store() { return m_store; }
    OAuthService &oauth() { return m_oauth; }
    FaultPlan &faults() { return m_faults; }
    OtherIntegrations &otherIntegrations() { return m_otherIntegrations; }
    CrmUsers &crmUsers() { return m_crmUsers; }
    ApiUsageLog &usageLog() { return m_usageLog; }
    EventLogFiles &eventLogFiles() { return m_eventLogFiles; }
    SaveRules &saveRules() { return m_saveRules; }
    RandomFaults &randomFaults() { return m_randomFaults; }
    CrmOperations &crmOperations() { return m_crmOperations; }
    BulkJobs &bulkJobs() { return m_bulkJobs; }
    const SandboxConfig &config() const { return m_config; }
    // Back to the state after open(): seeded data, no usage, no faults, the real
    // clock. Sessions stay valid, so a test can go on with its token.
    void reset();

private:
    void reseed();
    // The busy-real-org behaviours as the command line set them.
    void applyRealOrgConfig();

    SandboxConfig m_config;
    OrgClock m_clock;
    DailyAllocation m_allocation;
    RecordStore m_store;
    OAuthService m_oauth;
    ApiUsageLog m_usageLog;
    EventLogFiles m_eventLogFiles;
    QueryCursors m_cursors;
    OrgContext m_context;
    BulkJobs m_bulkJobs;
    ApiRouter m_router;
    FaultPlan m_faults;
    OtherIntegrations m_otherIntegrations;
    CrmUsers m_crmUsers;
    RandomFaults m_randomFaults;
    SaveRules m_saveRules;
    CrmOperations m_crmOperations;
    ControlEndpoints m_controls;
    RequestLog m_requestLog;
    std::unique_ptr<StateFile> m_stateFile;
};

} // namespace syncdesk::sandbox
