#include "usage/integration_usage.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::integration_usage {

namespace {

// Not a QObject: each text names the context in QT_TRANSLATE_NOOP, so that lupdate
// files it under the one QCoreApplication::translate asks for.
QString translated(const char *text)
{
    return QCoreApplication::translate("IntegrationUsage", text);
}

qint64 hourOf(const QDateTime &at)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    return ms - ms % (3600 * 1000);
}

QString userOf(const UsageLogCaller &caller)
{
    if (!caller.userName.isEmpty())
        return caller.userName;
    return caller.userId.isEmpty()
               ? translated(QT_TRANSLATE_NOOP("IntegrationUsage", "unknown user"))
               : caller.userId;
}

QString clientOf(const UsageLogCaller &caller)
{
    return caller.clientName.isEmpty()
               ? translated(QT_TRANSLATE_NOOP("IntegrationUsage", "no client name"))
               : caller.clientName;
}

QHash<QString, qint64> callsByName(const QList<UsageLogCount> &counts, UsageGrouping grouping,
                                   const QSet<qint64> &hours, QSet<QString> *syncDeskNames)
{
    QHash<QString, qint64> byName;
    for (const UsageLogCount &count : counts) {
        if (!hours.contains(hourOf(count.hourStart)))
            continue;
        const QString name = nameOf(count.caller, grouping);
        byName[name] += count.calls;
        if (syncDeskNames && count.caller.clientName == kSyncDeskClient)
            syncDeskNames->insert(name);
    }
    return byName;
}

} // namespace

QString nameOf(const UsageLogCaller &caller, UsageGrouping grouping)
{
    switch (grouping) {
    case UsageGrouping::Integration:
        if (!caller.connectedAppName.isEmpty())
            return caller.connectedAppName;
        if (caller.clientName == kSyncDeskClient)
            return kSyncDeskClient.toString();
        return translated(QT_TRANSLATE_NOOP("IntegrationUsage", "%1 via %2"))
            .arg(userOf(caller), clientOf(caller));
    case UsageGrouping::User:
        return userOf(caller);
    case UsageGrouping::Client:
        return clientOf(caller);
    }
    return QString();
}

IntegrationUsageReport build(UsageGrouping grouping, const QDateTime &from, const QDateTime &to,
                             const QList<UsageLogCount> &current,
                             const QList<UsageLogCount> &previous,
                             const QList<QDateTime> &coveredHours,
                             const QList<ApiCallRecord> &ledgerCalls)
{
    IntegrationUsageReport report;
    report.from = from;
    report.to = to;
    report.grouping = grouping;
    QSet<qint64> covered;
    for (const QDateTime &hour : coveredHours) {
        if (hour >= from && hour < to) {
            covered.insert(hour.toMSecsSinceEpoch());
            report.coveredHours.append(hour);
        }
    }
    for (QDateTime hour = from; hour < to; hour = hour.addSecs(3600)) {
        if (!covered.contains(hour.toMSecsSinceEpoch()))
            report.uncoveredHours.append(hour);
    }

    // The previous period is compared over every hour it has counts for.
    const qint64 span = from.secsTo(to);
    QSet<qint64> previousHours;
    for (const UsageLogCount &count : previous) {
        if (count.hourStart >= from.addSecs(-span) && count.hourStart < from)
            previousHours.insert(hourOf(count.hourStart));
    }
    QSet<QString> syncDeskNames;
    const QHash<QString, qint64> now = callsByName(current, grouping, covered, &syncDeskNames);
    const QHash<QString, qint64> before = callsByName(previous, grouping, previousHours, nullptr);
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        report.orgCalls += it.value();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        IntegrationUsageRow row;
        row.name = it.key();
        row.calls = it.value();
        row.share = report.orgCalls > 0 ? double(row.calls) / double(report.orgCalls) : 0;
        row.previousCalls = before.value(row.name);
        if (row.previousCalls > 0)
            row.change = double(row.calls - row.previousCalls) / double(row.previousCalls);
        row.isSyncDesk = syncDeskNames.contains(row.name);
        report.rows.append(row);
    }
    std::sort(report.rows.begin(), report.rows.end(),
              [](const IntegrationUsageRow &a, const IntegrationUsageRow &b) {
                  return a.calls != b.calls ? a.calls > b.calls : a.name < b.name;
              });
    for (const IntegrationUsageRow &row : std::as_const(report.rows)) {
        if (row.isSyncDesk && grouping != UsageGrouping::User) {
            report.syncDesk = row;
            break;
        }
    }

    // The ledger against the logs, over the covered hours only.
    QHash<qint64, LedgerHourDifference> byHour;
    for (const QDateTime &hour : std::as_const(report.coveredHours))
        byHour.insert(hour.toMSecsSinceEpoch(), LedgerHourDifference{hour, 0, 0});
    for (const ApiCallRecord &call : ledgerCalls) {
        auto it = byHour.find(hourOf(call.at));
        if (it != byHour.end() && countsAgainstOrgLimit(call))
            ++it->ledgerCalls;
    }
    for (const UsageLogCount &count : current) {
        auto it = byHour.find(hourOf(count.hourStart));
        if (it != byHour.end() && count.caller.clientName == kSyncDeskClient)
            it->loggedCalls += count.calls;
    }
    for (const QDateTime &hour : std::as_const(report.coveredHours)) {
        const LedgerHourDifference difference = byHour.value(hour.toMSecsSinceEpoch());
        report.ledger.hours.append(difference);
        report.ledger.ledgerTotal += difference.ledgerCalls;
        report.ledger.loggedTotal += difference.loggedCalls;
    }
    return report;
}

} // namespace syncdesk::integration_usage
