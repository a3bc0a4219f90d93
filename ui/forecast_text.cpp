#include "forecast_text.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

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

QString ForecastText::rollOff(const UsageForecast &forecast, const QLocale &locale)
{
    if (!forecast.from.isValid())
        return QString();
    return tr("%1 calls roll off in the next hour.").arg(locale.toString(forecast.rollOffNextHour));
}

QString ForecastText::categoryName(CallCategory category)
{
    switch (category) {
    case CallCategory::ActivityLogging:
        return tr("activity logging");
    case CallCategory::OutboundUpdate:
        return tr("updates to Salesforce");
    case CallCategory::InboundPoll:
        return tr("polling for changes");
    case CallCategory::LimitsCheck:
        return tr("limits checks");
    case CallCategory::Describe:
        return tr("describe");
    case CallCategory::Auth:
        return tr("sign-in");
    case CallCategory::UsageLog:
        return tr("usage log reading");
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
        const qint64 count = ourCalls[callCategoryIndex(category)];
        if (count > 0)
            parts.append(tr("%1 %2").arg(locale.toString(count), categoryName(category)));
    }
    if (!orgUsed || *orgUsed <= 0) {
        return tr("SyncDesk made %1 calls in the last 24 hours: %2.")
            .arg(locale.toString(total), parts.join(u", "_s));
    }
    // The org's figure is as of its last reading, which may predate our newest calls; it
    // made at least ours.
    const qint64 orgTotal = std::max(*orgUsed, total);
    const qint64 percent = qint64(std::lround(100.0 * double(total) / double(orgTotal)));
    return tr("SyncDesk made %1 of the org's %2 calls in the last 24 hours (%3 %): %4.")
        .arg(locale.toString(total), locale.toString(orgTotal),
             percent == 0 ? tr("< 1") : locale.toString(std::min<qint64>(percent, 100)),
             parts.join(u", "_s));
}

} // namespace syncdesk::ui
