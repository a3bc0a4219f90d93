#pragma once

#include "rest/data_call.h"
#include "rest/org_context.h"

#include <functional>

namespace syncdesk::sandbox {

// POST /composite: up to 25 subrequests in one call (at most 5 of them sObject
// Collections or queries), later ones referring to earlier results with
// @{referenceId.path}, optionally all-or-none. The whole call counts once.
class CompositeEndpoint
{
public:
    static constexpr int maxSubrequests = 25;
    static constexpr int maxCollectionsOrQueries = 5;

    // Runs one subrequest through the ordinary endpoints, without counting it.
    using SubrequestRunner = std::function<ApiResponse(const ApiRequest &)>;

    CompositeEndpoint(OrgContext &org, SubrequestRunner runner);

    std::optional<ApiResponse> handle(const DataCall &call);

private:
    ApiResponse run(const QJsonObject &body);

    OrgContext &m_org;
    SubrequestRunner m_runner;
};

// Replaces each @{ref.path} in `text` with the value at `path` (dots and [n]
// indexes) in the named earlier result; nullopt, with the reference that
// failed, when one cannot be resolved.
std::optional<QString> resolveReferences(const QString &text,
                                         const QHash<QString, QJsonValue> &results,
                                         QString *unresolved);

} // namespace syncdesk::sandbox
