#include "soql/soql_binder.h"

#include "data/salesforce_id.h"
#include "soql/soql_error.h"
#include "soql/soql_literals.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 maxOffset = 2000;

bool isTextType(FieldType type)
{
    switch (type) {
    case FieldType::String:
    case FieldType::TextArea:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Url:
    case FieldType::Picklist:
        return true;
    default:
        return false;
    }
}

bool isNumberType(FieldType type)
{
    return type == FieldType::Int || type == FieldType::Double || type == FieldType::Currency ||
           type == FieldType::Percent;
}

// The type name Salesforce uses in "must be of type ..." messages.
QString filterTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Boolean:
        return u"boolean"_s;
    case FieldType::Int:
        return u"integer"_s;
    case FieldType::Double:
    case FieldType::Currency:
    case FieldType::Percent:
        return u"double"_s;
    case FieldType::Date:
        return u"date"_s;
    case FieldType::DateTime:
        return u"dateTime"_s;
    case FieldType::Id:
    case FieldType::Reference:
        return u"id"_s;
    default:
        return u"string"_s;
    }
}

} // namespace

SoqlBinder::SoqlBinder(QStringView query, const OrgSchema &schema)
    : m_query(query)
    , m_schema(schema)
{}

std::variant<SoqlQuery, SalesforceError> SoqlBinder::bind(const SoqlSyntaxQuery &syntax)
{
    m_object = m_schema.object(syntax.object.text);
    if (!m_object)
        return soqlError(u"INVALID_TYPE"_s, m_query, syntax.object.offset,
                         u"sObject type '"_s + syntax.object.text +
                             u"' is not supported. If you are attempting to use a custom "
                             u"object, be sure to append the '__c' after the entity name. "
                             u"Please reference your WSDL or the describe call for the "
                             u"appropriate names."_s);
    SoqlQuery query;
    query.m_objectName = m_object->name;
    query.m_count = syntax.count;
    for (const SoqlSyntaxPath &syntaxPath : syntax.fields) {
        SoqlFieldPath path;
        if (auto error = resolvePath(syntaxPath, &path))
            return *error;
        const QString name = path.dottedName();
        for (const SoqlFieldPath &earlier : std::as_const(query.m_fields))
            if (earlier.dottedName().compare(name, Qt::CaseInsensitive) == 0)
                return SalesforceError{
                    u"INVALID_FIELD"_s, u"duplicate field selected: "_s + name, {}};
        query.m_fields.append(path);
    }
    if (syntax.condition) {
        query.m_condition.emplace();
        if (auto error = bindCondition(*syntax.condition, &*query.m_condition))
            return *error;
    }
    for (const SoqlSyntaxOrderKey &syntaxKey : syntax.orderBy) {
        SoqlOrderKey key;
        if (auto error = resolvePath(syntaxKey.field, &key.field))
            return *error;
        key.descending = syntaxKey.descending;
        key.nullsFirst = syntaxKey.nullsFirst.value_or(!syntaxKey.descending);
        query.m_orderBy.append(key);
    }
    query.m_limit = syntax.limit;
    if (syntax.offset) {
        if (*syntax.offset > maxOffset)
            return SalesforceError{
                u"NUMBER_OUTSIDE_VALID_RANGE"_s, u"Maximum SOQL offset allowed is 2000"_s, {}};
        query.m_offset = *syntax.offset;
    }
    return query;
}

std::optional<SalesforceError> SoqlBinder::resolvePath(const SoqlSyntaxPath &syntax,
                                                       SoqlFieldPath *path)
{
    QStringList parts = syntax.parts;
    // "Contact.LastName" FROM Contact names the queried object itself.
    if (parts.size() > 1 && parts.first().compare(m_object->name, Qt::CaseInsensitive) == 0 &&
        !m_object->relationship(parts.first()))
        parts.removeFirst();
    const ObjectDescription *current = m_object;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const FieldDescription *reference = current->relationship(parts[i]);
        const ObjectDescription *target = reference && !reference->referenceTo.isEmpty()
                                              ? m_schema.object(reference->referenceTo.first())
                                              : nullptr;
        if (!target)
            return soqlError(u"INVALID_FIELD"_s, m_query, syntax.offset,
                             u"Didn't understand relationship '"_s + parts[i] +
                                 u"' in field path. If you are attempting to use a custom "
                                 u"relationship, be sure to append the '__r' after the custom "
                                 u"relationship name. Please reference your WSDL or the "
                                 u"describe call for the appropriate names."_s);
        path->hops.append(
            SoqlRelationshipHop{reference->relationshipName, reference->name, target->name});
        current = target;
    }
    const FieldDescription *field = current->field(parts.last());
    if (!field)
        return soqlError(u"INVALID_FIELD"_s, m_query, syntax.offset,
                         u"No such column '"_s + parts.last() + u"' on entity '"_s + current->name +
                             u"'. If you are attempting to use a custom field, be sure to "
                             u"append the '__c' after the custom field name. Please reference "
                             u"your WSDL or the describe call for the appropriate names."_s);
    path->fieldName = field->name;
    path->type = field->type;
    return std::nullopt;
}

