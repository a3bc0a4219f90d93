#pragma once

#include "usage/call_category.h"
#include "usage/usage_forecast.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <array>

namespace syncdesk::ui {

// The forecast and the share of the window in words, for the API Limits tab.
class ForecastText
{
    Q_DECLARE_TR_FUNCTIONS(ForecastText)

public:
    // "At the present pace the limit is reached at 15:40" (with the day when it is not
    // today), "The present pace stays under the limit", or why there is no forecast.
    static QString pace(const UsageForecast &forecast, const QDateTime &now, const QLocale &locale);
    // "420 calls roll off in the next hour", in the default locale (%Ln).
    static QString rollOff(const UsageForecast &forecast);
    // "SyncDesk made 1,234 of the org's 15,000 calls in the last 24 hours (8 %): 900 activity
    // logging calls, 1 update to Salesforce, …".
    static QString share(const std::array<qint64, callCategoryCount> &ourCalls,
                         std::optional<qint64> orgUsed, const QLocale &locale);

    // "1 update to Salesforce", "300 polls for changes".
    static QString countedCalls(CallCategory category, qint64 calls);
};

} // namespace syncdesk::ui
