#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace syncdesk::sandbox {

class DailyAllocation;

// The body of GET /services/data/vXX.X/limits: every limit a Developer Edition
// org reports, each {"Max": n, "Remaining": n}, some with per-connected-app
// entries nested beside Max and Remaining. Only DailyApiRequests is live (from
// the allocation); the others sit at plausible Developer Edition values.
QJsonObject limitsBody(const DailyAllocation &allocation, const QDateTime &now);

} // namespace syncdesk::sandbox
