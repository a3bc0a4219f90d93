#include "store/field_mapping_store.h"

#include "store/store_enum.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr EnumNames<SyncDirection, 4> DirectionNames{{
    {SyncDirection::Both, u"both"},
    {SyncDirection::ToCrm, u"to_crm"},
    {SyncDirection::FromCrm, u"from_crm"},
    {SyncDirection::Off, u"off"},
}};

} // namespace

QString syncDirectionName(SyncDirection direction)
{
    return enumToColumn(DirectionNames, direction);
}

std::optional<SyncDirection> syncDirectionFromName(const QString &name)
{
    return enumFromColumn(DirectionNames, name);
}

std::optional<qint64> FieldMappingStore::save(const FieldMapping &mapping)
{
    QSqlQuery query = prepared(
        u"INSERT INTO field_mappings (local_object, local_field, crm_object, crm_field, direction) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (local_object, local_field, crm_object) DO UPDATE "
        "SET crm_field = excluded.crm_field, direction = excluded.direction"_s);
    query.addBindValue(mapping.localObject);
    query.addBindValue(mapping.localField);
    query.addBindValue(mapping.crmObject);
    query.addBindValue(mapping.crmField);
    query.addBindValue(syncDirectionName(mapping.direction));
    if (!run(query))
        return std::nullopt;

    // lastInsertId is not reliable for the update branch of an upsert: look it up.
    QSqlQuery id = prepared(u"SELECT id FROM field_mappings WHERE local_object = ? AND "
                            "local_field = ? AND crm_object = ?"_s);
    id.addBindValue(mapping.localObject);
    id.addBindValue(mapping.localField);
    id.addBindValue(mapping.crmObject);
    if (!run(id) || !id.next())
        return std::nullopt;
    return id.value(0).toLongLong();
}

QList<FieldMapping> FieldMappingStore::select(const QString &where, const QVariant &bound) const
{
    QSqlQuery query = prepared(u"SELECT id, local_object, local_field, crm_object, crm_field, "
                               "direction FROM field_mappings "_s +
                               where + u" ORDER BY crm_object, local_object, local_field"_s);
    if (bound.isValid())
        query.addBindValue(bound);
    QList<FieldMapping> mappings;
    if (!run(query))
        return mappings;
    while (query.next()) {
        mappings.append(FieldMapping{
            .id = query.value(0).toLongLong(),
            .localObject = query.value(1).toString(),
            .localField = query.value(2).toString(),
            .crmObject = query.value(3).toString(),
            .crmField = query.value(4).toString(),
            .direction =
                syncDirectionFromName(query.value(5).toString()).value_or(SyncDirection::Off),
        });
    }
    return mappings;
}

QList<FieldMapping> FieldMappingStore::all() const
{
    return select(QString(), QVariant());
}

QList<FieldMapping> FieldMappingStore::forCrmObject(const QString &crmObject) const
{
    return select(u"WHERE crm_object = ?"_s, crmObject);
}

bool FieldMappingStore::setDirection(qint64 id, SyncDirection direction)
{
    QSqlQuery query = prepared(u"UPDATE field_mappings SET direction = ? WHERE id = ?"_s);
    query.addBindValue(syncDirectionName(direction));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool FieldMappingStore::replaceAll(const QList<FieldMapping> &mappings)
{
    return inTransaction([&] {
        if (!run(u"DELETE FROM field_mappings"_s))
            return false;
        for (const FieldMapping &mapping : mappings) {
            if (!save(mapping))
                return false;
        }
        return true;
    });
}

bool FieldMappingStore::remove(qint64 id)
{
    QSqlQuery query = prepared(u"DELETE FROM field_mappings WHERE id = ?"_s);
    query.addBindValue(id);
    return run(query);
}

} // namespace syncdesk
