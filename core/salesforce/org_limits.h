#pragma once

#include "usage/api_usage.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <variant>

namespace syncdesk {

// One entry of GET /limits: `"DailyApiRequests":{"Max":15000,"Remaining":14953}`.
struct OrgLimit
{
    qint64 max = 0;
    qint64 remaining = 0;

    ApiUsage usage() const { return {max - remaining, max}; }
};

// The answer of GET /services/data/vNN.0/limits, keyed by Salesforce's limit name.
struct OrgLimits
{
    QHash<QString, OrgLimit> limits;

    std::optional<ApiUsage> dailyApiRequests() const;
};

// Returns the limits, or a sentence saying why the answer could not be read.
// Key order is not fixed, nested per-app objects are skipped, and numbers sent
// as strings (very old API versions) are accepted.
std::variant<OrgLimits, QString> parseOrgLimits(const QByteArray &body);

} // namespace syncdesk
