#pragma once

#include "http/salesforce_error.h"
#include "schema/object_description.h"
#include "soql/soql_query.h"
#include "soql/soql_syntax.h"

#include <variant>

namespace syncdesk::sandbox {

// Resolves a syntactically valid query against the schema: the object, each
// field path, and each literal's type against the field it is compared with.
class SoqlBinder
{
public:
    SoqlBinder(QStringView query, const OrgSchema &schema);

    std::variant<SoqlQuery, SalesforceError> bind(const SoqlSyntaxQuery &syntax);

private:
    std::optional<SalesforceError> resolvePath(const SoqlSyntaxPath &syntax, SoqlFieldPath *path);
    std::optional<SalesforceError> bindCondition(const SoqlSyntaxCondition &syntax,
                                                 SoqlCondition *condition);
    std::optional<SalesforceError> bindValue(const SoqlFieldPath &field, SoqlOperator op,
                                             const SoqlToken &token, SoqlValue *value);
    // A date or datetime that looks like one but is not (month 13, no time zone).
    SalesforceError malformedLiteral(const SoqlToken &token) const;
    SalesforceError typeMismatch(const SoqlFieldPath &field, const SoqlToken &token) const;

    QStringView m_query;
    const OrgSchema &m_schema;
    const ObjectDescription *m_object = nullptr;
};

} // namespace syncdesk::sandbox
