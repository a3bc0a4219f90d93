#pragma once

#include "usage/api_usage.h"

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace syncdesk {

// The usage of one connected app, from `per-app-api-usage=17/250(appName=Foo)`.
struct PerAppApiUsage
{
    ApiUsage usage;
    QString appName;
};

// What a `Sforce-Limit-Info` response header says. Salesforce may add parts at any
// time, so only the ones SyncDesk uses are kept and the rest are skipped.
struct LimitInfo
{
    ApiUsage apiUsage;
    std::optional<PerAppApiUsage> perAppApiUsage;
    std::optional<ApiUsage> apiBursts;
};

// Returns std::nullopt when the header is absent or carries no readable
// `api-usage` part (error responses may omit it).
std::optional<LimitInfo> parseLimitInfo(QByteArrayView headerValue);

// Reads `used/max`, tolerating spaces; std::nullopt when either is not a count.
std::optional<ApiUsage> parseUsedOfMax(QByteArrayView text);

} // namespace syncdesk
