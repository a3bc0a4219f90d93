#pragma once

#include "schema/field_description.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace syncdesk::sandbox {

// One step from a record to its parent: Contact --AccountId--> Account.
struct SoqlRelationshipHop
{
    QString relationshipName; // canonical, e.g. "Account"; the JSON key of the nested object
    QString referenceField;   // canonical, e.g. "AccountId"; holds the parent's id
    QString targetObject;     // canonical, e.g. "Account"
};

// A field as written in SELECT, WHERE or ORDER BY, resolved against the schema.
struct SoqlFieldPath
{
    QList<SoqlRelationshipHop> hops; // empty for the queried object's own fields
    QString fieldName;               // canonical name on the last object
    FieldType type = FieldType::String;

    QString dottedName() const; // "Account.Name"
};

// The relative date literals (TODAY, LAST_N_DAYS:n, ...). They stand for a
// span of whole UTC days, resolved when the query runs.
struct SoqlDateSpan
{
    int firstDayOffset = 0; // relative to today: -1 is yesterday
    int lastDayOffset = 0;  // inclusive
};

// A literal, already converted to the type of the field it is compared with.
struct SoqlValue
{
    enum class Kind
    {
        Null,
        Text,
        Id,
        Number,
        Boolean,
        Instant,
        Day,
        DaySpan
    };
    Kind kind = Kind::Null;
    QString text;      // Text (decoded), Id (18 characters)
    double number = 0; // Number
    bool boolean = false;
    qint64 instantMs = 0; // Instant: milliseconds since the epoch, UTC
    QDate day;            // Day
    SoqlDateSpan span;    // DaySpan
};

enum class SoqlOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    NotIn,
    Like
};

// A WHERE clause as a tree. Salesforce does not let AND and OR mix without
// parentheses, so an And/Or node's children are all of one level.
struct SoqlCondition
{
    enum class Kind
    {
        And,
        Or,
        Not,
        Comparison
    };
    Kind kind = Kind::Comparison;
    std::vector<SoqlCondition> children; // And, Or: two or more; Not: one

    // Comparison
    SoqlFieldPath field;
    SoqlOperator op = SoqlOperator::Equal;
    QList<SoqlValue> values; // one, or the IN list
    QString likePattern;     // Like: the raw pattern with SOQL escapes decoded except \% and \_
};

struct SoqlOrderKey
{
    SoqlFieldPath field;
    bool descending = false;
    bool nullsFirst = true; // Salesforce's default: NULLS FIRST for ASC, NULLS LAST for DESC
};

// A parsed and schema-checked query; made by parseSoql().
class SoqlQuery
{
public:
    const QString &objectName() const { return m_objectName; }
    bool isCount() const { return m_count; }
    const QList<SoqlFieldPath> &selectedFields() const { return m_fields; }
    const std::optional<SoqlCondition> &condition() const { return m_condition; }
    const QList<SoqlOrderKey> &orderBy() const { return m_orderBy; }
    std::optional<qint64> limit() const { return m_limit; }
    qint64 offset() const { return m_offset; }

    // The moment TODAY and LAST_N_DAYS are measured from; the current time if unset.
    void setReferenceTime(const QDateTime &time) { m_referenceTime = time; }
    QDateTime referenceTime() const;

private:
    friend class SoqlBinder;

    QString m_objectName;
    bool m_count = false;
    QList<SoqlFieldPath> m_fields;
    std::optional<SoqlCondition> m_condition;
    QList<SoqlOrderKey> m_orderBy;
    std::optional<qint64> m_limit;
    qint64 m_offset = 0;
    QDateTime m_referenceTime;
};

} // namespace syncdesk::sandbox
