#pragma once

#include "soql/soql_lexer.h"
#include "soql/soql_query.h"

#include <QList>
#include <QStringList>
#include <optional>
#include <vector>

namespace syncdesk::sandbox {

// The query as written, before names are checked against the schema: the
// parser checks the syntax of the whole query first, as Salesforce does, and
// only then the binder resolves objects, fields and literal types.

struct SoqlSyntaxPath
{
    QStringList parts; // "Account", "Name"
    qsizetype offset = 0;
};

struct SoqlSyntaxCondition
{
    SoqlCondition::Kind kind = SoqlCondition::Kind::Comparison;
    std::vector<SoqlSyntaxCondition> children;

    SoqlSyntaxPath field;
    SoqlOperator op = SoqlOperator::Equal;
    QList<SoqlToken> values; // literal tokens; several for IN
};

struct SoqlSyntaxOrderKey
{
    SoqlSyntaxPath field;
    bool descending = false;
    std::optional<bool> nullsFirst;
};

struct SoqlSyntaxQuery
{
    bool count = false;
    QList<SoqlSyntaxPath> fields;
    SoqlToken object;
    std::optional<SoqlSyntaxCondition> condition;
    QList<SoqlSyntaxOrderKey> orderBy;
    std::optional<qint64> limit;
    std::optional<qint64> offset;
    qsizetype offsetOffset = 0; // where OFFSET's number is, for its range error
};

} // namespace syncdesk::sandbox
