#include "engine_whereabouts.h"

#include "cli_context.h"
#include "store/database.h"
#include "store/engine_presence_store.h"
#include "sync/engine_lock.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EngineWhereabouts", text);
}

} // namespace

EngineWhereabouts EngineWhereabouts::find(const CliContext &context, const QSqlDatabase &db,
                                          const QDateTime &now)
{
    EngineWhereabouts where;
    if (!Database::isServerLocation(context.paths().databasePath())) {
        const std::optional<qint64> pid = EngineLock(context.paths().engineLockPath()).holderPid();
        where.running = pid.has_value();
        where.pid = pid.value_or(0);
        return where;
    }
    const std::optional<EnginePresence> presence = EnginePresenceStore(db).current();
    if (!presence)
        return where;
    where.host = presence->host;
    where.pid = presence->pid;
    where.lastSeen = presence->updatedAt;
    where.status = EngineStatus::fromJson(presence->status);
    where.running = !presence->isSilentAt(now);
    return where;
}

QString EngineWhereabouts::describe() const
{
    if (host.isEmpty())
        return running ? tr("running (process %1)").arg(pid) : tr("stopped");
    if (!running)
        return tr("not seen since %1 (was on %2)")
            .arg(lastSeen.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), host);
    return tr("running on %1 (process %2): %3")
        .arg(host)
        .arg(pid)
        .arg(engineStateName(status ? status->state : EngineState::Stopped));
}

} // namespace syncdesk::cli
