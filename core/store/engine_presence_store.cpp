#include "store/engine_presence_store.h"

#include "store/store_time.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

std::optional<EnginePresence> EnginePresenceStore::current() const
{
    QSqlQuery query = prepared(u"SELECT host, pid, started_at, updated_at, status_json "
                               "FROM engine_presence WHERE id = 1"_s);
    if (!run(query) || !query.next())
        return std::nullopt;
    EnginePresence presence;
    presence.host = query.value(0).toString();
    presence.pid = query.value(1).toLongLong();
    presence.startedAt = store_time::fromColumn(query.value(2));
    presence.updatedAt = store_time::fromColumn(query.value(3));
    presence.status = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    return presence;
}

bool EnginePresenceStore::announce(const EnginePresence &presence)
{
    QSqlQuery query = prepared(u"INSERT INTO engine_presence (id, host, pid, started_at, "
                               "updated_at, status_json) VALUES (1, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (id) DO UPDATE SET host = excluded.host, "
                               "pid = excluded.pid, started_at = excluded.started_at, "
                               "updated_at = excluded.updated_at, "
                               "status_json = excluded.status_json"_s);
    query.addBindValue(presence.host);
    query.addBindValue(presence.pid);
    query.addBindValue(store_time::toColumn(presence.startedAt));
    query.addBindValue(store_time::toColumn(presence.updatedAt));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(presence.status).toJson(QJsonDocument::Compact)));
    return run(query);
}

bool EnginePresenceStore::withdraw(const QString &host, qint64 pid)
{
    QSqlQuery query = prepared(u"DELETE FROM engine_presence WHERE id = 1 AND host = ? AND "
                               "pid = ?"_s);
    query.addBindValue(host);
    query.addBindValue(pid);
    return run(query);
}

} // namespace syncdesk
