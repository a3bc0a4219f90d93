#include "usage_level_palette.h"

namespace syncdesk::ui {

QColor usageLevelColor(UsageLevel level)
{
    // Saturated enough to read on light and dark themes, and apart for the
    // common red-green colour blindness by lightness as well as hue.
    switch (level) {
    case UsageLevel::Green:
        return QColor(0x2e, 0x9e, 0x44);
    case UsageLevel::Orange:
        return QColor(0xf0, 0x8c, 0x00);
    case UsageLevel::Red:
        return QColor(0xd3, 0x2f, 0x2f);
    }
    return QColor(0x2e, 0x9e, 0x44);
}

} // namespace syncdesk::ui
