#pragma once

#include "usage/usage_level.h"

#include <QColor>

namespace syncdesk::ui {

// The one place that turns a usage level into a colour, so the bar, the chart
// and the tray icon all agree.
QColor usageLevelColor(UsageLevel level);

} // namespace syncdesk::ui
