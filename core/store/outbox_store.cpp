#include "store/outbox_store.h"

#include "store/record_store.h"
#include "store/store_time.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVariant>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

// A composite flush reads at most this many waiting entries (OutboundFlush::kMaxEntriesPerFlush).
constexpr int kWaitingReserveCap = 20'000;

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
// holds the value's JSON text. Strings, nearly every value, are quoted here directly (an
// import writes a million); Qt 6.4 serialises only arrays and objects, so other values
// travel inside a one-element array whose brackets are then dropped.
QString OutboxStore::encodeValue(const QJsonValue &value)
{
    if (value.isString())
        return quotedJsonString(value.toString());
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString OutboxStore::quotedJsonString(const QString &text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted.append(u'"');
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            quoted.append(u'\\');
            quoted.append(c);
        } else if (c == u'\n') {
            quoted.append(u"\\n"_s);
        } else if (c.unicode() < 0x20) {
            quoted.append(u"\\u%1"_s.arg(c.unicode(), 4, 16, QChar(u'0')));
        } else {
            quoted.append(c);
        }
    }
    quoted.append(u'"');
    return quoted;
}

QJsonValue OutboxStore::decodeValue(const QString &text)
{
    // Nearly every value is a string with nothing escaped: its text is between the quotes.
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"') && !text.contains(u'\\'))
        return QJsonValue(text.sliced(1, text.size() - 2));
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

    QSqlQuery query = preparedInsert(u"INSERT INTO outbox (record_id, field, new_value, queued_at) "
                                     "VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(recordId);
    query.addBindValue(field);
    query.addBindValue(encodeValue(newValue));
    query.addBindValue(store_time::toColumn(queuedAt));
    return runInsert(query);
}

bool OutboxStore::enqueueFieldsOfNewRecords(qint64 first, qint64 end, const QDateTime &queuedAt)
{
    // new_value as encodeValue writes it: the member's JSON text.
    QSqlQuery query = prepared(
        u"INSERT INTO outbox (record_id, field, new_value, queued_at) SELECT r.id, j.key, "_s +
        dialect().jsonMemberText(u"j"_s) + u", CAST(? AS BIGINT) FROM records r, "_s +
        dialect().jsonObjectMembers(u"r.fields_json"_s, u"j"_s) +
        u" WHERE r.id >= ? AND r.id < ?"_s);
    query.addBindValue(store_time::toColumn(queuedAt));
    query.addBindValue(first);
    query.addBindValue(end);
    return run(query);
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

QList<OutboxStore::WaitingChange> OutboxStore::waitingWithRecords(int limit) const
{
    QSqlQuery query = prepared(u"SELECT o.id, o.record_id, o.field, o.new_value, o.queued_at, "
                               "o.batch_id, o.failure_id, r.kind, r.crm_object, r.crm_id FROM "
                               "outbox o JOIN records r ON r.id = o.record_id WHERE o.batch_id IS "
                               "NULL AND o.failure_id IS NULL ORDER BY o.id LIMIT ?"_s);
    query.addBindValue(limit);
    QList<WaitingChange> changes;
    if (!run(query))
        return changes;
    // Grown row by row, the list of a full flush moved its 20,000 entries a dozen times.
    changes.reserve(std::min(limit, kWaitingReserveCap));
    // The same few kind and object names on every row: one shared copy of each.
    QHash<QString, RecordKind> kinds;
    QSet<QString> objects;
    while (query.next()) {
        const QString kindName = query.value(7).toString();
        auto kind = kinds.constFind(kindName);
        if (kind == kinds.constEnd())
            kind =
                kinds.insert(kindName, recordKindFromName(kindName).value_or(RecordKind::Person));
        QString crmObject = query.value(8).toString();
        if (!crmObject.isEmpty())
            crmObject = *objects.insert(crmObject);
        changes.append({fromRow(query), *kind, crmObject, query.value(9).toString()});
    }
    return changes;
}

int OutboxStore::waitingCount() const
{
    QSqlQuery query =
        prepared(u"SELECT COUNT(*) FROM outbox WHERE batch_id IS NULL AND failure_id IS NULL"_s);
    return run(query) && query.next() ? query.value(0).toInt() : 0;
}

qint64 OutboxStore::waitingCountUpTo(qint64 cap) const
{
    QSqlQuery query = prepared(u"SELECT COUNT(*) FROM (SELECT 1 FROM outbox WHERE batch_id IS NULL "
                               "AND failure_id IS NULL LIMIT ?) AS capped"_s);
    query.addBindValue(cap);
    return run(query) && query.next() ? query.value(0).toLongLong() : 0;
}

QList<OutboxEntry> OutboxStore::inBatch(const QString &batchId) const
{
    return select(u"WHERE batch_id = ?"_s, batchId, std::numeric_limits<int>::max());
}

bool OutboxStore::markInFlight(const QString &batchId, const QList<qint64> &entryIds)
{
    // All or none: an entry that left meanwhile (or is held) fails the whole batch.
    return inTransaction([&] {
        return runForIds(u"UPDATE outbox SET batch_id = ? WHERE id IN (%ids) AND batch_id IS "
                         "NULL AND failure_id IS NULL"_s,
                         entryIds, {batchId}) == entryIds.size();
    });
}

bool OutboxStore::settle(const QList<qint64> &entryIds, bool agreed, const QDateTime &writtenAt)
{
    if (entryIds.isEmpty())
        return true;
    struct Settled
    {
        qint64 entryId = 0;
        qint64 recordId = 0;
        QString field;
        QString value;
        QDateTime queuedAt;
    };
    QList<Settled> settled;
    const bool read =
        runForIds(u"SELECT id, record_id, field, new_value, queued_at FROM outbox "
                  "WHERE id IN (%ids)"_s,
                  entryIds, {}, [&](QSqlQuery &rows) {
                      while (rows.next())
                          settled.append({rows.value(0).toLongLong(), rows.value(1).toLongLong(),
                                          rows.value(2).toString(), rows.value(3).toString(),
                                          store_time::fromColumn(rows.value(4))});
                  }) >= 0;
    if (!read || runForIds(u"DELETE FROM outbox WHERE id IN (%ids)"_s, entryIds) < 0)
        return false;

    QList<qint64> recordIds;
    QHash<qint64, QJsonObject> agreedByRecord;
    // Several values of one field went out coalesced: the one sent is the latest.
    std::sort(settled.begin(), settled.end(), [](const Settled &a, const Settled &b) {
        return a.queuedAt != b.queuedAt ? a.queuedAt < b.queuedAt : a.entryId < b.entryId;
    });
    for (const Settled &entry : std::as_const(settled)) {
        if (!agreedByRecord.contains(entry.recordId))
            recordIds.append(entry.recordId);
        QJsonObject &fields = agreedByRecord[entry.recordId];
        if (agreed)
            fields.insert(entry.field, decodeValue(entry.value));
    }
    // Salesforce now holds the values sent: when the record comes back with them, inbound
    // sees no change there (SyncDesk's own write, recognised).
    RecordStore records(m_db);
    if (agreed &&
        (!records.mergeCrmBase(agreedByRecord) || !records.markWrittenByUs(recordIds, writtenAt))) {
        takeErrorFrom(records);
        return false;
    }
    return runForIds(u"UPDATE records SET sync_state = 'synced' WHERE id IN (%ids) AND NOT "
                     "EXISTS (SELECT 1 FROM outbox WHERE outbox.record_id = records.id)"_s,
                     recordIds) >= 0;
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

    return inTransaction([&] {
        RecordStore records(m_db);
        if (!records.linkAllToCrm(outcome.links)) {
            takeErrorFrom(records);
            return false;
        }
        if (!settle(outcome.confirmedEntryIds, true, outcome.sentAtOrgTime) ||
            !settle(outcome.settledUnsentEntryIds, false, {}))
            return false;
        // Failures are few (a batch fails whole only when the call does): one by one.
        FailureStore failures(m_db);
        // A transient failure (an answer cut off, malformed, 5xx) does not say the write
        // did not happen: Salesforce may hold the value, and it must be known as SyncDesk's
        // own when it comes back, even once a newer value replaced this entry.
        QHash<qint64, QJsonObject> sentUnconfirmed;
        for (const BatchOutcome::Failed &failed : outcome.failures) {
            // A value that failed while a newer one of the same field waits is moot: the
            // newer one goes out, and holding (then retrying) the older could only undo it.
            QList<std::pair<qint64, EntryRow>> held;
            for (qint64 entryId : failed.entryIds) {
                const std::optional<EntryRow> entry = entryRow(entryId);
                if (!entry)
                    continue; // gone with its record (a conversion twin folded away)
                if (failed.failure.category == FailureCategory::Transient)
                    sentUnconfirmed[entry->recordId].insert(entry->field, entry->value);
                if (isSuperseded(entryId, entry->recordId, entry->field)) {
                    QSqlQuery remove = prepared(u"DELETE FROM outbox WHERE id = ?"_s);
                    remove.addBindValue(entryId);
                    if (!run(remove))
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
            QList<qint64> heldIds;
            QList<qint64> heldRecords;
            for (const auto &[entryId, entry] : std::as_const(held)) {
                heldIds.append(entryId);
                if (!heldRecords.contains(entry.recordId))
                    heldRecords.append(entry.recordId);
            }
            if (runForIds(u"UPDATE outbox SET batch_id = NULL, failure_id = ? WHERE id IN "
                          "(%ids)"_s,
                          heldIds, {*failureId}) < 0 ||
                runForIds(u"UPDATE records SET sync_state = 'failed' WHERE id IN (%ids)"_s,
                          heldRecords) < 0)
                return false;
        }
        if (!records.noteSentUnconfirmed(sentUnconfirmed)) {
            takeErrorFrom(records);
            return false;
        }
        return true;
    });
}

int OutboxStore::releaseHeldForCreates()
{
    // Held entries of records that are not in Salesforce yet and have a field waiting.
    const QString held =
        u"batch_id IS NULL AND failure_id IS NOT NULL AND record_id IN (SELECT o.record_id "
        "FROM outbox o JOIN records r ON r.id = o.record_id WHERE o.batch_id IS NULL AND "
        "o.failure_id IS NULL AND r.crm_id IS NULL)"_s;
    int released = 0;
    const bool done = inTransaction([&] {
        QSqlQuery heldBy = prepared(u"SELECT DISTINCT failure_id FROM outbox WHERE "_s + held);
        if (!run(heldBy))
            return false;
        QList<qint64> failureIds;
        while (heldBy.next())
            failureIds.append(heldBy.value(0).toLongLong());
        QSqlQuery release = prepared(u"UPDATE outbox SET failure_id = NULL WHERE "_s + held);
        if (!run(release))
            return false;
        released = release.numRowsAffected();
        for (qint64 failureId : std::as_const(failureIds)) {
            if (!dropFailureIfEmpty(failureId))
                return false;
        }
        return true;
    });
    return done ? released : -1;
}

int OutboxStore::releaseInFlight()
{
    // The crash cut those calls off: Salesforce may hold what they carried.
    int released = 0;
    const bool done = inTransaction([&] {
        QSqlQuery sent = prepared(
            u"SELECT record_id, field, new_value FROM outbox WHERE batch_id IS NOT NULL"_s);
        if (!run(sent))
            return false;
        QHash<qint64, QJsonObject> sentUnconfirmed;
        while (sent.next())
            sentUnconfirmed[sent.value(0).toLongLong()].insert(
                sent.value(1).toString(), decodeValue(sent.value(2).toString()));
        RecordStore records(m_db);
        if (!records.noteSentUnconfirmed(sentUnconfirmed)) {
            takeErrorFrom(records);
            return false;
        }
        QSqlQuery query =
            prepared(u"UPDATE outbox SET batch_id = NULL WHERE batch_id IS NOT NULL"_s);
        if (!run(query))
            return false;
        released = query.numRowsAffected();
        return true;
    });
    return done ? released : 0;
}

QList<OutboxEntry> OutboxStore::forRecord(qint64 recordId) const
{
    return select(u"WHERE record_id = ?"_s, recordId, std::numeric_limits<int>::max());
}

QHash<qint64, QList<OutboxEntry>> OutboxStore::forRecords(const QList<qint64> &recordIds) const
{
    QHash<qint64, QList<OutboxEntry>> byRecord;
    runForIds(SelectColumns + u"WHERE record_id IN (%ids) ORDER BY id"_s, recordIds, {},
              [&](QSqlQuery &rows) {
                  while (rows.next()) {
                      OutboxEntry entry = fromRow(rows);
                      byRecord[entry.recordId].append(std::move(entry));
                  }
              });
    return byRecord;
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
