#pragma once

#include <QDateTime>
#include <QSqlDatabase>

namespace syncdesk {

// The work the connector budget holds back, read from the store alone, so that a
// process without the engine (`syncdesk-cli status`) sees what a running engine sees.
// The engine does not keep its state in the store; it asks ConnectorBudget before each
// step, with our counted calls from the ledger and the org's latest usage sample. The
// same question asked here gives the same answer: when the budget refuses even one call,
// every waiting outbox entry and every pending activity waits for it.
struct DeferredWork
{
    bool budgetLimited = false; // a budget or a reserve is set
    bool deferred = false;      // the budget allows no call now
    int items = 0;              // outbox entries and activities held back (0 unless deferred)
    QDateTime resumesAt;        // when deferred: the earliest time calls roll off

    static DeferredWork fromStore(QSqlDatabase db,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace syncdesk
