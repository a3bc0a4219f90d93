#pragma once

#include "store/table_access.h"

#include <QString>
#include <QVariant>
#include <optional>
#include <type_traits>

namespace syncdesk {

// A setting's name, type and default, declared once in SettingKeys below.
template <typename T> struct SettingKey
{
    const char16_t *name;
    T defaultValue;
};

// Every setting SyncDesk keeps, with its default. SMTP passwords are not here: they
// live in the OS keychain.
namespace SettingKeys {
inline const SettingKey<bool> ThresholdEnabled{u"threshold/enabled", true};
inline const SettingKey<int> ThresholdPercent{u"threshold/percent", 80};
inline const SettingKey<int> ThresholdCalls{u"threshold/calls", 0};
inline const SettingKey<QString> AlertContact{u"alerts/contact", QString()};
inline const SettingKey<QString> SmtpHost{u"smtp/host", QString()};
inline const SettingKey<int> SmtpPort{u"smtp/port", 587};
// "none", "starttls" or "tls".
inline const SettingKey<QString> SmtpSecurity{u"smtp/security", QStringLiteral("starttls")};
inline const SettingKey<QString> SmtpUser{u"smtp/user", QString()};
// Inbound: one composite call per poll whether or not anything changed, so every 5 minutes
// costs 288 calls a day (1.9 % of a 15,000-call org) for changes at most 5 minutes late.
inline const SettingKey<int> InboundIntervalSeconds{u"sync/inbound_interval_s", 300};
// Outbound: a flush with nothing waiting costs nothing, and a busy one 1 call per 1,000
// changed records; every minute keeps a rep's edit under a minute from Salesforce while
// the worst case (a call every minute, all day) stays under 10 % of a 15,000-call org.
inline const SettingKey<int> OutboundIntervalSeconds{u"sync/outbound_interval_s", 60};
// At most this many calls in 24 hours for the connector; 0 = no budget.
inline const SettingKey<int> ConnectorBudget{u"budget/calls_per_day", 0};
// Calls left untouched for other integrations; 0 = none reserved.
inline const SettingKey<int> ReserveForOthers{u"budget/reserve", 0};
inline const SettingKey<bool> AutoRetry{u"failures/auto_retry", true};
// Read the linked records about to be written first (ReadBeforeWrite): one call per 2,500
// updated records per flush, so that a change made in Salesforce since the last poll is
// decided as a conflict instead of being overwritten unseen.
inline const SettingKey<bool> ReadBeforeWrite{u"sync/read_before_write", true};
// Records (after coalescing) from which an outbound flush may go through Bulk API 2.0
// ingest jobs (OutboundRoute): Salesforce advises Bulk above about 2,000. From there Bulk is
// used only when it spends fewer calls than composite, polls included.
inline const SettingKey<int> BulkThresholdRecords{u"sync/bulk_threshold_records", 2000};
// Rows an object still has to read after a poll's first page from which it may be read
// through a Bulk API 2.0 query job (chooseInboundRoute; only when that spends fewer calls).
// A query job's rows arrive only once the whole job has run, so reads of a few pages
// stay composite: at 50,000 composite would spend 25 calls, a job about 9.
inline const SettingKey<int> BulkReadThresholdRows{u"sync/bulk_read_threshold_rows", 50'000};
// /limits is called only when no other answer refreshed the figures for this long.
inline const SettingKey<int> LimitsRefreshSeconds{u"usage/limits_refresh_s", 300};
// Alerts: the sender address, and the optional extra emails (each off by default): at
// 80, 90 and 100 % of the org's limit, and an all-clear when usage falls back below the
// threshold.
inline const SettingKey<QString> SmtpFrom{u"smtp/from", QString()};
inline const SettingKey<bool> AlertAt80Percent{u"alerts/at_80_percent", false};
inline const SettingKey<bool> AlertAt90Percent{u"alerts/at_90_percent", false};
inline const SettingKey<bool> AlertAt100Percent{u"alerts/at_100_percent", false};
inline const SettingKey<bool> AlertAllClear{u"alerts/all_clear", false};
// Which alert levels have fired and not yet re-armed ("threshold:12000,80"), so that a
// restart while usage is still high sends nothing twice.
inline const SettingKey<QString> AlertDisarmedLevels{u"alerts/disarmed", QString()};
// This workspace's random id, part of every SyncDesk_Id__c it writes (SyncDeskExternalId);
// made by schema 4.
inline const SettingKey<QString> InstallId{u"sync/install_id", QString()};
// The org this workspace's sync state belongs to (WorkspaceOrg); empty until it syncs.
inline const SettingKey<QString> SyncOrgId{u"sync/org_id", QString()};
// When the engine last asked the org for its linked records' ids (DeletionSweep), ISO
// 8601 UTC; empty before the first inbound poll.
inline const SettingKey<QString> LastDeletionSweep{u"sync/last_deletion_sweep", QString()};
// How often that check runs: one call per 2,500 linked records each time.
inline const SettingKey<int> DeletionSweepSeconds{u"sync/deletion_sweep_s", 24 * 3600};
// The services the admin switched off (ServiceSwitches): their names, comma-separated;
// empty = every service on.
inline const SettingKey<QString> ServicesOff{u"sync/services_off", QString()};
} // namespace SettingKeys

class SettingsStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    template <typename T> T value(const SettingKey<T> &key) const
    {
        const std::optional<QString> stored = storedText(QString::fromUtf16(key.name));
        if (!stored)
            return key.defaultValue;
        return fromText(*stored, key.defaultValue);
    }

    template <typename T> bool setValue(const SettingKey<T> &key, const T &value)
    {
        return storeText(QString::fromUtf16(key.name), QVariant::fromValue(value).toString());
    }

    // Back to the default.
    template <typename T> bool reset(const SettingKey<T> &key)
    {
        return removeText(QString::fromUtf16(key.name));
    }

private:
    // A stored value that does not read as T (edited by hand, or from another version)
    // gives the default rather than a made-up 0 or false.
    template <typename T> static T fromText(const QString &text, const T &defaultValue)
    {
        if constexpr (std::is_same_v<T, QString>) {
            return text;
        } else if constexpr (std::is_same_v<T, bool>) {
            if (text == u"true")
                return true;
            if (text == u"false")
                return false;
            return defaultValue;
        } else if constexpr (std::is_integral_v<T>) {
            bool ok = false;
            const qlonglong number = text.toLongLong(&ok);
            return ok ? T(number) : defaultValue;
        } else {
            bool ok = false;
            const double number = text.toDouble(&ok);
            return ok ? T(number) : defaultValue;
        }
    }

    std::optional<QString> storedText(const QString &name) const;
    bool storeText(const QString &name, const QString &text);
    bool removeText(const QString &name);
};

} // namespace syncdesk
