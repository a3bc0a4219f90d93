#pragma once

#include "soql/soql_query.h"
#include "soql/soql_record_reader.h"

#include <QDateTime>
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
    bool compareOne(SoqlOperator op, const SoqlValue &field, const SoqlValue &literal) const;
    bool compareWithSpan(SoqlOperator op, const SoqlValue &field, const SoqlDateSpan &span) const;

    SoqlRecordReader &m_reader;
    QDate m_today;             // UTC
    qint64 m_todayStartMs = 0; // midnight UTC
};

} // namespace syncdesk::sandbox
