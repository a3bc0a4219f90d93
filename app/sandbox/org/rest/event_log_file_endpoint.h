#pragma once

#include "rest/data_call.h"
#include "rest/org_context.h"

#include <optional>

namespace syncdesk::sandbox {

// GET sobjects/EventLogFile/{Id}/LogFile: a published file's CSV, streamed
// (text/csv); and GET sobjects/EventLogFile/{Id}: the record. Without "View
// Event Log Files", or for an id that is no published file, NOT_FOUND, as for
// any resource that does not exist for the user.
class EventLogFileEndpoint
{
public:
    explicit EventLogFileEndpoint(OrgContext &org);

    // nullopt for paths that are not EventLogFile's.
    std::optional<ApiResponse> handle(const DataCall &call);

private:
    OrgContext &m_org;
};

} // namespace syncdesk::sandbox
