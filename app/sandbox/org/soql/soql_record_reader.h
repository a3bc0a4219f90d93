#pragma once

#include "soql/soql_query.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <functional>
#include <optional>

namespace syncdesk::sandbox {

// Gives the record (full JSON) for a reference id, or an empty object.
using ParentLookup = std::function<QJsonObject(const QString &id)>;

// A record's value for a field, in the comparable form a literal takes: Null
// for JSON null, absent, or an empty string (Salesforce stores no empty text).
SoqlValue soqlValueFromJson(const QJsonValue &json, FieldType type);

// Reads field paths from records, following parent references through the
// lookup. Parents are cached for the reader's lifetime: one query run.
class SoqlRecordReader
{
public:
    explicit SoqlRecordReader(const ParentLookup &parents);

    // The record reached after the first hopCount hops of the path; nullopt
    // when a reference on the way is empty or points nowhere.
    std::optional<QJsonObject> follow(const QJsonObject &record,
                                      const QList<SoqlRelationshipHop> &hops, qsizetype hopCount);
    QJsonValue json(const QJsonObject &record, const SoqlFieldPath &path);
    SoqlValue value(const QJsonObject &record, const SoqlFieldPath &path);

private:
    const ParentLookup &m_parents;
    QHash<QString, QJsonObject> m_cache;
};

} // namespace syncdesk::sandbox