std::optional<SalesforceError> SoqlBinder::bindCondition(const SoqlSyntaxCondition &syntax,
                                                         SoqlCondition *condition)
{
    condition->kind = syntax.kind;
    if (syntax.kind != SoqlCondition::Kind::Comparison) {
        condition->children.resize(syntax.children.size());
        for (size_t i = 0; i < syntax.children.size(); ++i)
            if (auto error = bindCondition(syntax.children[i], &condition->children[i]))
                return error;
        return std::nullopt;
    }
    if (auto error = resolvePath(syntax.field, &condition->field))
        return error;
    condition->op = syntax.op;
    if (syntax.op == SoqlOperator::Like) {
        const SoqlToken &token = syntax.values.first();
        const FieldType type = condition->field.type;
        if (!isTextType(type))
            return soqlError(u"INVALID_QUERY_FILTER_OPERATOR"_s, m_query, syntax.field.offset,
                             u"invalid operator on "_s + filterTypeName(type) + u" field"_s);
        if (token.isKeyword("null"_L1)) {
            condition->values.append(SoqlValue{});
            return std::nullopt;
        }
        if (token.kind != SoqlToken::Kind::String)
            return typeMismatch(condition->field, token);
        // '' stands for null in SOQL filters, so LIKE '' finds the empty fields.
        if (!token.text.isEmpty())
            condition->likePattern = decodeSoqlString(token.text, true);
        return std::nullopt;
    }
    for (const SoqlToken &token : syntax.values) {
        SoqlValue value;
        if (auto error = bindValue(condition->field, syntax.op, token, &value))
            return error;
        condition->values.append(value);
    }
    return std::nullopt;
}

std::optional<SalesforceError> SoqlBinder::bindValue(const SoqlFieldPath &field, SoqlOperator,
                                                     const SoqlToken &token, SoqlValue *value)
{
    if (token.isKeyword("null"_L1)) {
        value->kind = SoqlValue::Kind::Null;
        return std::nullopt;
    }
    const FieldType type = field.type;
    const bool isString = token.kind == SoqlToken::Kind::String;
    if (isTextType(type)) {
        if (!isString)
            return typeMismatch(field, token);
        value->text = decodeSoqlString(token.text);
        // Salesforce keeps no empty text: '' in a filter means null.
        value->kind = value->text.isEmpty() ? SoqlValue::Kind::Null : SoqlValue::Kind::Text;
        return std::nullopt;
    }
    if (type == FieldType::Id || type == FieldType::Reference) {
        if (!isString)
            return typeMismatch(field, token);
        const QString decoded = decodeSoqlString(token.text);
        value->kind = SoqlValue::Kind::Id;
        value->text = salesforce_id::toEighteen(decoded);
        if (value->text.isEmpty())
            return soqlError(u"INVALID_QUERY_FILTER_OPERATOR"_s, m_query, token.offset,
                             u"invalid ID field: "_s + decoded);
        return std::nullopt;
    }
    if (type == FieldType::Boolean) {
        if (!token.isKeyword("true"_L1) && !token.isKeyword("false"_L1))
            return typeMismatch(field, token);
        value->kind = SoqlValue::Kind::Boolean;
        value->boolean = token.isKeyword("true"_L1);
        return std::nullopt;
    }
    if (isNumberType(type)) {
        bool ok = false;
        value->number = token.text.toDouble(&ok);
        if (token.kind != SoqlToken::Kind::Number || !ok)
            return typeMismatch(field, token);
        value->kind = SoqlValue::Kind::Number;
        return std::nullopt;
    }
    // Date and DateTime: an unquoted literal of the field's own kind, or a relative span.
    if (const auto span =
            token.kind == SoqlToken::Kind::Identifier || token.kind == SoqlToken::Kind::NDateLiteral
                ? parseSoqlDateSpanLiteral(token.text)
                : std::nullopt) {
        value->kind = SoqlValue::Kind::DaySpan;
        value->span = *span;
        return std::nullopt;
    }
    if (type == FieldType::DateTime && token.kind == SoqlToken::Kind::DateTime) {
        const std::optional<qint64> instant = parseSoqlDateTimeLiteral(token.text);
        if (!instant)
            return malformedLiteral(token);
        value->kind = SoqlValue::Kind::Instant;
        value->instantMs = *instant;
        return std::nullopt;
    }
    if (type == FieldType::Date && token.kind == SoqlToken::Kind::Date) {
        const std::optional<QDate> day = parseSoqlDateLiteral(token.text);
        if (!day)
            return malformedLiteral(token);
        value->kind = SoqlValue::Kind::Day;
        value->day = *day;
        return std::nullopt;
    }
    return typeMismatch(field, token);
}

SalesforceError SoqlBinder::malformedLiteral(const SoqlToken &token) const
{
    return soqlError(u"MALFORMED_QUERY"_s, m_query, token.offset,
                     u"unexpected token: "_s + token.displayText());
}

SalesforceError SoqlBinder::typeMismatch(const SoqlFieldPath &field, const SoqlToken &token) const
{
    const bool quoted =
        isTextType(field.type) || field.type == FieldType::Id || field.type == FieldType::Reference;
    return soqlError(u"INVALID_FIELD"_s, m_query, token.offset,
                     u"value of filter criterion for field '"_s + field.fieldName +
                         u"' must be of type "_s + filterTypeName(field.type) +
                         (quoted ? u" and should be enclosed in quotes"_s
                                 : u" and should not be enclosed in quotes"_s));
}

} // namespace syncdesk::sandbox
