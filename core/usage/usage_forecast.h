#pragma once

#include "usage/usage_sample.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace syncdesk {

// When the org reaches its daily limit if it keeps spending at the present pace.
//
// The model. Salesforce counts calls over a rolling 24 hours, so the count moves by
// what is spent now minus what was spent exactly 24 hours ago:
//     used(t + Δ) = used(t) + pace·Δ − rolloff(t − 24h, t + Δ − 24h]
// - used(t), max: the most recent sample at or before `now` (header or /limits). The
//   projection starts at that sample's time, t0.
// - The window curve: the samples, read as a piecewise-linear function of time; a gap of
//   more than two hours between samples is treated as unknown rather than interpolated.
// - Calls spent in an interval (a, b] of the past: the window grew by used(b) − used(a)
//   while calls made a day earlier left it. Those are estimated as spent evenly at the
//   rate of the window centred on them, the one ending 12 hours before (a, b]; when the
//   samples do not reach that far back, the mean of used(a) and used(b) stands in:
//     spent(a, b) ≈ max(0, used(b) − used(a) + used(mid − 12h)·(b − a)/24h)
//   A first-order estimate: exact when the day before (a, b] was spent evenly.
// - Pace: new calls per second over the last hour of samples (from the earliest sample
//   at most an hour before t0, if it is at least five minutes before t0): the window's
//   growth plus what rolled off meanwhile, spent(t_a − 24h, t0 − 24h] (or the even
//   estimate when the samples a day ago are missing), divided by the time. With no
//   usable sample in the last hour, the pace is the window's mean, used(t0)/24h: the org
//   is assumed to keep spending as it did.
// - Roll-off over the next 24 hours: minute by minute, what was spent in the matching
//   minute a day ago, from the samples a day ago where present. Every call in the current
//   window leaves it within 24 hours, so the profile totals exactly used(t0): the calls
//   the samples do not account for are spread evenly over the minutes they do not cover
//   (with no samples a day ago, used(t0)/1440 a minute: the window spent evenly); if the
//   samples account for more than used(t0), their estimates are scaled down to it.
// - Project minute by minute for 24 hours; the first minute whose projected count
//   reaches max is the answer. nullopt = the present pace stays under the limit for the
//   next 24 hours. A count already at or over max gives t0.
struct UsageForecast
{
    std::optional<QDateTime> limitReachedAt;
    qint64 rollOffNextHour = 0;   // calls that leave the window in the hour after t0
    double pacePerHour = 0.0;     // the estimated rate of new calls
    bool paceFromSamples = false; // false: the even-window fallback was used
    QDateTime from;               // t0: the sample the projection starts at; invalid = no data
    qint64 used = 0;
    qint64 max = 0;

    // nullopt limitReachedAt and an invalid `from` when there is no sample at or before
    // `now`, or the org reports no allocation.
    static UsageForecast project(QList<UsageSample> samples, const QDateTime &now);
};

} // namespace syncdesk
