#pragma once

#include "eventlog/api_usage_columns.h"
#include "http/api_request.h"
#include "http/api_response.h"

#include <QJsonObject>
#include <optional>

namespace syncdesk::sandbox {

class SandboxOrg;

// "standard", "shuffled", "extended" (also the values of --event-log-columns).
std::optional<ApiUsageLayoutChoice> eventLogLayoutNamed(const QString &name);

// The /_sandbox/ control of the org's event log files (ApiTotalUsage):
//   GET  /_sandbox/event-logs   settings, events kept, files published
//   POST /_sandbox/event-logs {"viewPermission":false, "columns":"standard"|"shuffled"|"extended"}
// viewPermission false takes "View Event Log Files" away: EventLogFile queries
// answer INVALID_TYPE and downloads NOT_FOUND. columns sets the layout of
// files published from then on (published ones keep theirs).
class EventLogControls
{
public:
    explicit EventLogControls(SandboxOrg &org);

    std::optional<ApiResponse> handle(const QString &name, const ApiRequest &request,
                                      const QJsonObject &body);
    QJsonObject settings() const;

private:
    SandboxOrg &m_org;
};

} // namespace syncdesk::sandbox
