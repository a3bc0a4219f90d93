#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace syncdesk {

// Why SyncDesk made an API call: the ledger's breakdown of its own spending.
enum class CallCategory
{
    ActivityLogging, // calls and emails logged as Task records
    OutboundUpdate,  // local changes written to Salesforce
    InboundPoll,     // asking Salesforce what changed
    LimitsCheck,     // GET /limits when no other call refreshed the figures
    Describe,        // object and field metadata
    Auth,            // OAuth token exchange, refresh and revoke
    UsageLog,        // listing and downloading the org's ApiTotalUsage event log files
};

// Every category, in declaration order; indexes match callCategoryIndex().
inline constexpr std::array<CallCategory, 7> allCallCategories{
    CallCategory::ActivityLogging, CallCategory::OutboundUpdate, CallCategory::InboundPoll,
    CallCategory::LimitsCheck,     CallCategory::Describe,       CallCategory::Auth,
    CallCategory::UsageLog,
};
inline constexpr std::size_t callCategoryCount = allCallCategories.size();

constexpr std::size_t callCategoryIndex(CallCategory category)
{
    return static_cast<std::size_t>(category);
}

// The stable, untranslated name stored in the ledger ("activity_logging", ...).
QString callCategoryName(CallCategory category);

// The category a stored name stands for; nullopt for a name this version does not know.
std::optional<CallCategory> callCategoryFromName(QStringView name);

} // namespace syncdesk
