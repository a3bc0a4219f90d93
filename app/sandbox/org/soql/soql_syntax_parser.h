#pragma once

#include "http/salesforce_error.h"
#include "soql/soql_syntax.h"

#include <variant>

namespace syncdesk::sandbox {

// Recursive descent over SOQL's grammar (the subset the sandbox serves).
// Nesting of NOT and parentheses is bounded so that no input can exhaust the stack.
class SoqlSyntaxParser
{
public:
    static constexpr int maxNestingDepth = 100;

    SoqlSyntaxParser(QStringView query, QList<SoqlToken> tokens);

    std::variant<SoqlSyntaxQuery, SalesforceError> parse();

private:
    bool parseSelectList(SoqlSyntaxQuery *query);
    bool parsePath(SoqlSyntaxPath *path);
    bool parseCondition(int depth, SoqlSyntaxCondition *condition);
    bool parseUnaryCondition(int depth, SoqlSyntaxCondition *condition);
    bool parseComparison(SoqlSyntaxCondition *condition);
    bool parseValueList(SoqlSyntaxCondition *condition);
    bool parseValue(SoqlToken *value);
    bool parseOrderBy(SoqlSyntaxQuery *query);
    bool parseCount(std::optional<qint64> *count, qsizetype *offset = nullptr);

    const SoqlToken &peek(int ahead = 0) const;
    SoqlToken take();
    bool takeKeyword(QLatin1StringView keyword);
    bool expectKeyword(QLatin1StringView keyword);
    bool expect(SoqlToken::Kind kind);
    bool isReserved(const SoqlToken &token) const;
    bool failUnexpected(const SoqlToken &token);
    bool fail(qsizetype offset, const QString &reason);

    QStringView m_query;
    QList<SoqlToken> m_tokens;
    qsizetype m_next = 0;
    std::optional<SalesforceError> m_error;
};

} // namespace syncdesk::sandbox
