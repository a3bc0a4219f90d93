#include "soql/soql_executor.h"

#include "soql/soql_condition_evaluator.h"

#include <QJsonValue>
#include <algorithm>
#include <vector>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject attributes(const QString &type, const QString &id, QStringView apiVersion)
{
    return QJsonObject{
        {u"type"_s, type},
        {u"url"_s, QString(u"/services/data/"_s + apiVersion + u"/sobjects/"_s + type + u'/' + id)},
    };
}

QJsonValue outputValue(const QJsonValue &value)
{
    if (value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return QJsonValue(QJsonValue::Null);
    return value;
}

// The rows that pass WHERE, in candidate order.
QList<qsizetype> matchingRows(const SoqlQuery &query, const QList<QJsonObject> &candidates,
                              SoqlRecordReader &reader)
{
    QList<qsizetype> rows;
    SoqlConditionEvaluator evaluator(reader, query.referenceTime());
    for (qsizetype i = 0; i < candidates.size(); ++i)
        if (!query.condition() || evaluator.matches(*query.condition(), candidates[i]))
            rows.append(i);
    return rows;
}

void sortRows(const SoqlQuery &query, const QList<QJsonObject> &candidates,
              SoqlRecordReader &reader, QList<qsizetype> *rows)
{
    const QList<SoqlOrderKey> &keys = query.orderBy();
    if (keys.isEmpty())
        return;
    // Read each sort value once, not once per comparison.
    struct SortEntry
    {
        qsizetype row;
        QList<SoqlValue> values;
    };
    std::vector<SortEntry> entries;
    entries.reserve(rows->size());
    for (qsizetype row : std::as_const(*rows)) {
        SortEntry entry{row, {}};
        for (const SoqlOrderKey &key : keys)
            entry.values.append(reader.value(candidates[row], key.field));
        entries.push_back(std::move(entry));
    }
    std::stable_sort(entries.begin(), entries.end(), [&](const SortEntry &a, const SortEntry &b) {
        for (qsizetype k = 0; k < keys.size(); ++k) {
            const bool aNull = a.values[k].kind == SoqlValue::Kind::Null;
            const bool bNull = b.values[k].kind == SoqlValue::Kind::Null;
            if (aNull || bNull) {
                if (aNull == bNull)
                    continue;
                return aNull == keys[k].nullsFirst;
            }
            const int order = compareSoqlValues(a.values[k], b.values[k]).value_or(0);
            if (order != 0)
                return keys[k].descending ? order > 0 : order < 0;
        }
        return false;
    });
    for (size_t i = 0; i < entries.size(); ++i)
        (*rows)[qsizetype(i)] = entries[i].row;
}

// Applies OFFSET then LIMIT.
void pageRows(const SoqlQuery &query, QList<qsizetype> *rows)
{
    const qsizetype offset = std::min<qsizetype>(query.offset(), rows->size());
    rows->remove(0, offset);
    if (query.limit() && *query.limit() < rows->size())
        rows->resize(*query.limit());
}

// Puts a parent field in its nested object, creating the chain of
// relationship objects (or nulls, when a reference is empty) on the way.
void projectParentField(const QJsonObject &record, const SoqlFieldPath &path,
                        SoqlRecordReader &reader, QStringView apiVersion, QJsonObject *row)
{
    // Build from the innermost object outwards, merging with what earlier
    // fields of the same relationships already put there.
    QList<QJsonObject> chain{*row};
    for (qsizetype depth = 1; depth <= path.hops.size(); ++depth) {
        const QString &key = path.hops[depth - 1].relationshipName;
        const QJsonValue existing = chain.last().value(key);
        if (existing.isObject()) {
            chain.append(existing.toObject());
            continue;
        }
        const std::optional<QJsonObject> parent = reader.follow(record, path.hops, depth);
        if (!parent)
            break;
        QJsonObject nested;
        nested.insert(u"attributes"_s, attributes(path.hops[depth - 1].targetObject,
                                                  parent->value(u"Id"_s).toString(), apiVersion));
        chain.append(nested);
    }
    if (chain.size() == path.hops.size() + 1) {
        const QJsonValue value = reader.json(record, path);
        chain.last().insert(path.fieldName, outputValue(value));
    } else {
        // A reference on the way is empty: the relationship at that level is null.
        chain.last().insert(path.hops[chain.size() - 1].relationshipName,
                            QJsonValue(QJsonValue::Null));
    }
    for (qsizetype i = chain.size() - 1; i > 0; --i)
        chain[i - 1].insert(path.hops[i - 1].relationshipName, chain[i]);
    *row = chain.first();
}

QJsonObject projectRow(const SoqlQuery &query, const QJsonObject &record, SoqlRecordReader &reader,
                       QStringView apiVersion)
{
    QJsonObject row;
    row.insert(u"attributes"_s,
               attributes(query.objectName(), record.value(u"Id"_s).toString(), apiVersion));
    for (const SoqlFieldPath &field : query.selectedFields()) {
        if (field.hops.isEmpty())
            row.insert(field.fieldName, outputValue(record.value(field.fieldName)));
        else
            projectParentField(record, field, reader, apiVersion, &row);
    }
    return row;
}

} // namespace

QList<QJsonObject> executeSoql(const SoqlQuery &query, const QList<QJsonObject> &candidates,
                               const ParentLookup &parents, QStringView apiVersion)
{
    SoqlRecordReader reader(parents);
    QList<qsizetype> rows = matchingRows(query, candidates, reader);
    sortRows(query, candidates, reader, &rows);
    pageRows(query, &rows);
    QList<QJsonObject> result;
    result.reserve(rows.size());
    for (qsizetype row : std::as_const(rows))
        result.append(projectRow(query, candidates[row], reader, apiVersion));
    return result;
}

qsizetype countSoql(const SoqlQuery &query, const QList<QJsonObject> &candidates,
                    const ParentLookup &parents)
{
    SoqlRecordReader reader(parents);
    QList<qsizetype> rows = matchingRows(query, candidates, reader);
    pageRows(query, &rows);
    return rows.size();
}

QStringList soqlColumnOrder(const SoqlQuery &query)
{
    QStringList columns{u"attributes"_s};
    for (const SoqlFieldPath &field : query.selectedFields()) {
        const QString key =
            field.hops.isEmpty() ? field.fieldName : field.hops.first().relationshipName;
        if (!columns.contains(key))
            columns.append(key);
    }
    return columns;
}

} // namespace syncdesk::sandbox
