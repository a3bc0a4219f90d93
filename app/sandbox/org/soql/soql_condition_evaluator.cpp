#include "soql/soql_condition_evaluator.h"

#include "data/case_insensitive_key.h"
#include "soql/soql_literals.h"

#include <algorithm>

namespace syncdesk::sandbox {

namespace {

constexpr qint64 millisPerDay = 86'400'000;
// IN lists this long or shorter are quicker to walk than to hash.
constexpr qsizetype shortInList = 8;

template <typename T> int threeWay(const T &left, const T &right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace

std::optional<int> compareSoqlValues(const SoqlValue &left, const SoqlValue &right)
{
    if (left.kind != right.kind)
        return std::nullopt;
    switch (left.kind) {
    case SoqlValue::Kind::Text: {
        const int folded = left.text.compare(right.text, Qt::CaseInsensitive);
        return folded < 0 ? -1 : (folded > 0 ? 1 : 0);
    }
    case SoqlValue::Kind::Id:
        return threeWay(left.text, right.text);
    case SoqlValue::Kind::Number:
        return threeWay(left.number, right.number);
    case SoqlValue::Kind::Boolean:
        return threeWay(int(left.boolean), int(right.boolean));
    case SoqlValue::Kind::Instant:
        return threeWay(left.instantMs, right.instantMs);
    case SoqlValue::Kind::Day:
        return threeWay(left.day.toJulianDay(), right.day.toJulianDay());
    case SoqlValue::Kind::Null:
        return 0;
    case SoqlValue::Kind::DaySpan:
        return std::nullopt;
    }
    return std::nullopt;
}

SoqlConditionEvaluator::SoqlConditionEvaluator(SoqlRecordReader &reader,
                                               const QDateTime &referenceTime)
    : m_reader(reader)
    , m_today(referenceTime.toUTC().date())
    , m_todayStartMs(QDate(1970, 1, 1).daysTo(m_today) * millisPerDay)
{}

bool SoqlConditionEvaluator::matches(const SoqlCondition &condition, const QJsonObject &record)
{
    switch (condition.kind) {
    case SoqlCondition::Kind::And:
        for (const SoqlCondition &child : condition.children)
            if (!matches(child, record))
                return false;
        return true;
    case SoqlCondition::Kind::Or:
        for (const SoqlCondition &child : condition.children)
            if (matches(child, record))
                return true;
        return false;
    case SoqlCondition::Kind::Not:
        return !condition.children.empty() && !matches(condition.children.front(), record);
    case SoqlCondition::Kind::Comparison:
        return compare(condition, m_reader.value(record, condition.field));
    }
    return false;
}

bool SoqlConditionEvaluator::compare(const SoqlCondition &comparison, const SoqlValue &field)
{
    switch (comparison.op) {
    case SoqlOperator::Like:
        if (field.kind == SoqlValue::Kind::Null)
            return comparison.likePattern.isNull();
        return !comparison.likePattern.isNull() &&
               soqlLikeMatches(comparison.likePattern, field.text);
    case SoqlOperator::In:
    case SoqlOperator::NotIn: {
        const bool found = inList(comparison, field);
        return comparison.op == SoqlOperator::In ? found : !found;
    }
    default:
        return !comparison.values.isEmpty() &&
               compareOne(comparison.op, field, comparison.values.first());
    }
}

bool SoqlConditionEvaluator::inList(const SoqlCondition &comparison, const SoqlValue &field)
{
    const bool keyed = field.kind == SoqlValue::Kind::Id || field.kind == SoqlValue::Kind::Text;
    if (!keyed || comparison.values.size() <= shortInList) {
        for (const SoqlValue &literal : comparison.values)
            if (compareOne(SoqlOperator::Equal, field, literal))
                return true;
        return false;
    }
    auto keys = m_inLists.find(&comparison);
    if (keys == m_inLists.end()) {
        LiteralKeys made;
        for (const SoqlValue &literal : comparison.values) {
            if (literal.kind == SoqlValue::Kind::Id)
                made.ids.insert(literal.text);
            else if (literal.kind == SoqlValue::Kind::Text)
                made.texts.insert(caseInsensitiveKey(literal.text), literal.text);
        }
        keys = m_inLists.insert(&comparison, made);
    }
    // compareOne's Equal, asked only of the literals that can be equal: an id
    // equals only the same id, a text only texts equal ignoring case, and
    // never a null or a literal of another kind.
    if (field.kind == SoqlValue::Kind::Id)
        return keys->ids.contains(field.text);
    const auto [first, last] = keys->texts.equal_range(caseInsensitiveKey(field.text));
    return std::any_of(first, last, [&](const QString &text) {
        return field.text.compare(text, Qt::CaseInsensitive) == 0;
    });
}

bool SoqlConditionEvaluator::compareOne(SoqlOperator op, const SoqlValue &field,
                                        const SoqlValue &literal) const
{
    const bool fieldIsNull = field.kind == SoqlValue::Kind::Null;
    if (literal.kind == SoqlValue::Kind::Null || fieldIsNull) {
        const bool bothNull = fieldIsNull && literal.kind == SoqlValue::Kind::Null;
        if (op == SoqlOperator::Equal)
            return bothNull;
        if (op == SoqlOperator::NotEqual)
            return !bothNull;
        return false;
    }
    if (literal.kind == SoqlValue::Kind::DaySpan)
        return compareWithSpan(op, field, literal.span);
    const std::optional<int> order = compareSoqlValues(field, literal);
    if (!order)
        return op == SoqlOperator::NotEqual;
    switch (op) {
    case SoqlOperator::Equal:
        return *order == 0;
    case SoqlOperator::NotEqual:
        return *order != 0;
    case SoqlOperator::Less:
        return *order < 0;
    case SoqlOperator::LessOrEqual:
        return *order <= 0;
    case SoqlOperator::Greater:
        return *order > 0;
    case SoqlOperator::GreaterOrEqual:
        return *order >= 0;
    default:
        return false;
    }
}

bool SoqlConditionEvaluator::compareWithSpan(SoqlOperator op, const SoqlValue &field,
                                             const SoqlDateSpan &span) const
{
    // A span covers whole days: [first, last + 1) in the field's own unit.
    qint64 value = 0, start = 0, end = 0;
    if (field.kind == SoqlValue::Kind::Instant) {
        value = field.instantMs;
        start = m_todayStartMs + span.firstDayOffset * millisPerDay;
        end = m_todayStartMs + (span.lastDayOffset + 1) * millisPerDay;
    } else if (field.kind == SoqlValue::Kind::Day) {
        value = field.day.toJulianDay();
        start = m_today.toJulianDay() + span.firstDayOffset;
        end = m_today.toJulianDay() + span.lastDayOffset + 1;
    } else {
        return op == SoqlOperator::NotEqual;
    }
    switch (op) {
    case SoqlOperator::Equal:
        return value >= start && value < end;
    case SoqlOperator::NotEqual:
        return value < start || value >= end;
    case SoqlOperator::Less:
        return value < start;
    case SoqlOperator::LessOrEqual:
        return value < end;
    case SoqlOperator::Greater:
        return value >= end;
    case SoqlOperator::GreaterOrEqual:
        return value >= start;
    default:
        return false;
    }
}

} // namespace syncdesk::sandbox
