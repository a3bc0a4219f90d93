#pragma once

#include "rest/data_call.h"
#include "rest/org_context.h"
#include "rest/record_writer.h"

namespace syncdesk::sandbox {

struct ObjectDescription;

// /sobjects/...: describe, single rows (create, read, update, delete, upsert by
// external id) and the updated/ and deleted/ replication lists.
class SObjectEndpoints
{
public:
    explicit SObjectEndpoints(OrgContext &org);

    // nullopt when the call is not under sobjects/.
    std::optional<ApiResponse> handle(const DataCall &call);

    // A record as the API shows it, with "attributes"; all fields in schema
    // order, or only `fields` when given.
    static QJsonObject present(const ObjectDescription &object, const QJsonObject &row,
                               const QString &version, const QStringList &fields = {});

private:
    ApiResponse describe(const DataCall &call, const ObjectDescription &object);
    ApiResponse row(const DataCall &call, const ObjectDescription &object);
    ApiResponse create(const DataCall &call, const ObjectDescription &object);
    ApiResponse byExternalId(const DataCall &call, const ObjectDescription &object);
    ApiResponse updatedOrDeleted(const DataCall &call, const ObjectDescription &object,
                                 bool deleted);

    OrgContext &m_org;
    RecordWriter m_writer;
};

// A failed save as a single-row endpoint answers it: an error array, HTTP 400.
ApiResponse saveErrorResponse(const SaveResult &result);

} // namespace syncdesk::sandbox
