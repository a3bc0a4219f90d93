#include "eventlog/api_usage_columns.h"

#include <QStringList>

namespace syncdesk::sandbox::api_usage_columns {

using namespace Qt::Literals::StringLiterals;

namespace {

struct ColumnInfo
{
    ApiUsageColumn column;
    const char *name;
    const char *type; // as the object reference's "API Total Usage" page lists it
};

constexpr ColumnInfo columns[] = {
    {ApiUsageColumn::EventType, "EVENT_TYPE", "String"},
    {ApiUsageColumn::Timestamp, "TIMESTAMP", "String"},
    {ApiUsageColumn::RequestId, "REQUEST_ID", "String"},
    {ApiUsageColumn::OrganizationId, "ORGANIZATION_ID", "Id"},
    {ApiUsageColumn::UserId, "USER_ID", "Id"},
    {ApiUsageColumn::ApiFamily, "API_FAMILY", "String"},
    {ApiUsageColumn::ApiVersion, "API_VERSION", "Number"},
    {ApiUsageColumn::ApiResource, "API_RESOURCE", "String"},
    {ApiUsageColumn::ClientName, "CLIENT_NAME", "String"},
    {ApiUsageColumn::HttpMethod, "HTTP_METHOD", "String"},
    {ApiUsageColumn::ClientIp, "CLIENT_IP", "String"},
    {ApiUsageColumn::CountsAgainstApiLimit, "COUNTS_AGAINST_API_LIMIT", "Boolean"},
    {ApiUsageColumn::ConnectedAppId, "CONNECTED_APP_ID", "String"},
    {ApiUsageColumn::EntityName, "ENTITY_NAME", "Set"},
    {ApiUsageColumn::StatusCode, "STATUS_CODE", "Number"},
    {ApiUsageColumn::ConnectedAppName, "CONNECTED_APP_NAME", "String"},
    {ApiUsageColumn::UserName, "USER_NAME", "String"},
    {ApiUsageColumn::TimestampDerived, "TIMESTAMP_DERIVED", "DateTime"},
    {ApiUsageColumn::ApiClientCategory, "API_CLIENT_CATEGORY", "String"},
};

const ColumnInfo &info(ApiUsageColumn column)
{
    return columns[int(column)];
}

QString joined(const ApiUsageLayout &layout, const char *ColumnInfo::*part)
{
    QStringList parts;
    for (ApiUsageColumn column : layout)
        parts.append(QLatin1StringView(info(column).*part));
    return parts.join(u',');
}

} // namespace

QString name(ApiUsageColumn column)
{
    return QLatin1StringView(info(column).name);
}

QString type(ApiUsageColumn column)
{
    return QLatin1StringView(info(column).type);
}

ApiUsageLayout layout(ApiUsageLayoutChoice choice)
{
    using C = ApiUsageColumn;
    switch (choice) {
    case ApiUsageLayoutChoice::Standard:
        return {C::EventType,      C::Timestamp,       C::RequestId,  C::OrganizationId,
                C::UserId,         C::ApiFamily,       C::ApiVersion, C::ApiResource,
                C::ClientName,     C::HttpMethod,      C::ClientIp,   C::CountsAgainstApiLimit,
                C::ConnectedAppId, C::EntityName,      C::StatusCode, C::ConnectedAppName,
                C::UserName,       C::TimestampDerived};
    case ApiUsageLayoutChoice::Shuffled:
        // A fixed "next release" order, so tests can name where each column moved.
        return {C::EventType,
                C::TimestampDerived,
                C::Timestamp,
                C::OrganizationId,
                C::RequestId,
                C::UserName,
                C::UserId,
                C::ConnectedAppName,
                C::ConnectedAppId,
                C::ClientName,
                C::ClientIp,
                C::ApiFamily,
                C::ApiResource,
                C::ApiVersion,
                C::HttpMethod,
                C::EntityName,
                C::CountsAgainstApiLimit,
                C::StatusCode};
    case ApiUsageLayoutChoice::Extended: {
        ApiUsageLayout extended = layout(ApiUsageLayoutChoice::Shuffled);
        extended.insert(8, C::ApiClientCategory);
        return extended;
    }
    }
    return {};
}

QString fieldNames(const ApiUsageLayout &layout)
{
    return joined(layout, &ColumnInfo::name);
}

QString fieldTypes(const ApiUsageLayout &layout)
{
    return joined(layout, &ColumnInfo::type);
}

} // namespace syncdesk::sandbox::api_usage_columns
