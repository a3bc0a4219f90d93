#include "usage/org_usage_now.h"

namespace syncdesk {

std::optional<OrgUsageNow> OrgUsageNow::from(const QList<UsageSample> &samples,
                                             const QDateTime &now)
{
    const UsageSample *latest = nullptr;
    for (const UsageSample &sample : samples) {
        if (!sample.at.isValid())
            continue;
        if (!latest || sample.at >= latest->at)
            latest = &sample;
    }
    if (!latest)
        return std::nullopt;
    return OrgUsageNow{*latest, std::max<qint64>(0, latest->at.secsTo(now))};
}

} // namespace syncdesk
