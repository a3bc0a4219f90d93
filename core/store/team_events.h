#pragma once

#include <QSqlDatabase>
#include <QString>

namespace syncdesk {

// Team mode's live channel between the engine and the consoles: PostgreSQL's LISTEN/NOTIFY
// on the store's own server, so a console learns of a change as it commits instead of
// polling. A notification carries only a name; the listener reads the rest from the tables.
// On SQLite (one admin, one process) nothing is sent and nobody listens.
namespace TeamEvents {

// Console -> engine: a row in `commands` waits (payload: its id).
inline constexpr QLatin1StringView CommandsChannel{"syncdesk_commands"};
// Engine or console -> consoles: what changed (payload: one of the names below).
inline constexpr QLatin1StringView EventsChannel{"syncdesk_events"};

inline constexpr QLatin1StringView Status{"status"};               // engine_presence
inline constexpr QLatin1StringView Failures{"failures"};           // sync_failures
inline constexpr QLatin1StringView Usage{"usage"};                 // ledger, usage samples
inline constexpr QLatin1StringView RunFinished{"run"};             // sync_runs
inline constexpr QLatin1StringView Describes{"describes"};         // describe cache
inline constexpr QLatin1StringView UsageLogs{"usage_logs"};        // ApiTotalUsage counts
inline constexpr QLatin1StringView Configuration{"configuration"}; // settings, field mappings
inline constexpr QLatin1StringView Alerts{"alerts"};               // alert history
// "command:<id>": that command's state or result changed.
QString commandEvent(qint64 commandId);

// Sends a notification (pg_notify) on db; delivered when db's transaction commits, at once
// outside one. False (with the server's words in `error`) when it could not be sent; true
// and nothing sent on SQLite.
bool notify(QSqlDatabase db, QLatin1StringView channel, const QString &payload,
            QString *error = nullptr);

} // namespace TeamEvents

} // namespace syncdesk
