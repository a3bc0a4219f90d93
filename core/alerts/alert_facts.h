#pragma once

#include "alerts/alert_level.h"
#include "usage/call_category.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <array>
#include <optional>

namespace syncdesk {

// Who spent the org's calls lately, by integration (connected app, or user via client),
// from Salesforce's ApiTotalUsage logs as the log reader stored them: no API call of its own.
// The logs come 3 to 6 hours after the hour (daily ones the next day), so the hours just
// before an alert are seldom covered: then the latest hours they do cover are named.
struct TopIntegrations
{
    enum class Span
    {
        NoLogs,       // the logs cover none of the last week; `problem` says why when known
        Recent,       // the last `hours` hours before the alert, every one covered
        LatestLogged, // the `hours` covered hours of the day up to `loggedUntil`
    };
    struct Entry
    {
        QString name;
        qint64 calls = 0;
    };

    static constexpr int recentHours = 6;
    static constexpr int loggedHours = 24;
    static constexpr int lookbackDays = 7;
    static constexpr int shown = 3;

    Span span = Span::NoLogs;
    int hours = 0;         // covered hours the figures add up
    QDateTime loggedUntil; // LatestLogged: the end of the last hour the logs cover
    QList<Entry> top;      // most calls first, at most `shown`
    QString problem;       // NoLogs: the reader's reason (no permission); empty: not read yet

    // From the usage-log tables, for an alert at `at`.
    static TopIntegrations fromStore(QSqlDatabase db, const QDateTime &at);
};

// Everything an alert email says, gathered from the store at the moment of the alert.
struct AlertFacts
{
    AlertTrigger trigger;
    QString orgName;
    // SyncDesk's own counted calls in the 24 hours before the alert, by category.
    std::array<qint64, callCategoryCount> ourCalls{};
    qint64 ourCallsTotal = 0;
    qint64 otherIntegrations = 0; // the org's count minus ours, at the alert
    bool forecastKnown = false;   // false: too few samples to say
    std::optional<QDateTime> limitReachedAt;
    int failures = 0;         // sync failures waiting for a retry or the admin
    int noCreditFailures = 0; // of those, refused because the org was out of calls
    int outboxWaiting = 0;    // local changes not yet sent
    TopIntegrations topIntegrations;

    // From the ledger, the usage samples (plus the trigger's own figures, which may not be
    // stored yet), the failures, the outbox and the usage logs.
    static AlertFacts collect(QSqlDatabase db, const AlertTrigger &trigger, const QString &orgName);
};

} // namespace syncdesk
