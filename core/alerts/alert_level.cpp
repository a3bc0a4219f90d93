#include "alerts/alert_level.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

QString alertLevelName(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Threshold:
        return u"threshold"_s;
    case AlertLevel::Percent80:
        return u"80"_s;
    case AlertLevel::Percent90:
        return u"90"_s;
    case AlertLevel::Percent100:
        return u"100"_s;
    case AlertLevel::AllClear:
        return u"all_clear"_s;
    case AlertLevel::Test:
        return u"test"_s;
    }
    return u"threshold"_s;
}

std::optional<AlertLevel> alertLevelFromName(const QString &name)
{
    for (const AlertLevel level :
         {AlertLevel::Threshold, AlertLevel::Percent80, AlertLevel::Percent90,
          AlertLevel::Percent100, AlertLevel::AllClear, AlertLevel::Test}) {
        if (alertLevelName(level) == name)
            return level;
    }
    return std::nullopt;
}

QString alertKindName(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Threshold:
        return u"threshold_crossed"_s;
    case AlertLevel::Percent80:
    case AlertLevel::Percent90:
    case AlertLevel::Percent100:
        return u"limit_level"_s;
    case AlertLevel::AllClear:
        return u"all_clear"_s;
    case AlertLevel::Test:
        return u"test"_s;
    }
    return u"threshold_crossed"_s;
}

QString AlertTrigger::crossingId() const
{
    return QString(alertLevelName(level) + u':' + QString::number(threshold) + u'@' +
                   QString::number(at.toMSecsSinceEpoch()));
}

} // namespace syncdesk
