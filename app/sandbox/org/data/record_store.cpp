#include "data/record_store.h"

#include "data/salesforce_id.h"

#include <QTimeZone>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

QString salesforceDateTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+0000"_s;
}

RecordStore::RecordStore(const OrgSchema &schema)
    : m_schema(schema)
{}

void RecordStore::setCommitDelay(Writer writer, qint64 seconds)
{
    (writer == Writer::Api ? m_apiCommitDelay : m_userCommitDelay) = std::max<qint64>(0, seconds);
}

qint64 RecordStore::commitDelay(Writer writer) const
{
    return writer == Writer::Api ? m_apiCommitDelay : m_userCommitDelay;
}

QDateTime RecordStore::stampFor(const QDateTime &now) const
{
    if (!m_wholeSeconds)
        return now;
    return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
}

void RecordStore::holdBack(Table &table, const QString &id, const QDateTime &now, Writer writer)
{
    for (auto it = table.pending.begin(); it != table.pending.end();)
        it = it->visibleAt <= now ? table.pending.erase(it) : std::next(it);
    const qint64 delay = commitDelay(writer);
    if (delay <= 0)
        return;
    const QDateTime visibleAt = now.addSecs(delay);
    auto pending = table.pending.find(id);
    if (pending != table.pending.end()) {
        // A second write inside the first one's delay: readers keep the version
        // from before both until the later commit.
        pending->visibleAt = std::max(pending->visibleAt, visibleAt);
        return;
    }
    auto row = table.rows.constFind(id);
    table.pending.insert(id, Table::Pending{row == table.rows.constEnd()
                                                ? std::nullopt
                                                : std::optional<QJsonObject>(*row),
                                            visibleAt});
}

std::optional<QJsonObject> RecordStore::visibleRow(const Table &table, const QString &id,
                                                   const QDateTime &now) const
{
    auto row = table.rows.constFind(id);
    if (row == table.rows.constEnd())
        return std::nullopt;
    auto pending = table.pending.constFind(id);
    if (pending != table.pending.constEnd() && now < pending->visibleAt)
        return pending->committed;
    return *row;
}

QList<QJsonObject> RecordStore::visibleRecords(const QString &objectName, bool includeDeleted,
                                               const QDateTime &now) const
{
    auto table = m_tables.constFind(objectName);
    if (table == m_tables.constEnd() || table->pending.isEmpty())
        return records(objectName, includeDeleted);
    QList<QJsonObject> result;
    result.reserve(table->order.size());
    for (const QString &id : table->order) {
        const std::optional<QJsonObject> row = visibleRow(*table, id, now);
        if (row && (includeDeleted || !row->value(u"IsDeleted"_s).toBool()))
            result.append(*row);
    }
    return result;
}

std::optional<QJsonObject> RecordStore::findVisible(QStringView id, const QDateTime &now) const
{
    QString canonicalId;
    auto *table = const_cast<RecordStore *>(this)->tableFor(id, &canonicalId);
    if (!table)
        return std::nullopt;
    return visibleRow(*table, canonicalId, now);
}

QString RecordStore::objectOf(QStringView id) const
{
    if (id.size() < 3)
        return {};
    const ObjectDescription *object = m_schema.objectForKeyPrefix(id.left(3));
    return object ? object->name : QString();
}

RecordStore::Table *RecordStore::tableFor(QStringView id, QString *canonicalId)
{
    *canonicalId = salesforce_id::toEighteen(id);
    if (canonicalId->isEmpty())
        return nullptr;
    const QString objectName = objectOf(*canonicalId);
    auto table = m_tables.find(objectName);
    return table == m_tables.end() ? nullptr : &table.value();
}

QJsonObject *RecordStore::liveRow(QStringView id, QString *canonicalId)
{
    Table *table = tableFor(id, canonicalId);
    if (!table)
        return nullptr;
    auto row = table->rows.find(*canonicalId);
    if (row == table->rows.end() || row->value(u"IsDeleted"_s).toBool())
        return nullptr;
    return &row.value();
}

const QJsonObject *RecordStore::find(QStringView id) const
{
    QString canonicalId;
    auto *table = const_cast<RecordStore *>(this)->tableFor(id, &canonicalId);
    if (!table)
        return nullptr;
    auto row = table->rows.constFind(canonicalId);
    return row == table->rows.constEnd() ? nullptr : &row.value();
}

QList<QJsonObject> RecordStore::records(const QString &objectName, bool includeDeleted) const
{
    QList<QJsonObject> result;
    auto table = m_tables.constFind(objectName);
    if (table == m_tables.constEnd())
        return result;
    result.reserve(table->order.size());
    for (const QString &id : table->order) {
        const QJsonObject &row = table->rows[id];
        if (includeDeleted || !row.value(u"IsDeleted"_s).toBool())
            result.append(row);
    }
    return result;
}

qsizetype RecordStore::count(const QString &objectName, bool includeDeleted) const
{
    auto table = m_tables.constFind(objectName);
    if (table == m_tables.constEnd())
        return 0;
    return includeDeleted ? table->rows.size() : table->rows.size() - table->deletedAt.size();
}

RecordStore::Table &RecordStore::tableOf(const ObjectDescription &object)
{
    auto table = m_tables.find(object.name);
    if (table != m_tables.end())
        return *table;
    QStringList externalIdFields;
    for (const FieldDescription &field : object.fields)
        if (field.externalId)
            externalIdFields.append(field.name);
    Table created;
    created.externalIds = ExternalIdIndex(externalIdFields);
    return *m_tables.insert(object.name, created);
}

