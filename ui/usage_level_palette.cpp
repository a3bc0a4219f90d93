#include "usage_level_palette.h"

#include <algorithm>
#include <cmath>

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

QColor messageColor(MessageSeverity severity, const QPalette &palette)
{
    const bool darkTheme = palette.color(QPalette::Window).lightness() < 128;
    if (severity == MessageSeverity::Error)
        return darkTheme ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    return darkTheme ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x50, 0x00);
}

namespace {

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace syncdesk::ui
