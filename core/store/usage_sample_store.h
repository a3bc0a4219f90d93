#pragma once

#include "store/table_access.h"
#include "usage/usage_sample.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace syncdesk {

// The org's total usage over time (usage/usage_sample.h), from headers and /limits.
class UsageSampleStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    bool add(const UsageSample &sample);
    // Samples taken at or after since, oldest first.
    QList<UsageSample> since(const QDateTime &since) const;
    std::optional<UsageSample> latest() const;
    // Retention: drops samples older than before; returns how many went.
    int deleteBefore(const QDateTime &before);
};

} // namespace syncdesk
