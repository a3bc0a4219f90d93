#pragma once

#include "soql/soql_query.h"
#include "soql/soql_record_reader.h"

#include <QDateTime>
#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <optional>

namespace syncdesk::sandbox {

// Orders two non-null values of the same kind as Salesforce does: text
// case-insensitively, ids exactly, false before true. nullopt when the kinds differ.
std::optional<int> compareSoqlValues(const SoqlValue &left, const SoqlValue &right);

// Decides WHERE conditions for records, with SOQL's null rules: a null field
// satisfies != and NOT IN, and no ordering comparison.
class SoqlConditionEvaluator
{
public:
    SoqlConditionEvaluator(SoqlRecordReader &reader, const QDateTime &referenceTime);

    bool matches(const SoqlCondition &condition, const QJsonObject &record);

private:
    bool compare(const SoqlCondition &comparison, const SoqlValue &field);
    // Whether an IN list holds a literal equal to `field`.
    bool inList(const SoqlCondition &comparison, const SoqlValue &field);
    bool compareOne(SoqlOperator op, const SoqlValue &field, const SoqlValue &literal) const;
    bool compareWithSpan(SoqlOperator op, const SoqlValue &field, const SoqlDateSpan &span) const;

    // Long IN lists by their literals' keys, made on first use: a list of
    // 2,000 ids is otherwise walked once per row.
    struct LiteralKeys
    {
        QSet<QString> ids;                  // Id literals
        QMultiHash<QString, QString> texts; // caseInsensitiveKey -> Text literal
    };
    QHash<const SoqlCondition *, LiteralKeys> m_inLists;

    SoqlRecordReader &m_reader;
    QDate m_today;             // UTC
    qint64 m_todayStartMs = 0; // midnight UTC
};

} // namespace syncdesk::sandbox
