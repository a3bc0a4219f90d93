#include "store/record_store.h"

#include "store/outbox_store.h"
#include "store/store_enum.h"
#include "store/store_time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr EnumNames<RecordKind, 3> KindNames{{
    {RecordKind::Person, u"person"},
    {RecordKind::Account, u"account"},
    {RecordKind::Opportunity, u"opportunity"},
}};

constexpr EnumNames<RecordSyncState, 4> StateNames{{
    {RecordSyncState::LocalOnly, u"local_only"},
    {RecordSyncState::Pending, u"pending"},
    {RecordSyncState::Synced, u"synced"},
    {RecordSyncState::Failed, u"failed"},
}};

// Rows of one queued insert statement (an inbound page holds up to 2,000).
constexpr int kQueuedRowsPerStatement = 2'000;

const QString SelectColumns =
    u"SELECT id, kind, crm_object, crm_id, fields_json, sync_state, "
    "updated_at, crm_modstamp, crm_deleted_at, crm_base_json, crm_written_at, crm_sent_json "
    "FROM records"_s;

QString toJson(const QJsonObject &fields)
{
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

// A JSON object column (fields, agreed values, values sent unconfirmed); NULL reads empty.
QJsonObject objectFromColumn(const QVariant &column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

LocalRecord fromRow(const QSqlQuery &query)
{
    return LocalRecord{
        .id = query.value(0).toLongLong(),
        .kind = enumFromColumn(KindNames, query.value(1).toString()).value_or(RecordKind::Person),
        .crmObject = query.value(2).toString(),
        .crmId = query.value(3).toString(),
        .fields = objectFromColumn(query.value(4)),
        .syncState = enumFromColumn(StateNames, query.value(5).toString())
                         .value_or(RecordSyncState::LocalOnly),
        .updatedAt = store_time::fromColumn(query.value(6)),
        .crmModstamp = query.value(7).toString(),
        .crmDeletedAt = store_time::fromColumn(query.value(8)),
        .crmBase = objectFromColumn(query.value(9)),
        .crmWrittenAt = store_time::fromColumn(query.value(10)),
        .crmSent = objectFromColumn(query.value(11)),
    };
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant jsonOrNull(const QJsonObject &object)
{
    return object.isEmpty() ? QVariant() : QVariant(toJson(object));
}

// The fields whose agreed value moves are agreed: what was sent unconfirmed for them is moot.
QJsonObject withoutAgreed(QJsonObject sent, const QJsonObject &agreed)
{
    for (auto it = agreed.begin(); it != agreed.end(); ++it)
        sent.remove(it.key());
    return sent;
}

} // namespace

QString recordKindName(RecordKind kind)
{
    return enumToColumn(KindNames, kind);
}

std::optional<RecordKind> recordKindFromName(const QString &name)
{
    return enumFromColumn(KindNames, name);
}

QString recordSyncStateName(RecordSyncState state)
{
    return enumToColumn(StateNames, state);
}

std::optional<qint64> RecordStore::insert(const LocalRecord &record)
{
    // Prepared once per store object: a first import inserts a page's rows with one.
    QSqlQuery &query = preparedOnce(
        m_insert, dialect().returningId(u"INSERT INTO records (kind, crm_object, crm_id, "
                                        "fields_json, sync_state, updated_at, crm_modstamp, "
                                        "crm_deleted_at, crm_base_json) VALUES (?, ?, ?, ?, ?, "
                                        "?, ?, ?, ?)"_s));
    query.bindValue(0, recordKindName(record.kind));
    query.bindValue(1, orNull(record.crmObject));
    query.bindValue(2, orNull(record.crmId));
    query.bindValue(3, toJson(record.fields));
    query.bindValue(4, recordSyncStateName(record.syncState));
    query.bindValue(5, store_time::toColumn(record.updatedAt.isValid()
                                                ? record.updatedAt
                                                : QDateTime::currentDateTimeUtc()));
    query.bindValue(6, orNull(record.crmModstamp));
    query.bindValue(7, store_time::toColumn(record.crmDeletedAt));
    query.bindValue(8, jsonOrNull(record.crmBase));
    return runInsert(query);
}

bool RecordStore::queueFromCrm(RecordKind kind, const QString &crmObject, const QString &crmId,
                               const QJsonObject &fields, const QString &crmModstamp)
{
    if (!dialect().isSqlite())
        return insert(LocalRecord{
                          .kind = kind,
                          .crmObject = crmObject,
                          .crmId = crmId,
                          .fields = fields,
                          .syncState = RecordSyncState::Synced,
                          .crmModstamp = crmModstamp,
                          .crmBase = fields,
                      })
            .has_value();
    // One statement writes rows of one kind and object.
    if (m_queuedRows > 0 && (kind != m_queuedKind || crmObject != m_queuedObject) && !writeQueued())
        return false;
    m_queuedKind = kind;
    m_queuedObject = crmObject;
    m_queuedJson += m_queuedRows == 0 ? u"[["_s : u",["_s;
    m_queuedJson += OutboxStore::quotedJsonString(crmId);
    m_queuedJson += u',';
    // The fields once, as the values and as the agreed ones: SQLite copies them.
    m_queuedJson += toJson(fields);
    m_queuedJson += u',';
    m_queuedJson += crmModstamp.isEmpty() ? u"null"_s : OutboxStore::quotedJsonString(crmModstamp);
    m_queuedJson += u']';
    return ++m_queuedRows < kQueuedRowsPerStatement || writeQueued();
}

bool RecordStore::writeQueued()
{
    if (m_queuedRows == 0)
        return true;
    QSqlQuery &query = preparedOnce(
        m_insertQueued,
        u"INSERT INTO records (kind, crm_object, crm_id, fields_json, sync_state, "
        "updated_at, crm_modstamp, crm_base_json) SELECT ?, ?, json_extract(value, '$[0]'), "
        "json_extract(value, '$[1]'), ?, ?, json_extract(value, '$[2]'), "
        "NULLIF(json_extract(value, '$[1]'), '{}') FROM json_each(?)"_s);
    m_queuedJson += u']';
    query.bindValue(0, recordKindName(m_queuedKind));
    query.bindValue(1, m_queuedObject);
    query.bindValue(2, recordSyncStateName(RecordSyncState::Synced));
    query.bindValue(3, store_time::toColumn(QDateTime::currentDateTimeUtc()));
    query.bindValue(4, m_queuedJson);
    m_queuedJson.clear();
    m_queuedRows = 0;
    return run(query);
}

std::optional<LocalRecord> RecordStore::find(qint64 id) const
{
    QSqlQuery query = prepared(SelectColumns + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!run(query) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QHash<qint64, LocalRecord> RecordStore::findMany(const QList<qint64> &ids) const
{
    QHash<qint64, LocalRecord> found;
    found.reserve(ids.size());
    runForIds(SelectColumns + u" WHERE id IN (%ids)"_s, ids, {}, [&](QSqlQuery &rows) {
        while (rows.next()) {
            LocalRecord record = fromRow(rows);
            found.insert(record.id, std::move(record));
        }
    });
    return found;
}

QHash<QString, LocalRecord> RecordStore::findManyByCrmId(const QString &crmObject,
                                                         const QStringList &crmIds) const
{
    QHash<QString, LocalRecord> found;
    QVariantList keys;
    keys.reserve(crmIds.size());
    for (const QString &crmId : crmIds)
        keys.append(crmId);
    runForKeys(SelectColumns + u" WHERE crm_object = ? AND crm_id IN (%ids)"_s, keys, {crmObject},
               [&](QSqlQuery &rows) {
                   while (rows.next()) {
                       LocalRecord record = fromRow(rows);
                       found.insert(record.crmId, std::move(record));
                   }
               });
    return found;
}

std::optional<LocalRecord> RecordStore::findByCrmId(const QString &crmObject,
                                                    const QString &crmId) const
{
    QSqlQuery query = prepared(SelectColumns + u" WHERE crm_object = ? AND crm_id = ?"_s);
    query.addBindValue(crmObject);
    query.addBindValue(crmId);
    if (!run(query) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<LocalRecord> RecordStore::page(RecordKind kind, int limit, int offset) const
{
    QSqlQuery query = prepared(SelectColumns + u" WHERE kind = ? ORDER BY id LIMIT ? OFFSET ?"_s);
    query.addBindValue(recordKindName(kind));
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<LocalRecord> records;
    if (run(query)) {
        while (query.next())
            records.append(fromRow(query));
    }
    return records;
}

int RecordStore::count(RecordKind kind) const
{
    QSqlQuery query = prepared(u"SELECT COUNT(*) FROM records WHERE kind = ?"_s);
    query.addBindValue(recordKindName(kind));
    return run(query) && query.next() ? query.value(0).toInt() : 0;
}

std::optional<qint64> RecordStore::mergeFromCrm(RecordKind kind, const QString &crmObject,
                                                const QString &crmId, const QJsonObject &fields)
{
    std::optional<qint64> id;
    const bool done = inTransaction([&] {
        std::optional<LocalRecord> existing = findByCrmId(crmObject, crmId);
        if (!existing) {
            id = insert(LocalRecord{.kind = kind,
                                    .crmObject = crmObject,
                                    .crmId = crmId,
                                    .fields = fields,
                                    .syncState = RecordSyncState::Synced});
            return id.has_value();
        }
        QJsonObject merged = existing->fields;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            merged.insert(it.key(), it.value());
        QSqlQuery query = prepared(u"UPDATE records SET fields_json = ?, updated_at = ? "
                                   "WHERE id = ?"_s);
        query.addBindValue(toJson(merged));
        query.addBindValue(store_time::toColumn(QDateTime::currentDateTimeUtc()));
        query.addBindValue(existing->id);
        id = existing->id;
        return run(query);
    });
    return done ? id : std::nullopt;
}

bool RecordStore::linkToCrm(qint64 id, const QString &crmObject, const QString &crmId)
{
    QSqlQuery query = prepared(u"UPDATE records SET crm_object = ?, crm_id = ? WHERE id = ?"_s);
    query.addBindValue(crmObject);
    query.addBindValue(crmId);
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool RecordStore::linkAllToCrm(const QList<CrmLink> &links)
{
    if (links.isEmpty())
        return true;
    QSqlQuery query = prepared(u"UPDATE records SET crm_object = ?, crm_id = ? WHERE id = ?"_s);
    for (const CrmLink &link : links) {
        query.bindValue(0, link.crmObject);
        query.bindValue(1, link.crmId);
        query.bindValue(2, link.recordId);
        if (!run(query) || query.numRowsAffected() != 1)
            return false;
    }
    return true;
}

bool RecordStore::mergeCrmBase(const QHash<qint64, QJsonObject> &agreedByRecord)
{
    QHash<qint64, std::pair<QJsonObject, QJsonObject>> stored; // id → base, sent
    const QList<qint64> ids = agreedByRecord.keys();
    const qint64 read = runForIds(
        u"SELECT id, crm_base_json, crm_sent_json FROM records WHERE id IN (%ids)"_s, ids, {},
        [&](QSqlQuery &rows) {
            while (rows.next())
                stored.insert(rows.value(0).toLongLong(),
                              {objectFromColumn(rows.value(1)), objectFromColumn(rows.value(2))});
        });
    if (read < 0)
        return false;
    QSqlQuery update =
        prepared(u"UPDATE records SET crm_base_json = ?, crm_sent_json = ? WHERE id = ?"_s);
    for (auto it = agreedByRecord.begin(); it != agreedByRecord.end(); ++it) {
        if (it->isEmpty())
            continue;
        const auto found = stored.find(it.key());
        if (found == stored.end())
            return false;
        QJsonObject &base = found->first;
        for (auto field = it->begin(); field != it->end(); ++field)
            base.insert(field.key(), field.value());
        update.bindValue(0, toJson(base));
        update.bindValue(1, jsonOrNull(withoutAgreed(found->second, *it)));
        update.bindValue(2, it.key());
        if (!run(update))
            return false;
    }
    return true;
}

bool RecordStore::noteSentUnconfirmed(const QHash<qint64, QJsonObject> &sentByRecord)
{
    if (sentByRecord.isEmpty())
        return true;
    QHash<qint64, QJsonObject> sent;
    const qint64 read =
        runForIds(u"SELECT id, crm_sent_json FROM records WHERE id IN (%ids)"_s,
                  sentByRecord.keys(), {}, [&](QSqlQuery &rows) {
                      while (rows.next())
                          sent.insert(rows.value(0).toLongLong(), objectFromColumn(rows.value(1)));
                  });
    if (read < 0)
        return false;
    QSqlQuery update = prepared(u"UPDATE records SET crm_sent_json = ? WHERE id = ?"_s);
    for (auto it = sentByRecord.begin(); it != sentByRecord.end(); ++it) {
        const auto found = sent.find(it.key());
        if (found == sent.end())
            continue; // gone with its record
        for (auto field = it->begin(); field != it->end(); ++field) {
            QJsonArray values = found->value(field.key()).toArray();
            if (!values.contains(field.value()))
                values.append(field.value());
            found->insert(field.key(), values);
        }
        update.bindValue(0, jsonOrNull(*found));
        update.bindValue(1, it.key());
        if (!run(update))
            return false;
    }
    return true;
}

bool RecordStore::markWrittenByUs(const QList<qint64> &ids, const QDateTime &orgTime)
{
    if (!orgTime.isValid())
        return true;
    return runForIds(u"UPDATE records SET crm_written_at = "_s +
                         dialect().greatest(u"COALESCE(crm_written_at, 0)"_s, u"?"_s) +
                         u" WHERE id IN (%ids)"_s,
                     ids, {store_time::toColumn(orgTime)}) >= 0;
}

bool RecordStore::applyCrmFields(qint64 id, const QJsonObject &fields, const QString &crmModstamp,
                                 const QJsonObject &base)
{
    const std::optional<LocalRecord> existing = find(id);
    return existing && applyCrmFields(*existing, fields, crmModstamp, base);
}

bool RecordStore::applyCrmFields(const LocalRecord &existing, const QJsonObject &fields,
                                 const QString &crmModstamp, const QJsonObject &base)
{
    const QVariant now = store_time::toColumn(QDateTime::currentDateTimeUtc());
    if (fields.isEmpty() && base.isEmpty() && !existing.crmDeletedAt.isValid()) {
        // Only the stamp moved (a read before write, a row read again): the fields, agreed
        // and unconfirmed values would be written back as they are, and the deletion mark
        // is already clear, so the JSON is neither built nor parsed again.
        QSqlQuery &query = preparedOnce(
            m_applyStamp, u"UPDATE records SET crm_modstamp = ?, updated_at = ? WHERE id = ?"_s);
        query.bindValue(0, orNull(crmModstamp));
        query.bindValue(1, now);
        query.bindValue(2, existing.id);
        return run(query) && query.numRowsAffected() == 1;
    }
    QJsonObject merged = existing.fields;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    QJsonObject mergedBase = existing.crmBase;
    for (auto it = base.begin(); it != base.end(); ++it)
        mergedBase.insert(it.key(), it.value());
    QSqlQuery &query =
        preparedOnce(m_applyFields, u"UPDATE records SET fields_json = ?, crm_modstamp = ?, "
                                    "crm_base_json = ?, crm_sent_json = ?, crm_deleted_at = NULL, "
                                    "updated_at = ? WHERE id = ?"_s);
    query.bindValue(0, toJson(merged));
    query.bindValue(1, orNull(crmModstamp));
    query.bindValue(2, jsonOrNull(mergedBase));
    query.bindValue(3, jsonOrNull(withoutAgreed(existing.crmSent, base)));
    query.bindValue(4, now);
    query.bindValue(5, existing.id);
    return run(query) && query.numRowsAffected() == 1;
}

bool RecordStore::setCrmBaseField(qint64 id, const QString &field, const QJsonValue &value)
{
    QJsonObject base;
    if (const std::optional<LocalRecord> existing = find(id))
        base = existing->crmBase;
    else
        return false;
    base.insert(field, value);
    QSqlQuery query = prepared(u"UPDATE records SET crm_base_json = ? WHERE id = ?"_s);
    query.addBindValue(toJson(base));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool RecordStore::markDeletedInCrm(qint64 id, const QString &crmModstamp,
                                   const QDateTime &deletedAt)
{
    QSqlQuery query =
        prepared(u"UPDATE records SET crm_modstamp = ?, crm_deleted_at = ? WHERE id = ?"_s);
    query.addBindValue(orNull(crmModstamp));
    query.addBindValue(store_time::toColumn(deletedAt));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

int RecordStore::markGoneFromCrm(const QString &crmObject, const QStringList &crmIds,
                                 const QDateTime &at)
{
    int marked = 0;
    const bool done = inTransaction([&] {
        QSqlQuery mark = prepared(u"UPDATE records SET crm_deleted_at = ? WHERE crm_object = ? "
                                  "AND crm_id = ? AND crm_deleted_at IS NULL"_s);
        QSqlQuery drop = prepared(u"DELETE FROM outbox WHERE batch_id IS NULL AND record_id = "
                                  "(SELECT id FROM records WHERE crm_object = ? AND crm_id = ?)"_s);
        // The record's failures held changes that can never reach it: they go with them.
        QSqlQuery resolve = prepared(
            u"DELETE FROM sync_failures WHERE item_kind = 'record' AND item_id = (SELECT id FROM "
            "records WHERE crm_object = ? AND crm_id = ?) AND NOT EXISTS (SELECT 1 FROM outbox "
            "WHERE outbox.failure_id = sync_failures.id)"_s);
        for (const QString &crmId : crmIds) {
            mark.bindValue(0, store_time::toColumn(at));
            mark.bindValue(1, crmObject);
            mark.bindValue(2, crmId);
            if (!run(mark))
                return false;
            if (mark.numRowsAffected() == 0)
                continue;
            ++marked;
            drop.bindValue(0, crmObject);
            drop.bindValue(1, crmId);
            resolve.bindValue(0, crmObject);
            resolve.bindValue(1, crmId);
            if (!run(drop) || !run(resolve))
                return false;
        }
        return true;
    });
    return done ? marked : -1;
}

bool RecordStore::setSyncState(qint64 id, RecordSyncState state)
{
    QSqlQuery query = prepared(u"UPDATE records SET sync_state = ? WHERE id = ?"_s);
    query.addBindValue(recordSyncStateName(state));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

} // namespace syncdesk
