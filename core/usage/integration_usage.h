#pragma once

#include "usage/api_call_record.h"
#include "usage/api_usage_log_count.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// How the "Who used the calls" rows are grouped.
enum class UsageGrouping
{
    Integration, // connected app name; "user via client" for calls made without one
    User,
    Client, // the Sforce-Call-Options client name
};

// One row: a name's counted calls in the period and the one before it.
struct IntegrationUsageRow
{
    QString name;
    qint64 calls = 0;
    double share = 0;             // of the org's counted calls in the period's covered hours
    qint64 previousCalls = 0;     // in the period before
    std::optional<double> change; // (calls - previous) / previous; none when previous is 0
    bool isSyncDesk = false;      // SyncDesk's own calls (CLIENT_NAME SyncDesk)
};

// SyncDesk's ledger against the logs' rows with its client name, hour by hour.
struct LedgerHourDifference
{
    QDateTime hourStart;
    qint64 ledgerCalls = 0; // counted calls SyncDesk recorded itself
    qint64 loggedCalls = 0; // rows Salesforce logged with CLIENT_NAME SyncDesk
    qint64 difference() const { return loggedCalls - ledgerCalls; }
};

struct LedgerReconciliation
{
    QList<LedgerHourDifference> hours; // every covered hour of the period
    qint64 ledgerTotal = 0;
    qint64 loggedTotal = 0;
    qint64 difference() const { return loggedTotal - ledgerTotal; }
};

// "Who used the calls" for one period ending at the current hour.
struct IntegrationUsageReport
{
    QDateTime from; // the period [from, to), on whole hours
    QDateTime to;
    UsageGrouping grouping = UsageGrouping::Integration;
    QList<IntegrationUsageRow> rows;             // most calls first, SyncDesk's included
    std::optional<IntegrationUsageRow> syncDesk; // SyncDesk's row, also in rows
    qint64 orgCalls = 0;                         // the org's counted calls in the covered hours
    QList<QDateTime> coveredHours;               // hours the logs cover
    QList<QDateTime> uncoveredHours;             // hours of the period they do not (yet)
    LedgerReconciliation ledger;
    QString problem; // the reader's problem for the admin (no permission...), empty if none
};

namespace integration_usage {

// SyncDesk's Sforce-Call-Options client name (OrgSession sends it on every call).
inline constexpr QStringView kSyncDeskClient = u"SyncDesk";

// The name a caller's calls are listed under.
QString nameOf(const UsageLogCaller &caller, UsageGrouping grouping);

// The rows, shares and changes of `current` (the period) against `previous` (the one
// before), and the ledger's counted calls hour by hour against the logs for the covered
// hours. `coveredHours` are the period's; counts outside the period are ignored.
IntegrationUsageReport build(UsageGrouping grouping, const QDateTime &from, const QDateTime &to,
                             const QList<UsageLogCount> &current,
                             const QList<UsageLogCount> &previous,
                             const QList<QDateTime> &coveredHours,
                             const QList<ApiCallRecord> &ledgerCalls);

} // namespace integration_usage

} // namespace syncdesk
