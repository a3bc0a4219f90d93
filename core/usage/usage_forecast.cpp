#include "usage/usage_forecast.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace syncdesk {

namespace {

constexpr qint64 kWindowSeconds = 24 * 60 * 60;
constexpr qint64 kMinuteSeconds = 60;
constexpr qint64 kHorizonMinutes = kWindowSeconds / kMinuteSeconds;
constexpr std::size_t kHorizonSize = std::size_t(kHorizonMinutes);
constexpr qint64 kPaceSpanSeconds = 60 * 60;
constexpr qint64 kMinPaceSpanSeconds = 5 * 60;
constexpr qint64 kMaxInterpolationGapSeconds = 2 * 60 * 60;

// The window curve: used(t), read from sorted samples.
class WindowCurve
{
public:
    explicit WindowCurve(const QList<UsageSample> &sorted)
    {
        m_points.reserve(std::size_t(sorted.size()));
        for (const UsageSample &sample : sorted)
            m_points.push_back({sample.at.toSecsSinceEpoch(), double(sample.used)});
    }

    std::optional<double> usedAt(qint64 t) const
    {
        const auto after = std::upper_bound(m_points.begin(), m_points.end(), t,
                                            [](qint64 v, const Point &p) { return v < p.t; });
        // The last sample at exactly t, if any, is what the org said at t.
        if (after != m_points.begin() && std::prev(after)->t == t)
            return std::prev(after)->used;
        if (after == m_points.begin() || after == m_points.end())
            return std::nullopt;
        const Point &a = *std::prev(after);
        const Point &b = *after;
        if (b.t - a.t > kMaxInterpolationGapSeconds)
            return std::nullopt;
        return a.used + (b.used - a.used) * double(t - a.t) / double(b.t - a.t);
    }

    // Calls made in (a, b], see the model in the header.
    std::optional<double> spentBetween(qint64 a, qint64 b) const
    {
        const auto ua = usedAt(a);
        const auto ub = usedAt(b);
        if (!ua || !ub)
            return std::nullopt;
        // The calls leaving the window during (a, b] were made a day before. The window
        // centred on that time, the one ending 12 hours before (a, b], spread evenly,
        // estimates their rate; without it, the mean of used(a) and used(b) does.
        const auto centred = usedAt((a + b) / 2 - kWindowSeconds / 2);
        const double dayEarlierRate = centred.value_or((*ua + *ub) / 2.0);
        const double rolledOff = dayEarlierRate * double(b - a) / double(kWindowSeconds);
        return std::max(0.0, *ub - *ua + rolledOff);
    }

private:
    struct Point
    {
        qint64 t;
        double used;
    };
    std::vector<Point> m_points;
};

} // namespace

UsageForecast UsageForecast::project(QList<UsageSample> samples, const QDateTime &now)
{
    samples.removeIf([&](const UsageSample &s) { return !s.at.isValid() || s.at > now; });
    std::stable_sort(samples.begin(), samples.end(),
                     [](const UsageSample &a, const UsageSample &b) { return a.at < b.at; });
    UsageForecast forecast;
    if (samples.isEmpty() || samples.last().max <= 0)
        return forecast;

    const UsageSample &latest = samples.last();
    forecast.from = latest.at;
    forecast.used = latest.used;
    forecast.max = latest.max;
    const WindowCurve curve(samples);
    const qint64 t0 = latest.at.toSecsSinceEpoch();
    const double used0 = double(latest.used);
    const double evenPerSecond = used0 / double(kWindowSeconds);

    // Pace from the earliest sample of the last hour.
    double pacePerSecond = evenPerSecond;
    const auto first = std::find_if(samples.cbegin(), samples.cend(), [&](const UsageSample &s) {
        return s.at.toSecsSinceEpoch() >= t0 - kPaceSpanSeconds;
    });
    const qint64 span = first->at.secsTo(latest.at);
    if (span >= kMinPaceSpanSeconds) {
        const qint64 ta = first->at.toSecsSinceEpoch();
        const double rolledOff =
            curve.spentBetween(ta - kWindowSeconds, t0 - kWindowSeconds)
                .value_or((double(first->used) + used0) / 2.0 * double(span) / kWindowSeconds);
        pacePerSecond = std::max(0.0, (used0 - double(first->used) + rolledOff) / double(span));
        forecast.paceFromSamples = true;
    }
    forecast.pacePerHour = pacePerSecond * 3600.0;

    // What leaves the window in each of the next minutes: the minutes the samples of a
    // day ago describe keep their estimate; the calls of the window they do not account
    // for are spread evenly over the other minutes.
    std::vector<std::optional<double>> known(kHorizonSize);
    double knownTotal = 0.0;
    qint64 unknownMinutes = 0;
    for (qint64 m = 0; m < kHorizonMinutes; ++m) {
        const qint64 a = t0 - kWindowSeconds + m * kMinuteSeconds;
        known[std::size_t(m)] = curve.spentBetween(a, a + kMinuteSeconds);
        if (known[std::size_t(m)])
            knownTotal += *known[std::size_t(m)];
        else
            ++unknownMinutes;
    }
    // Every call in the window leaves it within 24 hours: the profile totals used(t0).
    double knownScale = 1.0;
    double unknownRate = 0.0;
    if (knownTotal > used0)
        knownScale = used0 / knownTotal;
    else if (unknownMinutes > 0)
        unknownRate = (used0 - knownTotal) / double(unknownMinutes);
    else if (knownTotal > 0.0)
        knownScale = used0 / knownTotal;
    std::vector<double> rollOff(kHorizonSize);
    for (qint64 m = 0; m < kHorizonMinutes; ++m) {
        const auto &minute = known[std::size_t(m)];
        rollOff[std::size_t(m)] = minute ? *minute * knownScale : unknownRate;
    }

    double rolledSoFar = 0.0;
    for (qint64 m = 0; m < 60; ++m)
        rolledSoFar += rollOff[std::size_t(m)];
    forecast.rollOffNextHour = qint64(std::llround(rolledSoFar));

    if (latest.used >= latest.max) {
        forecast.limitReachedAt = latest.at;
        return forecast;
    }
    double rolled = 0.0;
    for (qint64 m = 1; m <= kHorizonMinutes; ++m) {
        rolled += rollOff[std::size_t(m - 1)];
        const double projected = used0 + pacePerSecond * double(m * kMinuteSeconds) - rolled;
        if (projected >= double(latest.max)) {
            forecast.limitReachedAt = latest.at.addSecs(m * kMinuteSeconds);
            break;
        }
    }
    return forecast;
}

} // namespace syncdesk
