#include "store/team_command_store.h"

#include "store/store_time.h"

#include <QJsonDocument>
#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr std::array kKindNames{
    std::pair{TeamCommand::Kind::SyncNow, u"sync_now"},
    std::pair{TeamCommand::Kind::Pause, u"pause"},
    std::pair{TeamCommand::Kind::Resume, u"resume"},
    std::pair{TeamCommand::Kind::Retry, u"retry"},
    std::pair{TeamCommand::Kind::Dismiss, u"dismiss"},
    std::pair{TeamCommand::Kind::ReloadConfiguration, u"reload_configuration"},
    std::pair{TeamCommand::Kind::RefreshUsage, u"refresh_usage"},
    std::pair{TeamCommand::Kind::CancelBulk, u"cancel_bulk"},
};

constexpr std::array kStateNames{
    std::pair{TeamCommand::State::Pending, u"pending"},
    std::pair{TeamCommand::State::Running, u"running"},
    std::pair{TeamCommand::State::Done, u"done"},
    std::pair{TeamCommand::State::Refused, u"refused"},
    std::pair{TeamCommand::State::Failed, u"failed"},
};

TeamCommand::State stateFromName(const QString &name)
{
    for (const auto &[state, candidate] : kStateNames) {
        if (name == QStringView(candidate))
            return state;
    }
    return TeamCommand::State::Failed;
}

const QString kColumns = u"id, kind, argument_json, issued_by, issued_at, state, result, done_at"_s;

TeamCommand commandFromRow(const QSqlQuery &query)
{
    TeamCommand command;
    command.id = query.value(0).toLongLong();
    command.kind = TeamCommand::kindFromName(query.value(1).toString()).value_or(command.kind);
    command.argument = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    command.issuedBy = query.value(3).toString();
    command.issuedAt = store_time::fromColumn(query.value(4));
    command.state = stateFromName(query.value(5).toString());
    command.result = query.value(6).toString();
    command.doneAt = store_time::fromColumn(query.value(7));
    return command;
}

} // namespace

QString TeamCommand::kindName(Kind kind)
{
    for (const auto &[candidate, name] : kKindNames) {
        if (candidate == kind)
            return QString::fromUtf16(name);
    }
    return QString();
}

std::optional<TeamCommand::Kind> TeamCommand::kindFromName(const QString &name)
{
    for (const auto &[kind, candidate] : kKindNames) {
        if (name == QStringView(candidate))
            return kind;
    }
    return std::nullopt;
}

QString TeamCommand::stateName(State state)
{
    for (const auto &[candidate, name] : kStateNames) {
        if (candidate == state)
            return QString::fromUtf16(name);
    }
    return u"failed"_s;
}

std::optional<qint64> TeamCommandStore::issue(TeamCommand::Kind kind, const QJsonObject &argument,
                                              const QString &issuedBy, const QDateTime &issuedAt)
{
    QSqlQuery query = preparedInsert(u"INSERT INTO commands (kind, argument_json, issued_by, "
                                     "issued_at) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(TeamCommand::kindName(kind));
    query.addBindValue(QString::fromUtf8(QJsonDocument(argument).toJson(QJsonDocument::Compact)));
    query.addBindValue(issuedBy);
    query.addBindValue(store_time::toColumn(issuedAt));
    return runInsert(query);
}

std::optional<TeamCommand> TeamCommandStore::byId(qint64 id) const
{
    QSqlQuery query = prepared(u"SELECT "_s + kColumns + u" FROM commands WHERE id = ?"_s);
    query.addBindValue(id);
    if (!run(query) || !query.next())
        return std::nullopt;
    return commandFromRow(query);
}

QList<TeamCommand> TeamCommandStore::pending() const
{
    QList<TeamCommand> commands;
    QSqlQuery query =
        prepared(u"SELECT "_s + kColumns + u" FROM commands WHERE state = 'pending' ORDER BY id"_s);
    if (!run(query))
        return commands;
    while (query.next())
        commands.append(commandFromRow(query));
    return commands;
}

bool TeamCommandStore::claim(qint64 id)
{
    // Claimed by moving it out of 'pending': a second engine (between a takeover and the old
    // one noticing) finds no row to update.
    QSqlQuery query =
        prepared(u"UPDATE commands SET state = 'running' WHERE id = ? AND state = 'pending'"_s);
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool TeamCommandStore::finish(qint64 id, TeamCommand::State state, const QString &result,
                              const QDateTime &doneAt)
{
    QSqlQuery query =
        prepared(u"UPDATE commands SET state = ?, result = ?, done_at = ? WHERE id = ?"_s);
    query.addBindValue(TeamCommand::stateName(state));
    query.addBindValue(result);
    query.addBindValue(store_time::toColumn(doneAt));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

} // namespace syncdesk
