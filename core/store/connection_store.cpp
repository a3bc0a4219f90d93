#include "store/connection_store.h"

#include "store/store_time.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

const QString SelectColumns = u"SELECT id, label, instance_url, login_host, org_id, username, "
                              "api_version, client_id, is_active, created_at, updated_at "
                              "FROM connections"_s;

OrgConnection fromRow(const QSqlQuery &query)
{
    return OrgConnection{
        .id = query.value(0).toLongLong(),
        .label = query.value(1).toString(),
        .instanceUrl = QUrl(query.value(2).toString()),
        .loginHost = query.value(3).toString(),
        .orgId = query.value(4).toString(),
        .username = query.value(5).toString(),
        .apiVersion = query.value(6).toString(),
        .clientId = query.value(7).toString(),
        .active = query.value(8).toInt() != 0,
        .createdAt = store_time::fromColumn(query.value(9)),
        .updatedAt = store_time::fromColumn(query.value(10)),
    };
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

std::optional<qint64> ConnectionStore::save(const OrgConnection &connection)
{
    const QVariant now = store_time::toColumn(QDateTime::currentDateTimeUtc());
    QSqlQuery query =
        connection.id == 0
            ? preparedInsert(u"INSERT INTO connections (label, instance_url, login_host, org_id, "
                             "username, api_version, client_id, is_active, updated_at, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
            : prepared(u"UPDATE connections SET label = ?, instance_url = ?, login_host = ?, "
                       "org_id = ?, username = ?, api_version = ?, client_id = ?, is_active = ?, "
                       "updated_at = ? WHERE id = ?"_s);
    query.addBindValue(connection.label);
    query.addBindValue(connection.instanceUrl.toString());
    query.addBindValue(connection.loginHost);
    query.addBindValue(orNull(connection.orgId));
    query.addBindValue(orNull(connection.username));
    query.addBindValue(connection.apiVersion);
    query.addBindValue(connection.clientId);
    query.addBindValue(connection.active ? 1 : 0);
    query.addBindValue(now);
    query.addBindValue(connection.id == 0 ? now : QVariant(connection.id));
    if (connection.id == 0)
        return runInsert(query);
    if (!run(query))
        return std::nullopt;
    return query.numRowsAffected() == 1 ? std::optional<qint64>(connection.id) : std::nullopt;
}

std::optional<OrgConnection> ConnectionStore::find(qint64 id) const
{
    QSqlQuery query = prepared(SelectColumns + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!run(query) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<OrgConnection> ConnectionStore::all() const
{
    QSqlQuery query = prepared(SelectColumns + u" ORDER BY id"_s);
    QList<OrgConnection> connections;
    if (run(query)) {
        while (query.next())
            connections.append(fromRow(query));
    }
    return connections;
}

std::optional<OrgConnection> ConnectionStore::active() const
{
    QSqlQuery query = prepared(SelectColumns + u" WHERE is_active = 1"_s);
    if (!run(query) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

bool ConnectionStore::setActive(qint64 id)
{
    return inTransaction([&] {
        if (!run(u"UPDATE connections SET is_active = 0"_s))
            return false;
        QSqlQuery query = prepared(u"UPDATE connections SET is_active = 1 WHERE id = ?"_s);
        query.addBindValue(id);
        return run(query) && query.numRowsAffected() == 1;
    });
}

bool ConnectionStore::remove(qint64 id)
{
    QSqlQuery query = prepared(u"DELETE FROM connections WHERE id = ?"_s);
    query.addBindValue(id);
    return run(query);
}

} // namespace syncdesk
