#include "alerts/alert_policy.h"

#include "store/settings_store.h"

#include <QStringList>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr std::array<AlertLevel, 3> kPercentLevels{AlertLevel::Percent80, AlertLevel::Percent90,
                                                   AlertLevel::Percent100};

} // namespace

AlertPolicyConfig AlertPolicyConfig::fromSettings(const SettingsStore &settings)
{
    return AlertPolicyConfig{
        .thresholdEnabled = settings.value(SettingKeys::ThresholdEnabled),
        .thresholdCalls = settings.value(SettingKeys::ThresholdCalls),
        .at80Percent = settings.value(SettingKeys::AlertAt80Percent),
        .at90Percent = settings.value(SettingKeys::AlertAt90Percent),
        .at100Percent = settings.value(SettingKeys::AlertAt100Percent),
        .allClear = settings.value(SettingKeys::AlertAllClear),
    };
}

AlertPolicy::AlertPolicy(const AlertPolicyConfig &config, const QString &disarmed)
    : m_config(config)
    , m_threshold(0)
    , m_percent{ThresholdCrossingDetector(0), ThresholdCrossingDetector(0),
                ThresholdCrossingDetector(0)}
{
    const QStringList parts = disarmed.split(u',', Qt::SkipEmptyParts);
    const qint64 threshold = effectiveThreshold();
    // A saved disarm counts only for the threshold it was saved with: a changed
    // threshold re-arms.
    const bool thresholdDisarmed =
        threshold > 0 && parts.contains(QString(u"threshold:"_s + QString::number(threshold)));
    m_threshold = ThresholdCrossingDetector(
        threshold, ThresholdCrossingDetector::defaultMarginFraction, !thresholdDisarmed);
    for (std::size_t i = 0; i < kPercents.size(); ++i) {
        const bool wasDisarmed = parts.contains(QString::number(kPercents[i]));
        m_percent[i] = ThresholdCrossingDetector(
            0, ThresholdCrossingDetector::defaultMarginFraction, !wasDisarmed);
    }
}

void AlertPolicy::setConfig(const AlertPolicyConfig &config)
{
    m_config = config;
    m_threshold.setThreshold(effectiveThreshold());
}

QList<AlertTrigger> AlertPolicy::observe(const UsageSample &sample)
{
    QList<AlertTrigger> triggers;
    const bool wasArmed = m_threshold.isArmed();
    if (const auto crossing = m_threshold.observe(sample)) {
        triggers.append(AlertTrigger{AlertLevel::Threshold, crossing->at, crossing->used,
                                     crossing->max, crossing->threshold});
    } else if (!wasArmed && m_threshold.isArmed() && m_threshold.threshold() > 0 &&
               m_config.allClear) {
        triggers.append(AlertTrigger{AlertLevel::AllClear, sample.at, sample.used, sample.max,
                                     m_threshold.threshold()});
    }

    for (std::size_t i = 0; i < kPercents.size(); ++i) {
        if (sample.max <= 0)
            continue;
        // The line moves with the org's allocation; an unchanged one keeps its state.
        const auto line = qint64(std::ceil(double(sample.max) * kPercents[i] / 100.0));
        if (line != m_percent[i].threshold()) {
            const bool armed = m_percent[i].isArmed();
            m_percent[i] = ThresholdCrossingDetector(
                line, ThresholdCrossingDetector::defaultMarginFraction, armed);
        }
        const auto crossing = m_percent[i].observe(sample);
        if (crossing && percentEnabled(i)) {
            triggers.append(AlertTrigger{kPercentLevels[i], crossing->at, crossing->used,
                                         crossing->max, crossing->threshold});
        }
    }
    return triggers;
}

QString AlertPolicy::disarmedLevels() const
{
    QStringList parts;
    if (!m_threshold.isArmed() && m_threshold.threshold() > 0)
        parts.append(QString(u"threshold:"_s + QString::number(m_threshold.threshold())));
    for (std::size_t i = 0; i < kPercents.size(); ++i) {
        if (!m_percent[i].isArmed())
            parts.append(QString::number(kPercents[i]));
    }
    return parts.join(u',');
}

qint64 AlertPolicy::effectiveThreshold() const
{
    return m_config.thresholdEnabled ? m_config.thresholdCalls : 0;
}

bool AlertPolicy::percentEnabled(std::size_t index) const
{
    switch (index) {
    case 0:
        return m_config.at80Percent;
    case 1:
        return m_config.at90Percent;
    default:
        return m_config.at100Percent;
    }
}

} // namespace syncdesk
