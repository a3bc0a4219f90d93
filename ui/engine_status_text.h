#pragma once

#include "sync/engine_status.h"

#include <QString>

namespace syncdesk::ui {

// The status bar's words for what the engine is doing ("Paused: no API credits until
// 15:40"). Times are shown in local time, as the admin's clock reads.
QString engineStateText(const EngineStatus &status);

// "Last sync 14:02 · next 14:07"; empty parts are left out.
QString syncTimesText(const EngineStatus &status);

// The work a switched-off service holds ("3 activities held: activity logging is off");
// empty when nothing is held.
QString heldWorkText(const EngineStatus &status);
// The same, one line per service with its reason, for the tooltip.
QString heldWorkDetail(const EngineStatus &status);

} // namespace syncdesk::ui
