#include "soql/soql_syntax_parser.h"

#include "soql/soql_error.h"
#include "soql/soql_literals.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Salesforce's reserved words: none of them may name a field or an object.
constexpr QLatin1StringView reservedWords[] = {
    "AND"_L1,   "ASC"_L1,    "DESC"_L1,  "EXCLUDES"_L1, "FIRST"_L1, "FROM"_L1,
    "GROUP"_L1, "HAVING"_L1, "IN"_L1,    "INCLUDES"_L1, "LAST"_L1,  "LIKE"_L1,
    "LIMIT"_L1, "NOT"_L1,    "NULL"_L1,  "NULLS"_L1,    "OR"_L1,    "SELECT"_L1,
    "WHERE"_L1, "WITH"_L1,   "ORDER"_L1, "OFFSET"_L1,
};

std::optional<SoqlOperator> comparisonOperator(const SoqlToken &token)
{
    if (token.kind != SoqlToken::Kind::Operator)
        return std::nullopt;
    if (token.text == u"=")
        return SoqlOperator::Equal;
    if (token.text == u"!=" || token.text == u"<>")
        return SoqlOperator::NotEqual;
    if (token.text == u"<")
        return SoqlOperator::Less;
    if (token.text == u"<=")
        return SoqlOperator::LessOrEqual;
    if (token.text == u">")
        return SoqlOperator::Greater;
    return SoqlOperator::GreaterOrEqual;
}

} // namespace

SoqlSyntaxParser::SoqlSyntaxParser(QStringView query, QList<SoqlToken> tokens)
    : m_query(query)
    , m_tokens(std::move(tokens))
{}

std::variant<SoqlSyntaxQuery, SalesforceError> SoqlSyntaxParser::parse()
{
    SoqlSyntaxQuery query;
    auto parsed = [&]() {
        if (!expectKeyword("SELECT"_L1) || !parseSelectList(&query) || !expectKeyword("FROM"_L1))
            return false;
        if (peek().kind != SoqlToken::Kind::Identifier || isReserved(peek()))
            return failUnexpected(peek());
        query.object = take();
        if (takeKeyword("WHERE"_L1)) {
            query.condition.emplace();
            if (!parseCondition(0, &*query.condition))
                return false;
        }
        if (peek().isKeyword("ORDER"_L1) && !parseOrderBy(&query))
            return false;
        if (takeKeyword("LIMIT"_L1) && !parseCount(&query.limit))
            return false;
        if (takeKeyword("OFFSET"_L1) && !parseCount(&query.offset, &query.offsetOffset))
            return false;
        return expect(SoqlToken::Kind::End);
    }();
    if (!parsed)
        return *m_error;
    return query;
}

bool SoqlSyntaxParser::parseSelectList(SoqlSyntaxQuery *query)
{
    if (peek().isKeyword("COUNT"_L1) && peek(1).kind == SoqlToken::Kind::LeftParen) {
        take();
        take();
        query->count = true;
        return expect(SoqlToken::Kind::RightParen);
    }
    do {
        SoqlSyntaxPath path;
        if (!parsePath(&path))
            return false;
        query->fields.append(path);
    } while (peek().kind == SoqlToken::Kind::Comma && (take(), true));
    return true;
}

bool SoqlSyntaxParser::parsePath(SoqlSyntaxPath *path)
{
    if (peek().kind != SoqlToken::Kind::Identifier || isReserved(peek()))
        return failUnexpected(peek());
    path->offset = peek().offset;
    path->parts.append(take().text);
    while (peek().kind == SoqlToken::Kind::Dot) {
        take();
        if (peek().kind != SoqlToken::Kind::Identifier || isReserved(peek()))
            return failUnexpected(peek());
        path->parts.append(take().text);
    }
    return true;
}

bool SoqlSyntaxParser::parseCondition(int depth, SoqlSyntaxCondition *condition)
{
    SoqlSyntaxCondition first;
    if (!parseUnaryCondition(depth, &first))
        return false;
    const bool isAnd = peek().isKeyword("AND"_L1);
    if (!isAnd && !peek().isKeyword("OR"_L1)) {
        *condition = std::move(first);
        return true;
    }
    // Salesforce refuses AND and OR side by side without parentheses.
    const QLatin1StringView joiner = isAnd ? "AND"_L1 : "OR"_L1;
    const QLatin1StringView other = isAnd ? "OR"_L1 : "AND"_L1;
    condition->kind = isAnd ? SoqlCondition::Kind::And : SoqlCondition::Kind::Or;
    condition->children.push_back(std::move(first));
    while (takeKeyword(joiner)) {
        SoqlSyntaxCondition next;
        if (!parseUnaryCondition(depth, &next))
            return false;
        condition->children.push_back(std::move(next));
    }
    if (peek().isKeyword(other))
        return failUnexpected(peek());
    return true;
}

bool SoqlSyntaxParser::parseUnaryCondition(int depth, SoqlSyntaxCondition *condition)
{
    if (depth >= maxNestingDepth)
        return fail(peek().offset, u"unexpected token: "_s + peek().displayText() +
                                       u" (conditions are nested too deeply)"_s);
    if (takeKeyword("NOT"_L1)) {
        condition->kind = SoqlCondition::Kind::Not;
        condition->children.emplace_back();
        return parseUnaryCondition(depth + 1, &condition->children.back());
    }
    if (peek().kind == SoqlToken::Kind::LeftParen) {
        take();
        return parseCondition(depth + 1, condition) && expect(SoqlToken::Kind::RightParen);
    }
    return parseComparison(condition);
}

