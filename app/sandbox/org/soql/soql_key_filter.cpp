#include "soql/soql_key_filter.h"

#include <algorithm>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// The comparisons every matching row satisfies: the clause itself, or the
// terms of its top-level AND (and of ANDs nested in it).
void collectRequiredTerms(const SoqlCondition &condition, QList<const SoqlCondition *> *terms)
{
    if (condition.kind == SoqlCondition::Kind::Comparison)
        terms->append(&condition);
    else if (condition.kind == SoqlCondition::Kind::And)
        for (const SoqlCondition &child : condition.children)
            collectRequiredTerms(child, terms);
}

// `field = literal` or `field IN (literals)` on one of the object's own
// fields, every literal of `kind` (a null literal would match rows with no
// value, which no index lists).
bool listsKeys(const SoqlCondition &term, SoqlValue::Kind kind)
{
    return term.field.hops.isEmpty() &&
           (term.op == SoqlOperator::Equal || term.op == SoqlOperator::In) &&
           std::all_of(term.values.cbegin(), term.values.cend(),
                       [kind](const SoqlValue &value) { return value.kind == kind; });
}

SoqlKeyFilter keyFilter(const SoqlCondition &term, bool isId)
{
    SoqlKeyFilter filter{term.field.fieldName, isId, {}};
    for (const SoqlValue &value : term.values)
        filter.values.append(value.text);
    return filter;
}

} // namespace

std::optional<SoqlKeyFilter>
findSoqlKeyFilter(const SoqlCondition &condition,
                  const std::function<bool(const QString &field)> &isIndexed)
{
    QList<const SoqlCondition *> terms;
    collectRequiredTerms(condition, &terms);
    for (const SoqlCondition *term : std::as_const(terms))
        if (term->field.fieldName == u"Id"_s && term->field.type == FieldType::Id &&
            listsKeys(*term, SoqlValue::Kind::Id))
            return keyFilter(*term, true);
    // Text literals are bound only for text fields, which read as text too.
    for (const SoqlCondition *term : std::as_const(terms))
        if (listsKeys(*term, SoqlValue::Kind::Text) && isIndexed(term->field.fieldName))
            return keyFilter(*term, false);
    return std::nullopt;
}

} // namespace syncdesk::sandbox
