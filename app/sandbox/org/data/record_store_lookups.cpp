// RecordStore's reads by key: the paths that would otherwise read every record
// of an object (upserts by external id, queries by id or external id).
#include "data/record_store.h"

#include <algorithm>
#include <vector>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// The ids that are in the table, each once, in insertion order (`order`).
template <typename Table> QList<QString> inInsertionOrder(const Table &table, QList<QString> ids)
{
    std::vector<std::pair<quint64, QString>> found;
    found.reserve(ids.size());
    for (QString &id : ids) {
        auto sequence = table.sequence.constFind(id);
        if (sequence != table.sequence.constEnd())
            found.emplace_back(*sequence, std::move(id));
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    QList<QString> ordered;
    ordered.reserve(qsizetype(found.size()));
    for (auto &entry : found)
        ordered.append(std::move(entry.second));
    return ordered;
}

} // namespace

bool RecordStore::indexesExternalId(const QString &objectName, const QString &field) const
{
    const ObjectDescription *object = m_schema.object(objectName);
    if (!object)
        return false;
    // The same rule tableOf() builds each table's index with.
    return std::any_of(object->fields.cbegin(), object->fields.cend(),
                       [&](const FieldDescription &f) { return f.externalId && f.name == field; });
}

QList<QJsonObject> RecordStore::externalIdCandidates(const QString &objectName,
                                                     const QString &field, QStringView value) const
{
    Q_ASSERT(indexesExternalId(objectName, field));
    QList<QJsonObject> rows;
    auto table = m_tables.constFind(objectName);
    if (table == m_tables.constEnd())
        return rows;
    for (const QString &id : inInsertionOrder(*table, table->externalIds.candidates(field, value)))
        rows.append(table->rows.value(id));
    return rows;
}

QList<QJsonObject> RecordStore::visibleAmong(const Table &table, const QList<QString> &ids,
                                             bool includeDeleted, const QDateTime &now) const
{
    QList<QJsonObject> result;
    for (const QString &id : inInsertionOrder(table, ids)) {
        // What visibleRecords() keeps for this id, by the same test.
        const std::optional<QJsonObject> row = visibleRow(table, id, now);
        if (row && (includeDeleted || !row->value(u"IsDeleted"_s).toBool()))
            result.append(*row);
    }
    return result;
}

QList<QJsonObject> RecordStore::visibleRecordsWithIds(const QString &objectName,
                                                      const QStringList &ids, bool includeDeleted,
                                                      const QDateTime &now) const
{
    auto table = m_tables.constFind(objectName);
    if (table == m_tables.constEnd())
        return {};
    return visibleAmong(*table, ids, includeDeleted, now);
}

QList<QJsonObject> RecordStore::visibleRecordsWithExternalIds(const QString &objectName,
                                                              const QString &field,
                                                              const QStringList &values,
                                                              bool includeDeleted,
                                                              const QDateTime &now) const
{
    Q_ASSERT(indexesExternalId(objectName, field));
    auto table = m_tables.constFind(objectName);
    if (table == m_tables.constEnd())
        return {};
    QList<QString> ids;
    for (const QString &value : values)
        ids.append(table->externalIds.candidates(field, value));
    // The index holds latest values; a reader inside a commit delay may still
    // see an older one, so every record with a write pending is a candidate.
    ids.append(table->pending.keys());
    return visibleAmong(*table, ids, includeDeleted, now);
}

} // namespace syncdesk::sandbox