bool SoqlSyntaxParser::parseComparison(SoqlSyntaxCondition *condition)
{
    condition->kind = SoqlCondition::Kind::Comparison;
    if (!parsePath(&condition->field))
        return false;
    if (const std::optional<SoqlOperator> op = comparisonOperator(peek())) {
        take();
        condition->op = *op;
        condition->values.append(SoqlToken());
        return parseValue(&condition->values.back());
    }
    if (takeKeyword("LIKE"_L1)) {
        condition->op = SoqlOperator::Like;
        condition->values.append(SoqlToken());
        return parseValue(&condition->values.back());
    }
    if (takeKeyword("IN"_L1)) {
        condition->op = SoqlOperator::In;
        return parseValueList(condition);
    }
    if (peek().isKeyword("NOT"_L1) && peek(1).isKeyword("IN"_L1)) {
        take();
        take();
        condition->op = SoqlOperator::NotIn;
        return parseValueList(condition);
    }
    return failUnexpected(peek());
}

bool SoqlSyntaxParser::parseValueList(SoqlSyntaxCondition *condition)
{
    if (!expect(SoqlToken::Kind::LeftParen))
        return false;
    do {
        condition->values.append(SoqlToken());
        if (!parseValue(&condition->values.back()))
            return false;
    } while (peek().kind == SoqlToken::Kind::Comma && (take(), true));
    return expect(SoqlToken::Kind::RightParen);
}

bool SoqlSyntaxParser::parseValue(SoqlToken *value)
{
    const SoqlToken &token = peek();
    switch (token.kind) {
    case SoqlToken::Kind::String:
    case SoqlToken::Kind::Number:
    case SoqlToken::Kind::DateTime:
    case SoqlToken::Kind::Date:
        *value = take();
        return true;
    case SoqlToken::Kind::NDateLiteral:
        if (!parseSoqlDateSpanLiteral(token.text))
            return failUnexpected(token);
        *value = take();
        return true;
    case SoqlToken::Kind::BindVariable:
        return fail(token.offset, u"Bind variables only allowed in Apex code"_s);
    case SoqlToken::Kind::Identifier:
        if (token.isKeyword("null"_L1) || token.isKeyword("true"_L1) ||
            token.isKeyword("false"_L1) || parseSoqlDateSpanLiteral(token.text)) {
            *value = take();
            return true;
        }
        return failUnexpected(token);
    default:
        return failUnexpected(token);
    }
}

bool SoqlSyntaxParser::parseOrderBy(SoqlSyntaxQuery *query)
{
    take(); // ORDER
    if (!expectKeyword("BY"_L1))
        return false;
    do {
        SoqlSyntaxOrderKey key;
        if (!parsePath(&key.field))
            return false;
        if (takeKeyword("DESC"_L1))
            key.descending = true;
        else
            takeKeyword("ASC"_L1);
        if (takeKeyword("NULLS"_L1)) {
            if (takeKeyword("FIRST"_L1))
                key.nullsFirst = true;
            else if (takeKeyword("LAST"_L1))
                key.nullsFirst = false;
            else
                return failUnexpected(peek());
        }
        query->orderBy.append(key);
    } while (peek().kind == SoqlToken::Kind::Comma && (take(), true));
    return true;
}

bool SoqlSyntaxParser::parseCount(std::optional<qint64> *count, qsizetype *offset)
{
    const SoqlToken &token = peek();
    bool ok = false;
    const qint64 value = token.text.toLongLong(&ok);
    if (token.kind != SoqlToken::Kind::Number || !ok || value < 0 || token.text.contains(u'.') ||
        token.text.startsWith(u'+'))
        return failUnexpected(token);
    // Salesforce reads LIMIT and OFFSET as 32-bit integers.
    if (value > std::numeric_limits<qint32>::max())
        return fail(token.offset, u"For input string: \""_s + token.text + u"\""_s);
    if (offset)
        *offset = token.offset;
    take();
    *count = value;
    return true;
}

const SoqlToken &SoqlSyntaxParser::peek(int ahead) const
{
    return m_tokens[std::min<qsizetype>(m_next + ahead, m_tokens.size() - 1)];
}

SoqlToken SoqlSyntaxParser::take()
{
    const SoqlToken token = peek();
    if (m_next < m_tokens.size() - 1)
        ++m_next;
    return token;
}

bool SoqlSyntaxParser::takeKeyword(QLatin1StringView keyword)
{
    if (!peek().isKeyword(keyword))
        return false;
    take();
    return true;
}

bool SoqlSyntaxParser::expectKeyword(QLatin1StringView keyword)
{
    return takeKeyword(keyword) || failUnexpected(peek());
}

bool SoqlSyntaxParser::expect(SoqlToken::Kind kind)
{
    if (peek().kind != kind)
        return failUnexpected(peek());
    take();
    return true;
}

bool SoqlSyntaxParser::isReserved(const SoqlToken &token) const
{
    for (QLatin1StringView word : reservedWords)
        if (token.isKeyword(word))
            return true;
    return false;
}

bool SoqlSyntaxParser::failUnexpected(const SoqlToken &token)
{
    return fail(token.offset, u"unexpected token: "_s + token.displayText());
}

bool SoqlSyntaxParser::fail(qsizetype offset, const QString &reason)
{
    if (!m_error)
        m_error = soqlError(u"MALFORMED_QUERY"_s, m_query, offset, reason);
    return false;
}

} // namespace syncdesk::sandbox
