#pragma once

#include "usage/usage_sample.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace syncdesk {

// The org's used and max as last reported, and how old that report is.
struct OrgUsageNow
{
    UsageSample sample;    // the most recent sample, header or /limits alike
    qint64 ageSeconds = 0; // never negative: a sample stamped after `now` is "just now"

    ApiUsage usage() const { return sample.usage(); }

    // The most recent valid sample; among samples with the same time the later one in
    // the list wins, since the store lists samples in the order they arrived.
    // nullopt when there is no sample with a valid time.
    static std::optional<OrgUsageNow> from(const QList<UsageSample> &samples, const QDateTime &now);
};

} // namespace syncdesk
