#pragma once

#include <QtGlobal>

namespace syncdesk {

// The org's daily API request count at one moment: calls made in the rolling
// 24 hours and the org's allocation. Paid orgs may go over, so used > max is valid.
struct ApiUsage
{
    qint64 used = 0;
    qint64 max = 0;

    // Percentage of the allocation spent; 0 when the org reports no allocation.
    double percent() const { return max > 0 ? 100.0 * double(used) / double(max) : 0.0; }

    friend bool operator==(const ApiUsage &, const ApiUsage &) = default;
};

} // namespace syncdesk
