#pragma once

#include "sync/sync_service.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace syncdesk {

// One service as the admin decides about it: on or off, what it spent and would spend,
// and what waits for it. The Services dialog and `syncdesk-cli services list` show the
// same figures from the store alone, engine running or not.
struct ServiceUsage
{
    SyncService service = SyncService::ActivityLogging;
    bool on = true;
    // Counted calls of its ledger category in the org's rolling 24 hours. The objects
    // read from Salesforce share each poll call (sharesCalls): each shows the polls'.
    qint64 callsLast24h = 0;
    bool sharesCalls = false;
    // Calls per day it costs when on, at the present intervals, field configuration and
    // change rates (estimateCallsPerDay). For an object read from Salesforce: a poll of
    // that object alone, with its further pages; polling several costs less than the sum.
    double estimatedCallsPerDay = 0;
    // Queued work waiting because it is off (outbox entries or activities).
    int heldItems = 0;
};

// Every service, in allSyncServices order, as the store has it at `now`.
QList<ServiceUsage> serviceUsageFromStore(QSqlDatabase db,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace syncdesk
