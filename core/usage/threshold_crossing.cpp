#include "usage/threshold_crossing.h"

#include <algorithm>
#include <cmath>

namespace syncdesk {

ThresholdCrossingDetector::ThresholdCrossingDetector(qint64 threshold, double marginFraction,
                                                     bool armed)
    : m_threshold(threshold)
    , m_armed(armed)
{
    setMarginFraction(marginFraction);
}

void ThresholdCrossingDetector::setThreshold(qint64 threshold)
{
    if (threshold == m_threshold)
        return;
    m_threshold = threshold;
    m_armed = true;
}

void ThresholdCrossingDetector::setMarginFraction(double fraction)
{
    // A negative or NaN margin would let one sample re-arm and fire at once.
    m_marginFraction = std::isfinite(fraction) ? std::max(0.0, fraction) : defaultMarginFraction;
}

qint64 ThresholdCrossingDetector::marginCalls(qint64 max) const
{
    if (max <= 0)
        return 0;
    return qint64(std::llround(m_marginFraction * double(max)));
}

std::optional<ThresholdCrossingEvent> ThresholdCrossingDetector::observe(const UsageSample &sample)
{
    if (!sample.at.isValid())
        return std::nullopt;
    if (m_lastSampleAt.isValid() && sample.at < m_lastSampleAt)
        return std::nullopt;
    m_lastSampleAt = sample.at;

    if (m_threshold <= 0)
        return std::nullopt;
    if (!m_armed) {
        if (sample.used < m_threshold - marginCalls(sample.max))
            m_armed = true;
        return std::nullopt;
    }
    if (sample.used < m_threshold)
        return std::nullopt;
    m_armed = false;
    return ThresholdCrossingEvent{sample.at, sample.used, sample.max, m_threshold};
}

QList<ThresholdCrossingEvent> ThresholdCrossingDetector::crossingsIn(QList<UsageSample> samples,
                                                                     qint64 threshold,
                                                                     double marginFraction)
{
    std::stable_sort(samples.begin(), samples.end(),
                     [](const UsageSample &a, const UsageSample &b) { return a.at < b.at; });
    ThresholdCrossingDetector detector(threshold, marginFraction);
    QList<ThresholdCrossingEvent> events;
    for (const UsageSample &sample : std::as_const(samples)) {
        if (auto event = detector.observe(sample))
            events.append(*event);
    }
    return events;
}

} // namespace syncdesk
