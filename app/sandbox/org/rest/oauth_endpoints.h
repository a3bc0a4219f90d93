#pragma once

#include "http/api_request.h"
#include "http/api_response.h"
#include "rest/org_context.h"

#include <optional>

namespace syncdesk::sandbox {

// /services/oauth2/{authorize,token,revoke}. The authorize page approves at
// once: the sandbox has one user and no consent screen to click.
class OAuthEndpoints
{
public:
    explicit OAuthEndpoints(OrgContext &org);

    std::optional<ApiResponse> handle(const ApiRequest &request);

private:
    ApiResponse authorize(const ApiRequest &request);
    ApiResponse token(const ApiRequest &request);
    ApiResponse revoke(const ApiRequest &request);

    OrgContext &m_org;
};

} // namespace syncdesk::sandbox
