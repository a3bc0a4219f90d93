#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// An admin action asked from a team-mode console and carried out by the engine (table
// `commands`, schema 11). Consoles issue; only the engine claims, carries out and finishes,
// and every console shows the result. The database's grants decide who may issue: the
// viewer role may not.
struct TeamCommand
{
    enum class Kind
    {
        SyncNow,
        Pause,
        Resume,
        Retry,               // argument {"failureIds": [...]}; empty: all
        Dismiss,             // argument {"failureIds": [...]}
        ReloadConfiguration, // a console saved settings or field mappings
        RefreshUsage,
        CancelBulk,
    };
    enum class State
    {
        Pending,
        Running, // claimed by the engine; left so if the engine died while carrying it out
        Done,
        Refused, // the engine would not (no calls left for a retry, say): `result` says why
        Failed,
    };

    qint64 id = 0;
    Kind kind = Kind::SyncNow;
    QJsonObject argument;
    QString issuedBy; // "alice on ws-12"
    QDateTime issuedAt;
    State state = State::Pending;
    QString result; // for the admin, from the engine
    QDateTime doneAt;

    // Stable names, as the table stores them ("sync_now", "retry"...).
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString stateName(State state);
};

class TeamCommandStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // A console's command; its id, or nullopt (lastError() says why: "permission denied"
    // for a viewer).
    std::optional<qint64> issue(TeamCommand::Kind kind, const QJsonObject &argument,
                                const QString &issuedBy, const QDateTime &issuedAt);
    std::optional<TeamCommand> byId(qint64 id) const;
    // The engine's queue, oldest first.
    QList<TeamCommand> pending() const;
    // The engine takes a pending command (false when it was no longer pending: another
    // engine, or an earlier turn, has it) ...
    bool claim(qint64 id);
    // ... and records what came of it.
    bool finish(qint64 id, TeamCommand::State state, const QString &result,
                const QDateTime &doneAt);
};

} // namespace syncdesk
