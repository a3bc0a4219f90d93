#pragma once

#include "alerts/alert_level.h"
#include "usage/call_category.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <array>
#include <optional>

namespace syncdesk {

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

    // From the ledger, the usage samples (plus the trigger's own figures, which may not be
    // stored yet), the failures and the outbox.
    static AlertFacts collect(QSqlDatabase db, const AlertTrigger &trigger, const QString &orgName);
};

} // namespace syncdesk
