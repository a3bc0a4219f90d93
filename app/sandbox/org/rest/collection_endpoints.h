#pragma once

#include "rest/data_call.h"
#include "rest/org_context.h"
#include "rest/record_writer.h"

namespace syncdesk::sandbox {

// /composite/sobjects: sObject Collections. Up to 200 records per call, one
// result per record (HTTP 200 even when records fail), and allOrNone.
class CollectionEndpoints
{
public:
    static constexpr int maxRecords = 200;

    explicit CollectionEndpoints(OrgContext &org);

    std::optional<ApiResponse> handle(const DataCall &call);

private:
    ApiResponse save(const DataCall &call, const QString &upsertObject,
                     const QString &externalIdField);
    ApiResponse destroy(const DataCall &call);
    ApiResponse retrieve(const DataCall &call, const QString &objectName);

    OrgContext &m_org;
    RecordWriter m_writer;
};

} // namespace syncdesk::sandbox
