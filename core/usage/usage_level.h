#pragma once

#include <QString>

namespace syncdesk {

// How urgent the org's API usage is, shown as a colour everywhere usage appears.
enum class UsageLevel
{
    Green,  // below 80 %
    Orange, // 80 % up to, not including, 90 %
    Red,    // 90 % and above, including over the limit
};

UsageLevel usageLevelFor(double percent);

// A stable, untranslated name ("green", "orange", "red") for style sheets and logs.
QString usageLevelName(UsageLevel level);

} // namespace syncdesk
