#include "store/conflict_store.h"

#include "store/outbox_store.h"
#include "store/store_enum.h"
#include "store/store_time.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr EnumNames<SyncConflict::Winner, 2> WinnerNames{{
    {SyncConflict::Winner::Local, u"local"},
    {SyncConflict::Winner::Crm, u"crm"},
}};

const QString SelectColumns = u"SELECT id, record_id, field, local_value, crm_value, winner, "
                              "local_changed_at, crm_changed_at, decided_at FROM sync_conflicts "_s;

// Values keep their JSON type, as in the outbox.
QVariant valueColumn(const QJsonValue &value)
{
    return value.isUndefined() ? QVariant() : QVariant(OutboxStore::encodeValue(value));
}

QJsonValue valueFromColumn(const QVariant &column)
{
    return column.isNull() ? QJsonValue(QJsonValue::Undefined)
                           : OutboxStore::decodeValue(column.toString());
}

SyncConflict fromRow(const QSqlQuery &query)
{
    return SyncConflict{
        .id = query.value(0).toLongLong(),
        .recordId = query.value(1).toLongLong(),
        .field = query.value(2).toString(),
        .localValue = valueFromColumn(query.value(3)),
        .crmValue = valueFromColumn(query.value(4)),
        .winner = enumFromColumn(WinnerNames, query.value(5).toString())
                      .value_or(SyncConflict::Winner::Crm),
        .localChangedAt = store_time::fromColumn(query.value(6)),
        .crmChangedAt = store_time::fromColumn(query.value(7)),
        .decidedAt = store_time::fromColumn(query.value(8)),
    };
}

} // namespace

QString conflictWinnerName(SyncConflict::Winner winner)
{
    return enumToColumn(WinnerNames, winner);
}

std::optional<qint64> ConflictStore::add(const SyncConflict &conflict)
{
    QSqlQuery query =
        preparedInsert(u"INSERT INTO sync_conflicts (record_id, field, local_value, "
                       "crm_value, winner, local_changed_at, crm_changed_at, decided_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(conflict.recordId);
    query.addBindValue(conflict.field);
    query.addBindValue(valueColumn(conflict.localValue));
    query.addBindValue(valueColumn(conflict.crmValue));
    query.addBindValue(conflictWinnerName(conflict.winner));
    query.addBindValue(store_time::toColumn(conflict.localChangedAt));
    query.addBindValue(store_time::toColumn(conflict.crmChangedAt));
    query.addBindValue(store_time::toColumn(
        conflict.decidedAt.isValid() ? conflict.decidedAt : QDateTime::currentDateTimeUtc()));
    return runInsert(query);
}

QList<SyncConflict> ConflictStore::recent(int limit) const
{
    QSqlQuery query = prepared(SelectColumns + u"ORDER BY decided_at DESC, id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    QList<SyncConflict> conflicts;
    if (run(query)) {
        while (query.next())
            conflicts.append(fromRow(query));
    }
    return conflicts;
}

QList<SyncConflict> ConflictStore::forRecord(qint64 recordId) const
{
    QSqlQuery query = prepared(SelectColumns + u"WHERE record_id = ? ORDER BY id"_s);
    query.addBindValue(recordId);
    QList<SyncConflict> conflicts;
    if (run(query)) {
        while (query.next())
            conflicts.append(fromRow(query));
    }
    return conflicts;
}

int ConflictStore::count() const
{
    QSqlQuery query = prepared(u"SELECT COUNT(*) FROM sync_conflicts"_s);
    return run(query) && query.next() ? query.value(0).toInt() : 0;
}

} // namespace syncdesk
