#pragma once

#include "usage/usage_sample.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace syncdesk {

// The org's usage went from below the admin's threshold to at or above it.
struct ThresholdCrossingEvent
{
    QDateTime at; // the sample that first showed it
    qint64 used = 0;
    qint64 max = 0;
    qint64 threshold = 0; // in calls, as set when it happened

    friend bool operator==(const ThresholdCrossingEvent &,
                           const ThresholdCrossingEvent &) = default;
};

// Turns the stream of usage samples into one event per upward crossing of a threshold
// (an absolute number of calls), so the alert contact gets one email, not one per sample.
//
// Hysteresis: after an event the detector is disarmed; it re-arms only once usage falls
// strictly below threshold − margin, where the margin is a fraction of the org's max
// (default 2 %), or when the threshold is changed. Usage that hovers around the
// threshold, or just under it, therefore sends nothing more. A sample counts as a
// crossing when used >= threshold. A threshold of 0 or less is "off": no events.
// Samples older than the newest one seen are ignored: a late /limits answer must not
// re-order the story.
class ThresholdCrossingDetector
{
public:
    static constexpr double defaultMarginFraction = 0.02;

    // `armed` = false restores a detector whose last crossing has not yet been followed
    // by a fall below the margin (the caller persists isArmed() across restarts).
    explicit ThresholdCrossingDetector(qint64 threshold,
                                       double marginFraction = defaultMarginFraction,
                                       bool armed = true);

    qint64 threshold() const { return m_threshold; }
    // A different threshold re-arms; setting the same one changes nothing.
    void setThreshold(qint64 threshold);

    double marginFraction() const { return m_marginFraction; }
    void setMarginFraction(double fraction);

    bool isArmed() const { return m_armed; }

    // Feeds one sample; returns the event if this sample is a crossing.
    std::optional<ThresholdCrossingEvent> observe(const UsageSample &sample);

    // The margin, in calls, for an org whose allocation is `max`.
    qint64 marginCalls(qint64 max) const;

    // Every crossing in `samples` (sorted by time here; equal times keep list order)
    // for a fresh, armed detector.
    static QList<ThresholdCrossingEvent> crossingsIn(QList<UsageSample> samples, qint64 threshold,
                                                     double marginFraction = defaultMarginFraction);

private:
    qint64 m_threshold = 0;
    double m_marginFraction = defaultMarginFraction;
    bool m_armed = true;
    QDateTime m_lastSampleAt;
};

} // namespace syncdesk
