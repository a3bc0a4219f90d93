#pragma once

#include "http/api_request.h"
#include "http/api_response.h"
#include "rest/org_context.h"

#include <optional>

namespace syncdesk::sandbox {

// GET /id/{orgId}/{userId}: the identity URL a token response names. It needs
// a session but, like Salesforce's, does not count against the API allocation.
class IdentityEndpoint
{
public:
    explicit IdentityEndpoint(OrgContext &org);

    std::optional<ApiResponse> handle(const ApiRequest &request, const QString &accessToken);

private:
    QJsonObject identity(const QString &orgId, const QString &userId) const;

    OrgContext &m_org;
};

} // namespace syncdesk::sandbox
