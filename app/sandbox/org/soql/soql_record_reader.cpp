#include "soql/soql_record_reader.h"

#include "data/salesforce_id.h"
#include "soql/soql_literals.h"

namespace syncdesk::sandbox {

SoqlValue soqlValueFromJson(const QJsonValue &json, FieldType type)
{
    SoqlValue value;
    if (json.isNull() || json.isUndefined() || (json.isString() && json.toString().isEmpty()))
        return value;
    switch (type) {
    case FieldType::Boolean:
        value.kind = SoqlValue::Kind::Boolean;
        value.boolean = json.isBool() ? json.toBool()
                                      : json.toString().compare(u"true", Qt::CaseInsensitive) == 0;
        return value;
    case FieldType::Int:
    case FieldType::Double:
    case FieldType::Currency:
    case FieldType::Percent: {
        bool ok = json.isDouble();
        value.number = ok ? json.toDouble() : json.toString().toDouble(&ok);
        if (ok)
            value.kind = SoqlValue::Kind::Number;
        return value;
    }
    case FieldType::Date:
        value.day = QDate::fromString(json.toString().left(10), Qt::ISODate);
        if (value.day.isValid())
            value.kind = SoqlValue::Kind::Day;
        return value;
    case FieldType::DateTime:
        if (const std::optional<qint64> instant = parseRecordDateTime(json.toString())) {
            value.kind = SoqlValue::Kind::Instant;
            value.instantMs = *instant;
        }
        return value;
    case FieldType::Id:
    case FieldType::Reference: {
        const QString text = json.toString();
        const QString eighteen = salesforce_id::toEighteen(text);
        value.kind = SoqlValue::Kind::Id;
        value.text = eighteen.isEmpty() ? text : eighteen;
        return value;
    }
    default:
        value.kind = SoqlValue::Kind::Text;
        value.text = json.isString() ? json.toString() : json.toVariant().toString();
        return value;
    }
}

SoqlRecordReader::SoqlRecordReader(const ParentLookup &parents)
    : m_parents(parents)
{}

std::optional<QJsonObject> SoqlRecordReader::follow(const QJsonObject &record,
                                                    const QList<SoqlRelationshipHop> &hops,
                                                    qsizetype hopCount)
{
    // Copies, not pointers into the cache: QJsonObject is shared, and the
    // cache may rehash as parents are added.
    QJsonObject current = record;
    for (qsizetype i = 0; i < hopCount && i < hops.size(); ++i) {
        const QString id = current.value(hops[i].referenceField).toString();
        if (id.isEmpty() || !m_parents)
            return std::nullopt;
        auto cached = m_cache.constFind(id);
        if (cached == m_cache.constEnd())
            cached = m_cache.insert(id, m_parents(id));
        if (cached->isEmpty())
            return std::nullopt;
        current = *cached;
    }
    return current;
}

QJsonValue SoqlRecordReader::json(const QJsonObject &record, const SoqlFieldPath &path)
{
    if (path.hops.isEmpty())
        return record.value(path.fieldName);
    const std::optional<QJsonObject> target = follow(record, path.hops, path.hops.size());
    return target ? target->value(path.fieldName) : QJsonValue(QJsonValue::Null);
}

SoqlValue SoqlRecordReader::value(const QJsonObject &record, const SoqlFieldPath &path)
{
    return soqlValueFromJson(json(record, path), path.type);
}

} // namespace syncdesk::sandbox
