#include "usage/call_category.h"

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

QString callCategoryName(CallCategory category)
{
    // The names are stored in the database: never rename one, only add.
    switch (category) {
    case CallCategory::ActivityLogging:
        return u"activity_logging"_s;
    case CallCategory::OutboundUpdate:
        return u"outbound_update"_s;
    case CallCategory::InboundPoll:
        return u"inbound_poll"_s;
    case CallCategory::LimitsCheck:
        return u"limits_check"_s;
    case CallCategory::Describe:
        return u"describe"_s;
    case CallCategory::Auth:
        return u"auth"_s;
    case CallCategory::UsageLog:
        return u"usage_log"_s;
    }
    return QString();
}

std::optional<CallCategory> callCategoryFromName(QStringView name)
{
    for (CallCategory category : allCallCategories) {
        if (name == callCategoryName(category))
            return category;
    }
    return std::nullopt;
}

} // namespace syncdesk
