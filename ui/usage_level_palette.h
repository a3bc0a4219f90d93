#pragma once

#include "usage/usage_level.h"

#include <QColor>
#include <QPalette>

namespace syncdesk::ui {

// The one place that turns a usage level into a colour, so the bar, the chart
// and the tray icon all agree.
QColor usageLevelColor(UsageLevel level);

enum class MessageSeverity
{
    Warning,
    Error,
};

// The text colour of an inline warning or error on `palette`'s window: darker tones on a
// light theme, lighter ones on a dark theme, so the message keeps its contrast on both.
QColor messageColor(MessageSeverity severity, const QPalette &palette);

// WCAG's contrast ratio of two colours (1 to 21); 4.5 reads as body text.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace syncdesk::ui
