#include "data/external_id_index.h"

#include "data/case_insensitive_key.h"

#include <QJsonValue>
#include <QVariant>
#include <optional>

namespace syncdesk::sandbox {

namespace {

// The key of a stored value, read as text the way both readers read it
// (upsert matching and SOQL's text fields); none for null or absent.
std::optional<QString> keyOf(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return caseInsensitiveKey(value.isString() ? value.toString() : value.toVariant().toString());
}

} // namespace

ExternalIdIndex::ExternalIdIndex(QStringList fields)
    : m_fields(std::move(fields))
{}

void ExternalIdIndex::add(const QString &id, const QJsonObject &row)
{
    for (const QString &field : std::as_const(m_fields))
        if (const std::optional<QString> key = keyOf(row.value(field)))
            m_ids[field].insert(*key, id);
}

void ExternalIdIndex::remove(const QString &id, const QJsonObject &row)
{
    for (const QString &field : std::as_const(m_fields))
        if (const std::optional<QString> key = keyOf(row.value(field)))
            m_ids[field].remove(*key, id);
}

void ExternalIdIndex::change(const QString &id, const QJsonObject &row, const QJsonObject &changes)
{
    for (const QString &field : std::as_const(m_fields)) {
        auto changed = changes.constFind(field);
        // Most writes leave external ids alone: touching nothing then keeps
        // the index shared with the last snapshot instead of copying it.
        if (changed == changes.constEnd() || *changed == row.value(field))
            continue;
        const std::optional<QString> oldKey = keyOf(row.value(field));
        const std::optional<QString> newKey = keyOf(*changed);
        if (oldKey == newKey)
            continue;
        if (oldKey)
            m_ids[field].remove(*oldKey, id);
        if (newKey)
            m_ids[field].insert(*newKey, id);
    }
}

QList<QString> ExternalIdIndex::candidates(const QString &field, QStringView value) const
{
    auto ids = m_ids.constFind(field);
    if (ids == m_ids.constEnd())
        return {};
    return ids->values(caseInsensitiveKey(value));
}

} // namespace syncdesk::sandbox
