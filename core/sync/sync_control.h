#pragma once

#include "sync/engine_status.h"
#include "usage/api_usage.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace syncdesk {

// What the window and the CLI may ask of the sync engine, and what it tells them. The
// engine itself runs on its own thread; an implementation of this interface lives on the
// caller's thread, forwards requests with queued calls and caches the last status, so no
// call here ever blocks.
class SyncControl : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual EngineStatus status() const = 0;

public Q_SLOTS:
    // A full cycle (outbound, activities, inbound) now, whatever the intervals say.
    virtual void syncNow() = 0;
    virtual void setPaused(bool paused) = 0;
    // Retry these failures now; an empty list retries all of them. no_api_credits failures
    // are refused with retryRefused() while the org has no calls left.
    virtual void retryFailures(const QList<qint64> &failureIds) = 0;
    // The admin gives up on these items: the failures go, and the changes they held.
    virtual void dismissFailures(const QList<qint64> &failureIds) = 0;
    // Field mappings, intervals, budget or auto-retry changed in the store: read them again.
    virtual void reloadConfiguration() = 0;
    // Reads the org's figures now with one /limits call (the admin's Refresh button).
    virtual void refreshUsage() {}
    // Cancels the long Bulk API 2.0 run that status().bulk shows: the job is aborted at the
    // org (one call), what it processed is settled, the rest waits for the next flush.
    virtual void cancelBulkJobs() {}

Q_SIGNALS:
    void statusChanged(const syncdesk::EngineStatus &status);
    // The failure list changed (added, retried, resolved, dismissed).
    void failuresChanged();
    // New rows in the ledger or the usage samples: charts and bars read them again.
    void usageRecorded();
    // The org's usage as an answer just reported it (Sforce-Limit-Info or /limits): what
    // the threshold alerts watch, at no extra call.
    void orgUsageObserved(const syncdesk::ApiUsage &usage, const QDateTime &observedAt);
    // A sync run finished and was written to sync_runs.
    void runFinished();
    // The cached describes of the synced objects were refreshed: field lists may change.
    void describesRefreshed();
    // New ApiTotalUsage counts are in the store: "who used the calls"
    // (IntegrationUsageQuery) may have changed.
    void usageLogsRead();
    // Retrying these failures now would fail again: the engine next asks the org whether
    // calls are back at `creditsBackAt`.
    void retryRefused(const QList<qint64> &failureIds, const QDateTime &creditsBackAt);
};

} // namespace syncdesk
