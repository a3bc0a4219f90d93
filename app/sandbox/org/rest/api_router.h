#pragma once

#include "bulk/ingest_job_endpoints.h"
#include "bulk/query_job_endpoints.h"
#include "rest/collection_endpoints.h"
#include "rest/composite_endpoint.h"
#include "rest/event_log_file_endpoint.h"
#include "rest/identity_endpoint.h"
#include "rest/oauth_endpoints.h"
#include "rest/query_endpoint.h"
#include "rest/sobject_endpoints.h"

namespace syncdesk::sandbox {

// Salesforce's paths: OAuth, the free versions list, and everything under
// /services/data/vNN.0/, which needs a session and counts against the daily
// allocation. Synchronous and socket-free, so tests and the fuzzer drive it
// directly.
class ApiRouter
{
public:
    static constexpr int oldestVersion = 20;
    static constexpr int newestVersion = 62;

    explicit ApiRouter(OrgContext &org);

    ApiResponse handle(const ApiRequest &request);

private:
    ApiResponse handleData(const ApiRequest &request);
    ApiResponse dispatch(const DataCall &call);
    ApiResponse versions() const;
    ApiResponse resources(const DataCall &call) const;

    OrgContext &m_org;
    OAuthEndpoints m_oauth;
    IdentityEndpoint m_identity;
    EventLogFileEndpoint m_eventLogFiles;
    SObjectEndpoints m_sobjects;
    QueryEndpoint m_query;
    CollectionEndpoints m_collections;
    CompositeEndpoint m_composite;
    IngestJobEndpoints m_ingestJobs;
    QueryJobEndpoints m_queryJobs;
};

} // namespace syncdesk::sandbox
