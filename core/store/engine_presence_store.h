#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace syncdesk {

// Team mode: the elected engine, as every console shows it (table `engine_presence`, one row
// at most, schema 11).
struct EnginePresence
{
    QString host;
    qint64 pid = 0;
    QDateTime startedAt;
    QDateTime updatedAt; // the last status or heartbeat: an old one means the engine is gone
    QJsonObject status;  // EngineStatus::toJson()

    // The engine writes at least this often while it runs (a heartbeat when nothing changes)...
    static constexpr int HeartbeatSeconds = 5;
    // ... so a row older than this is an engine that died without withdrawing (killed, host
    // gone): a standby takes the lease over within about as long.
    static constexpr int SilentAfterSeconds = 15;
    bool isSilentAt(const QDateTime &now) const
    {
        return !updatedAt.isValid() || updatedAt.secsTo(now) > SilentAfterSeconds;
    }
};

class EnginePresenceStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // nullopt: no engine has announced itself (or the last one stopped cleanly).
    std::optional<EnginePresence> current() const;
    // The engine holding the lease writes itself over whatever an earlier one left.
    bool announce(const EnginePresence &presence);
    // A clean stop: the row goes, so consoles say "no engine" rather than "engine silent".
    // Only when it is still this engine's row (host and pid).
    bool withdraw(const QString &host, qint64 pid);
};

} // namespace syncdesk
