#pragma once

#include "http/api_request.h"
#include "http/api_response.h"
#include "server/bulk_controls.h"
#include "server/event_log_controls.h"
#include "server/real_org_controls.h"

namespace syncdesk::sandbox {

class SandboxOrg;

// The test controls under /_sandbox/, outside Salesforce's paths:
//   GET  /_sandbox/state                 the org at a glance
//   GET  /_sandbox/usage                 {"used","max","nextRelease"}
//   POST /_sandbox/usage {"used":N}      make usage exactly N (calls made now)
//   POST /_sandbox/clock {"advanceSeconds":N}
//   POST /_sandbox/allocation {"max":N, "overageCap":N}
//   POST /_sandbox/faults {"kind","status","delayMs","count","path","method"}; DELETE clears
//        (kind "hold": the request is never answered nor done, for a test to kill its client)
//   POST /_sandbox/sessions {"expireAll":true} or {"timeoutSeconds":N}
//   POST /_sandbox/simulation {"otherIntegrationsPerHour":N, "userEditsPerHour":N,
//                              "userEditsSyncedShare":0..1}
//   POST /_sandbox/reset
// and the busy-real-org ones of RealOrgControls, and EventLogControls'
//   GET|POST /_sandbox/event-logs {"viewPermission":bool,
//   "columns":"standard"|"shuffled"|"extended"}
class ControlEndpoints
{
public:
    explicit ControlEndpoints(SandboxOrg &org);

    ApiResponse handle(const ApiRequest &request);

private:
    ApiResponse state() const;
    ApiResponse usage(const ApiRequest &request);
    ApiResponse clock(const QJsonObject &body);
    ApiResponse allocation(const QJsonObject &body);
    ApiResponse faults(const ApiRequest &request, const QJsonObject &body);
    ApiResponse sessions(const QJsonObject &body);
    ApiResponse simulation(const QJsonObject &body);

    SandboxOrg &m_org;
    RealOrgControls m_realOrg;
    EventLogControls m_eventLogs;
    BulkControls m_bulk;
};

} // namespace syncdesk::sandbox
