#pragma once

#include <QList>
#include <QString>

namespace syncdesk::sandbox {

// The columns of an ApiTotalUsage event log file. Salesforce adds, drops and
// reorders them between releases; a file's LogFileFieldNames says which it has.
enum class ApiUsageColumn
{
    EventType,
    Timestamp,
    RequestId,
    OrganizationId,
    UserId,
    ApiFamily,
    ApiVersion,
    ApiResource,
    ClientName,
    HttpMethod,
    ClientIp,
    CountsAgainstApiLimit,
    ConnectedAppId,
    EntityName,
    StatusCode,
    ConnectedAppName,
    UserName,
    TimestampDerived,
    // Newer releases only: the sandbox adds it when told to change the layout.
    ApiClientCategory,
};

using ApiUsageLayout = QList<ApiUsageColumn>;

// How newly published files lay their columns out (see --event-log-columns).
enum class ApiUsageLayoutChoice
{
    Standard, // the order of SALESFORCE.md, as files came in the current release
    Shuffled, // the same columns in another order, as after a release
    Extended, // shuffled, and API_CLIENT_CATEGORY added
};

namespace api_usage_columns {

// "EVENT_TYPE", ...
QString name(ApiUsageColumn column);
// The ELF type Salesforce lists in LogFileFieldTypes: String, Id, Number, Boolean, Set, DateTime.
QString type(ApiUsageColumn column);

ApiUsageLayout layout(ApiUsageLayoutChoice choice);
// "EVENT_TYPE,TIMESTAMP,..." and "String,String,...", the EventLogFile fields.
QString fieldNames(const ApiUsageLayout &layout);
QString fieldTypes(const ApiUsageLayout &layout);

} // namespace api_usage_columns

} // namespace syncdesk::sandbox
