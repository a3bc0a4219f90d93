#include "forecast_text.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// tr()'s count is an int; larger figures still read in the plural.
int count(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

} // namespace

QString ForecastText::pace(const UsageForecast &forecast, const QDateTime &now,
                           const QLocale &locale)
{
    if (!forecast.from.isValid())
        return tr("No forecast yet: the org has not reported its usage.");
    if (!forecast.limitReachedAt)
        return tr("The present pace stays under the limit.");
    if (forecast.used >= forecast.max)
        return tr("The limit is reached: Salesforce refuses API calls until some roll off.");
    const QDateTime at = forecast.limitReachedAt->toLocalTime();
    const QString time = locale.toString(at.time(), QLocale::ShortFormat);
    if (at.date() == now.toLocalTime().date())
        return tr("At the present pace the limit is reached at %1.").arg(time);
    return tr("At the present pace the limit is reached tomorrow at %1.").arg(time);
}

QString ForecastText::rollOff(const UsageForecast &forecast)
{
    if (!forecast.from.isValid())
        return QString();
    return tr("%Ln call(s) roll off in the next hour.", nullptr, count(forecast.rollOffNextHour));
}

QString ForecastText::countedCalls(CallCategory category, qint64 calls)
{
    const int n = count(calls);
    switch (category) {
    case CallCategory::ActivityLogging:
        return tr("%Ln activity logging call(s)", nullptr, n);
    case CallCategory::OutboundUpdate:
        return tr("%Ln update(s) to Salesforce", nullptr, n);
    case CallCategory::InboundPoll:
        return tr("%Ln poll(s) for changes", nullptr, n);
    case CallCategory::LimitsCheck:
        return tr("%Ln limits check(s)", nullptr, n);
    case CallCategory::Describe:
        return tr("%Ln describe call(s)", nullptr, n);
    case CallCategory::Auth:
        return tr("%Ln sign-in(s)", nullptr, n);
    case CallCategory::UsageLog:
        return tr("%Ln usage log read(s)", nullptr, n);
    }
    return QString();
}

QString ForecastText::share(const std::array<qint64, callCategoryCount> &ourCalls,
                            std::optional<qint64> orgUsed, const QLocale &locale)
{
    const qint64 total = std::accumulate(ourCalls.begin(), ourCalls.end(), qint64(0));
    if (total == 0)
        return tr("SyncDesk made no counted calls in the last 24 hours.");
    QStringList parts;
    for (CallCategory category : allCallCategories) {
        const qint64 calls = ourCalls[callCategoryIndex(category)];
        if (calls > 0)
            parts.append(countedCalls(category, calls));
    }
    if (!orgUsed || *orgUsed <= 0) {
        return tr("SyncDesk made %Ln call(s) in the last 24 hours: %1.", nullptr, count(total))
            .arg(parts.join(u", "_s));
    }
    // The org's figure is as of its last reading, which may predate our newest calls; it
    // made at least ours.
    const qint64 orgTotal = std::max(*orgUsed, total);
    const qint64 percent = qint64(std::lround(100.0 * double(total) / double(orgTotal)));
    return tr("SyncDesk made %1 of the org's %Ln call(s) in the last 24 hours (%2 %): %3.", nullptr,
              count(orgTotal))
        .arg(locale.toString(total),
             percent == 0 ? tr("< 1") : locale.toString(std::min<qint64>(percent, 100)),
             parts.join(u", "_s));
}

} // namespace syncdesk::ui
