#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace syncdesk {

// Why an alert email goes out.
enum class AlertLevel
{
    Threshold,  // the admin's threshold was crossed
    Percent80,  // optional: 80 % of the org's limit
    Percent90,  // optional: 90 %
    Percent100, // optional: the limit itself
    AllClear,   // optional: usage fell back below the threshold by the margin
    Test,       // "Send test email"
};

// The stable, untranslated name kept in the alerts table's level column.
QString alertLevelName(AlertLevel level);
std::optional<AlertLevel> alertLevelFromName(const QString &name);
// The kind column: "threshold_crossed", "limit_level", "all_clear" or "test".
QString alertKindName(AlertLevel level);

// One alert the policy decided on, with the figures that raised it.
struct AlertTrigger
{
    AlertLevel level = AlertLevel::Threshold;
    QDateTime at;
    qint64 used = 0;
    qint64 max = 0;
    qint64 threshold = 0; // the line crossed, in calls (the admin's threshold for all-clear)

    // Names the crossing, so that it is announced once: "threshold:12000@<ms>".
    QString crossingId() const;
};

} // namespace syncdesk
