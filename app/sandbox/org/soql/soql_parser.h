#pragma once

#include "http/salesforce_error.h"
#include "schema/object_description.h"
#include "soql/soql_query.h"

#include <QStringView>
#include <variant>

namespace syncdesk::sandbox {

// Salesforce's own cap on the length of a SOQL statement.
inline constexpr qsizetype maxSoqlLength = 100'000;

// Parses a query and checks it against the schema. Errors are Salesforce's:
// MALFORMED_QUERY for syntax, INVALID_TYPE for an unknown object, INVALID_FIELD
// for an unknown field or a literal of the wrong type, each with the caret diagram.
std::variant<SoqlQuery, SalesforceError> parseSoql(QStringView text, const OrgSchema &schema);

} // namespace syncdesk::sandbox