void RecordStore::append(Table &table, const QString &id, const QJsonObject &row)
{
    table.order.append(id);
    table.sequence.insert(id, table.nextSequence++);
    table.rows.insert(id, row);
    table.externalIds.add(id, row);
}

QString RecordStore::insert(const QString &objectName, QJsonObject fields, const QDateTime &now,
                            Writer writer)
{
    const ObjectDescription *object = m_schema.object(objectName);
    Q_ASSERT(object);
    Table &table = tableOf(*object);
    const QString id = salesforce_id::make(object->keyPrefix, table.nextSerial++);
    const QString stamp = salesforceDateTime(stampFor(now));
    holdBack(table, id, now, writer);

    QJsonObject row = std::move(fields);
    row.insert(u"Id"_s, id);
    row.insert(u"IsDeleted"_s, false);
    row.insert(u"CreatedDate"_s, stamp);
    row.insert(u"LastModifiedDate"_s, stamp);
    row.insert(u"SystemModstamp"_s, stamp);
    append(table, id, row);
    notify(Change::Kind::Inserted, object->name, id);
    return id;
}

void RecordStore::restore(const QString &objectName, const QJsonObject &record)
{
    const ObjectDescription *object = m_schema.object(objectName);
    Q_ASSERT(object);
    Table &table = tableOf(*object);
    const QString id = record.value(u"Id"_s).toString();
    auto existing = table.rows.find(id);
    if (existing == table.rows.end()) {
        append(table, id, record);
    } else {
        table.externalIds.remove(id, *existing);
        table.externalIds.add(id, record);
        *existing = record;
    }
    if (record.value(u"IsDeleted"_s).toBool()) {
        table.deletedAt.insert(
            id,
            QDateTime::fromString(record.value(u"SystemModstamp"_s).toString(), Qt::ISODateWithMs));
    }
    // Keep generating fresh ids after the highest serial restored.
    table.nextSerial = std::max(table.nextSerial, salesforce_id::serialOf(id) + 1);
}

bool RecordStore::update(QStringView id, const QJsonObject &changes, const QDateTime &now,
                         Writer writer)
{
    QString canonicalId;
    QJsonObject *row = liveRow(id, &canonicalId);
    if (!row)
        return false;
    Table &table = m_tables[objectOf(canonicalId)];
    holdBack(table, canonicalId, now, writer);
    table.externalIds.change(canonicalId, *row, changes);
    for (auto field = changes.begin(); field != changes.end(); ++field)
        row->insert(field.key(), field.value());
    const QString stamp = salesforceDateTime(stampFor(now));
    row->insert(u"LastModifiedDate"_s, stamp);
    row->insert(u"SystemModstamp"_s, stamp);
    notify(Change::Kind::Updated, objectOf(canonicalId), canonicalId);
    return true;
}

bool RecordStore::remove(QStringView id, const QDateTime &now, Writer writer,
                         const QJsonObject &fields)
{
    QString canonicalId;
    QJsonObject *row = liveRow(id, &canonicalId);
    if (!row)
        return false;
    Table &table = m_tables[objectOf(canonicalId)];
    holdBack(table, canonicalId, now, writer);
    table.externalIds.change(canonicalId, *row, fields);
    for (auto field = fields.begin(); field != fields.end(); ++field)
        row->insert(field.key(), field.value());
    const QDateTime stamp = stampFor(now);
    row->insert(u"IsDeleted"_s, true);
    row->insert(u"SystemModstamp"_s, salesforceDateTime(stamp));
    if (!fields.isEmpty())
        row->insert(u"LastModifiedDate"_s, salesforceDateTime(stamp));
    table.deletedAt.insert(canonicalId, stamp);
    notify(Change::Kind::Deleted, objectOf(canonicalId), canonicalId);
    return true;
}

bool RecordStore::purge(QStringView id)
{
    QString canonicalId;
    Table *table = tableFor(id, &canonicalId);
    if (!table)
        return false;
    auto row = table->rows.find(canonicalId);
    if (row == table->rows.end())
        return false;
    table->externalIds.remove(canonicalId, *row);
    table->rows.erase(row);
    table->sequence.remove(canonicalId);
    table->order.removeOne(canonicalId);
    table->deletedAt.remove(canonicalId);
    table->pending.remove(canonicalId);
    notify(Change::Kind::Purged, objectOf(canonicalId), canonicalId);
    return true;
}

qsizetype RecordStore::emptyRecycleBin()
{
    QStringList deleted;
    for (const Table &table : std::as_const(m_tables))
        deleted.append(table.deletedAt.keys());
    for (const QString &id : std::as_const(deleted))
        purge(id);
    return deleted.size();
}

QList<std::pair<QString, QDateTime>> RecordStore::deletedBetween(const QString &objectName,
                                                                 const QDateTime &start,
                                                                 const QDateTime &end) const
{
    QList<std::pair<QString, QDateTime>> result;
    auto table = m_tables.constFind(objectName);
    if (table == m_tables.constEnd())
        return result;
    for (const QString &id : table->order) {
        auto deleted = table->deletedAt.constFind(id);
        if (deleted != table->deletedAt.constEnd() && *deleted >= start && *deleted <= end)
            result.append({id, *deleted});
    }
    return result;
}

RecordStore::Snapshot RecordStore::snapshot() const
{
    Snapshot copy;
    copy.m_tables = m_tables;
    return copy;
}

void RecordStore::rollBack(const Snapshot &snapshot)
{
    m_tables = snapshot.m_tables;
}

void RecordStore::clear()
{
    m_tables.clear();
}

void RecordStore::notify(Change::Kind kind, const QString &objectName, const QString &id) const
{
    if (m_listener)
        m_listener(Change{kind, objectName, id});
}

} // namespace syncdesk::sandbox
