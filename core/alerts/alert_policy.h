#pragma once

#include "alerts/alert_level.h"
#include "usage/threshold_crossing.h"
#include "usage/usage_sample.h"

#include <QList>
#include <QString>
#include <array>

namespace syncdesk {

class SettingsStore;

// What the admin asked to be told about.
struct AlertPolicyConfig
{
    bool thresholdEnabled = true;
    qint64 thresholdCalls = 0; // 0: no threshold set
    bool at80Percent = false;
    bool at90Percent = false;
    bool at100Percent = false;
    bool allClear = false;

    static AlertPolicyConfig fromSettings(const SettingsStore &settings);
};

// Decides, sample by sample, which alerts are due: one per upward crossing of the
// threshold (and of each enabled percentage of the org's limit), with the hysteresis of
// ThresholdCrossingDetector, and the all-clear when the threshold re-arms.
class AlertPolicy
{
public:
    // `disarmed` is what disarmedLevels() returned before a restart.
    explicit AlertPolicy(const AlertPolicyConfig &config, const QString &disarmed = QString());

    const AlertPolicyConfig &config() const { return m_config; }
    // A different threshold re-arms it; the percentages keep their state.
    void setConfig(const AlertPolicyConfig &config);

    QList<AlertTrigger> observe(const UsageSample &sample);

    // The levels that fired and have not re-armed, e.g. "threshold:12000,80".
    QString disarmedLevels() const;

private:
    static constexpr std::array<int, 3> kPercents{80, 90, 100};

    qint64 effectiveThreshold() const;
    bool percentEnabled(std::size_t index) const;

    AlertPolicyConfig m_config;
    ThresholdCrossingDetector m_threshold;
    std::array<ThresholdCrossingDetector, 3> m_percent;
};

} // namespace syncdesk
