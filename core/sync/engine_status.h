#pragma once

#include "sync/bulk_progress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace syncdesk {

// What the sync engine is doing, as the status bar, the tray and `syncdesk-cli status`
// show it.
enum class EngineState
{
    Idle,             // waiting for the next interval
    Syncing,          // a flush, poll or retry is running
    PausedByAdmin,    // "Pause sync"
    PausedNoCredits,  // the org has no API calls left; resumes at resumesAt
    DeferredByBudget, // the connector budget is spent; resumes at resumesAt
    NeedsSignIn,      // the refresh token was refused: the admin must sign in again
    Stopped,          // no org connected, or the engine has not started
};

// Stable names for scripts ("idle", "paused_no_credits"...): never translated.
QString engineStateName(EngineState state);
std::optional<EngineState> engineStateFromName(const QString &name);

struct EngineStatus
{
    EngineState state = EngineState::Stopped;
    QDateTime lastSyncAt;      // last cycle that finished; invalid: none yet
    QDateTime nextSyncAt;      // next scheduled cycle; invalid: none scheduled
    QDateTime resumesAt;       // PausedNoCredits / DeferredByBudget: when calling resumes
    int pendingChanges = 0;    // outbox entries waiting or in flight
    int pendingActivities = 0; // activities not yet logged as Tasks
    int failures = 0;          // sync failures standing
    int deferredItems = 0;     // work held back by the budget
    // Of the pending ones, what waits because the admin switched its service off
    // (ServiceSwitches): queued, never failed, sent once the service is on again.
    int heldChanges = 0;
    int heldActivities = 0;
    // PausedNoCredits: when the engine next asks the org's /limits whether calls are back
    // (resumesAt is then the ledger's estimate, for information only).
    QDateTime nextCheckAt;
    // Calls sent whose answers are not yet recorded in the ledger.
    bool callsPending = false;
    // The engine reads the org's ApiTotalUsage logs after its cycles
    // (SyncEngineOptions::readUsageLogs): their calls belong in the cost estimates.
    bool readsUsageLogs = false;
    QString detail; // a short human sentence for the state (translated by the UI)
    // A long Bulk API 2.0 run under way (bulk.running), with its progress; the admin may
    // cancel it (SyncControl::cancelBulkJobs).
    BulkProgress bulk;

    // The whole status as JSON, as team mode's engine publishes it to its consoles
    // (engine_presence.status_json): states by engineStateName, times as ISO 8601 UTC.
    QJsonObject toJson() const;
    // What toJson() wrote; a member missing or of the wrong type keeps its default.
    static EngineStatus fromJson(const QJsonObject &json);
};

} // namespace syncdesk

Q_DECLARE_METATYPE(syncdesk::EngineStatus)
