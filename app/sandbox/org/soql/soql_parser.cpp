#include "soql/soql_parser.h"

#include "soql/soql_binder.h"
#include "soql/soql_lexer.h"
#include "soql/soql_syntax_parser.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

std::variant<SoqlQuery, SalesforceError> parseSoql(QStringView text, const OrgSchema &schema)
{
    if (text.trimmed().isEmpty())
        return SalesforceError{
            u"MALFORMED_QUERY"_s, u"SOQL statements cannot be empty or null"_s, {}};
    if (text.size() > maxSoqlLength)
        return SalesforceError{u"MALFORMED_QUERY"_s,
                               u"SOQL statements cannot exceed "_s +
                                   QString::number(maxSoqlLength) + u" characters"_s,
                               {}};
    QList<SoqlToken> tokens;
    if (auto error = SoqlLexer(text).tokenize(&tokens))
        return *error;
    auto syntax = SoqlSyntaxParser(text, std::move(tokens)).parse();
    if (auto *error = std::get_if<SalesforceError>(&syntax))
        return *error;
    return SoqlBinder(text, schema).bind(std::get<SoqlSyntaxQuery>(syntax));
}

} // namespace syncdesk::sandbox
