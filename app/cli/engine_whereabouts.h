#pragma once

#include "sync/engine_status.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace syncdesk::cli {

class CliContext;

// The org's engine as a command run beside it sees it. In a single admin's workspace: the
// process holding the data folder's engine lock, on this host. In team mode: the engine that
// announced itself in engine_presence, on whichever host, while it keeps reporting.
struct EngineWhereabouts
{
    bool running = false;
    QString host; // team mode only
    qint64 pid = 0;
    // Team mode: what the engine last published, and when; a silent engine is not running.
    std::optional<EngineStatus> status;
    QDateTime lastSeen;

    static EngineWhereabouts find(const CliContext &context, const QSqlDatabase &db,
                                  const QDateTime &now);

    // "running (process 4711)", "running on host-b (process 4711): syncing",
    // "stopped", "not seen since 14:02 (was on host-b)".
    QString describe() const;
};

} // namespace syncdesk::cli
