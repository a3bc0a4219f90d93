#include "usage/usage_level.h"

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr double kOrangeFromPercent = 80.0;
constexpr double kRedFromPercent = 90.0;
} // namespace

UsageLevel usageLevelFor(double percent)
{
    if (percent >= kRedFromPercent)
        return UsageLevel::Red;
    if (percent >= kOrangeFromPercent)
        return UsageLevel::Orange;
    return UsageLevel::Green;
}

QString usageLevelName(UsageLevel level)
{
    switch (level) {
    case UsageLevel::Green:
        return u"green"_s;
    case UsageLevel::Orange:
        return u"orange"_s;
    case UsageLevel::Red:
        return u"red"_s;
    }
    return u"green"_s;
}

} // namespace syncdesk
