#pragma once

#include "http/salesforce_error.h"

#include <QList>
#include <QString>
#include <optional>

namespace syncdesk::sandbox {

struct SoqlToken
{
    enum class Kind
    {
        Identifier,   // names and keywords: Contact, WHERE, true, TODAY
        String,       // 'text'; `text` is the raw content between the quotes
        Number,       // 42, -1.5
        DateTime,     // 2024-01-01T00:00:00Z
        Date,         // 2024-01-01
        NDateLiteral, // LAST_N_DAYS:30; `text` is the whole literal
        BindVariable, // :name, which only Apex may use
        Comma,
        LeftParen,
        RightParen,
        Dot,
        Operator, // = != <> < <= > >=
        End,
    };
    Kind kind = Kind::End;
    QString text;
    qsizetype offset = 0; // in the query text

    bool isKeyword(QLatin1StringView keyword) const
    {
        return kind == Kind::Identifier && text.compare(keyword, Qt::CaseInsensitive) == 0;
    }
    // As Salesforce names it in "unexpected token: ..." messages.
    QString displayText() const;
};

// Splits a query into tokens. The last token is always End, placed where
// Salesforce puts its caret for "unexpected token: <EOF>": under the last
// character of the query.
class SoqlLexer
{
public:
    explicit SoqlLexer(QStringView query);

    // The tokens, or the MALFORMED_QUERY error for the first character that
    // cannot start or continue a token.
    std::optional<SalesforceError> tokenize(QList<SoqlToken> *tokens);

private:
    std::optional<SalesforceError> readString(QList<SoqlToken> *tokens);
    void readNumberOrDate(QList<SoqlToken> *tokens);
    void readIdentifier(QList<SoqlToken> *tokens);
    std::optional<SalesforceError> readSymbol(QList<SoqlToken> *tokens);
    QChar at(qsizetype index) const { return index < m_query.size() ? m_query[index] : QChar(); }

    QStringView m_query;
    qsizetype m_position = 0;
};

} // namespace syncdesk::sandbox
