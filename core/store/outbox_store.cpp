#include "store/outbox_store.h"

#include "store/record_store.h"
#include "store/store_time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

const QString SelectColumns = u"SELECT id, record_id, field, new_value, queued_at, batch_id, "
                              "failure_id FROM outbox "_s;

OutboxEntry fromRow(const QSqlQuery &query)
{
    return OutboxEntry{
        .id = query.value(0).toLongLong(),
        .recordId = query.value(1).toLongLong(),
        .field = query.value(2).toString(),
        .newValue = OutboxStore::decodeValue(query.value(3).toString()),
        .queuedAt = store_time::fromColumn(query.value(4)),
        .batchId = query.value(5).toString(),
        .failureId = query.value(6).isNull() ? std::nullopt
                                             : std::optional<qint64>(query.value(6).toLongLong()),
    };
}

} // namespace

// Values keep their JSON type (a number stays a number, null stays null): the column
// holds the value's JSON text. Qt 6.4 serialises only arrays and objects, so the value
// travels inside a one-element array whose brackets are then dropped.
QString OutboxStore::encodeValue(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue OutboxStore::decodeValue(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QString(u'[' + text + u']').toUtf8());
    return document.array().isEmpty() ? QJsonValue() : document.array().first();
}

std::optional<qint64> OutboxStore::enqueue(qint64 recordId, const QString &field,
                                           const QJsonValue &newValue, const QDateTime &queuedAt)
{
    // The latest value wins over every older one that has not left: a waiting one, and
    // one held by a failure too, or a retry of that failure would send the older value
    // after this one and Salesforce would end on it.
    if (!dropField(recordId, field))
        return std::nullopt;

    QSqlQuery query = prepared(u"INSERT INTO outbox (record_id, field, new_value, queued_at) "
                               "VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(recordId);
    query.addBindValue(field);
    query.addBindValue(encodeValue(newValue));
    query.addBindValue(store_time::toColumn(queuedAt));
    if (!run(query))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool OutboxStore::dropFailureIfEmpty(qint64 failureId)
{
    QSqlQuery query = prepared(u"DELETE FROM sync_failures WHERE id = ? AND item_kind = 'record' "
                               "AND NOT EXISTS (SELECT 1 FROM outbox WHERE failure_id = ?)"_s);
    query.addBindValue(failureId);
    query.addBindValue(failureId);
    return run(query);
}

bool OutboxStore::isSuperseded(qint64 entryId, qint64 recordId, const QString &field)
{
    QSqlQuery query =
        prepared(u"SELECT 1 FROM outbox WHERE record_id = ? AND field = ? AND id > ? LIMIT 1"_s);
    query.addBindValue(recordId);
    query.addBindValue(field);
    query.addBindValue(entryId);
    return run(query) && query.next();
}

QList<OutboxEntry> OutboxStore::select(const QString &where, const QVariant &bound, int limit) const
{
    QSqlQuery query = prepared(SelectColumns + where + u" ORDER BY id LIMIT ?"_s);
    if (bound.isValid())
        query.addBindValue(bound);
    query.addBindValue(limit);
    QList<OutboxEntry> entries;
    if (run(query)) {
        while (query.next())
            entries.append(fromRow(query));
    }
    return entries;
}

QList<OutboxEntry> OutboxStore::waiting(int limit) const
{
    return select(u"WHERE batch_id IS NULL AND failure_id IS NULL"_s, QVariant(), limit);
}

int OutboxStore::waitingCount() const
{
    QSqlQuery query =
        prepared(u"SELECT COUNT(*) FROM outbox WHERE batch_id IS NULL AND failure_id IS NULL"_s);
    return run(query) && query.next() ? query.value(0).toInt() : 0;
}

QList<OutboxEntry> OutboxStore::inBatch(const QString &batchId) const
{
    return select(u"WHERE batch_id = ?"_s, batchId, std::numeric_limits<int>::max());
}

bool OutboxStore::markInFlight(const QString &batchId, const QList<qint64> &entryIds)
{
    return inTransaction([&] {
        for (qint64 id : entryIds) {
            QSqlQuery query = prepared(u"UPDATE outbox SET batch_id = ? WHERE id = ? AND "
                                       "batch_id IS NULL AND failure_id IS NULL"_s);
            query.addBindValue(batchId);
            query.addBindValue(id);
            if (!run(query) || query.numRowsAffected() != 1)
                return false;
        }
        return true;
    });
}

bool OutboxStore::recordOutcome(const BatchOutcome &outcome)
{
    struct EntryRow
    {
        qint64 recordId = 0;
        QString field;
        QJsonValue value;
    };
    auto entryRow = [&](qint64 entryId) -> std::optional<EntryRow> {
        QSqlQuery query =
            prepared(u"SELECT record_id, field, new_value FROM outbox WHERE id = ?"_s);
        query.addBindValue(entryId);
        if (!run(query) || !query.next())
            return std::nullopt;
        return EntryRow{query.value(0).toLongLong(), query.value(1).toString(),
                        decodeValue(query.value(2).toString())};
    };
    auto setState = [&](qint64 recordId, const QString &state, bool onlyWhenDone) {
        QSqlQuery query = prepared(
            onlyWhenDone ? u"UPDATE records SET sync_state = ? WHERE id = ? AND NOT EXISTS "
                           "(SELECT 1 FROM outbox WHERE outbox.record_id = records.id)"_s
                         : u"UPDATE records SET sync_state = ? WHERE id = ?"_s);
        query.addBindValue(state);
        query.addBindValue(recordId);
        return run(query);
    };
    auto remove = [&](qint64 entryId) {
        QSqlQuery query = prepared(u"DELETE FROM outbox WHERE id = ?"_s);
        query.addBindValue(entryId);
        return run(query);
    };

    return inTransaction([&] {
        RecordStore records(m_db);
        for (const BatchOutcome::CrmLink &link : outcome.links) {
            if (!records.linkToCrm(link.recordId, link.crmObject, link.crmId)) {
                takeErrorFrom(records);
                return false;
            }
        }
        auto settle = [&](qint64 entryId, bool agreed) {
            const std::optional<EntryRow> entry = entryRow(entryId);
            if (!entry || !remove(entryId))
                return false;
            // Salesforce now holds the value sent: when the record comes back with it,
            // inbound sees no change there (SyncDesk's own write, recognised).
            if (agreed && !records.setCrmBaseField(entry->recordId, entry->field, entry->value)) {
                takeErrorFrom(records);
                return false;
            }
            return setState(entry->recordId, u"synced"_s, true);
        };
        for (qint64 entryId : outcome.confirmedEntryIds) {
            if (!settle(entryId, true))
                return false;
        }
        for (qint64 entryId : outcome.settledUnsentEntryIds) {
            if (!settle(entryId, false))
                return false;
        }
        FailureStore failures(m_db);
        for (const BatchOutcome::Failed &failed : outcome.failures) {
            // A value that failed while a newer one of the same field waits is moot: the
            // newer one goes out, and holding (then retrying) the older could only undo it.
            QList<std::pair<qint64, EntryRow>> held;
            for (qint64 entryId : failed.entryIds) {
                const std::optional<EntryRow> entry = entryRow(entryId);
                if (!entry)
                    return false;
                if (isSuperseded(entryId, entry->recordId, entry->field)) {
                    if (!remove(entryId))
                        return false;
                    continue;
                }
                held.append({entryId, *entry});
            }
            if (held.isEmpty())
                continue;
            const std::optional<qint64> failureId = failures.add(failed.failure);
            if (!failureId) {
                takeErrorFrom(failures);
                return false;
            }
            for (const auto &[entryId, entry] : std::as_const(held)) {
                QSqlQuery query =
                    prepared(u"UPDATE outbox SET batch_id = NULL, failure_id = ? WHERE id = ?"_s);
                query.addBindValue(*failureId);
                query.addBindValue(entryId);
                if (!run(query) || !setState(entry.recordId, u"failed"_s, false))
                    return false;
            }
        }
        return true;
    });
}

int OutboxStore::releaseInFlight()
{
    QSqlQuery query = prepared(u"UPDATE outbox SET batch_id = NULL WHERE batch_id IS NOT NULL"_s);
    return run(query) ? query.numRowsAffected() : 0;
}

QList<OutboxEntry> OutboxStore::forRecord(qint64 recordId) const
{
    return select(u"WHERE record_id = ?"_s, recordId, std::numeric_limits<int>::max());
}

bool OutboxStore::dropWaiting(qint64 entryId)
{
    QSqlQuery query = prepared(u"DELETE FROM outbox WHERE id = ? AND batch_id IS NULL"_s);
    query.addBindValue(entryId);
    return run(query) && query.numRowsAffected() == 1;
}

bool OutboxStore::dropField(qint64 recordId, const QString &field)
{
    QSqlQuery heldBy = prepared(u"SELECT DISTINCT failure_id FROM outbox WHERE record_id = ? AND "
                                "field = ? AND batch_id IS NULL AND failure_id IS NOT NULL"_s);
    heldBy.addBindValue(recordId);
    heldBy.addBindValue(field);
    if (!run(heldBy))
        return false;
    QList<qint64> failureIds;
    while (heldBy.next())
        failureIds.append(heldBy.value(0).toLongLong());
    QSqlQuery query =
        prepared(u"DELETE FROM outbox WHERE record_id = ? AND field = ? AND batch_id IS NULL"_s);
    query.addBindValue(recordId);
    query.addBindValue(field);
    if (!run(query))
        return false;
    for (qint64 failureId : failureIds) {
        if (!dropFailureIfEmpty(failureId))
            return false;
    }
    return true;
}

int OutboxStore::dropWaitingForRecord(qint64 recordId)
{
    QSqlQuery query = prepared(u"DELETE FROM outbox WHERE record_id = ? AND batch_id IS NULL"_s);
    query.addBindValue(recordId);
    return run(query) ? query.numRowsAffected() : -1;
}

int OutboxStore::countForRecord(qint64 recordId) const
{
    QSqlQuery query = prepared(u"SELECT COUNT(*) FROM outbox WHERE record_id = ?"_s);
    query.addBindValue(recordId);
    return run(query) && query.next() ? query.value(0).toInt() : 0;
}

} // namespace syncdesk
