#include "soql/soql_lexer.h"

#include "soql/soql_error.h"
#include "soql/soql_literals.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isIdentifierStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || isDigit(c);
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// ANTLR-style lexer errors, which Salesforce passes through after its caret diagram.
SalesforceError lexerError(QStringView query, qsizetype offset, const QString &detail)
{
    const auto [row, column] = soqlRowAndColumn(query, offset);
    return soqlError(u"MALFORMED_QUERY"_s, query, offset,
                     u"line "_s + QString::number(row) + u':' + QString::number(column) + u' ' +
                         detail);
}

} // namespace

QString SoqlToken::displayText() const
{
    if (kind == Kind::End)
        return u"<EOF>"_s;
    // Quoted as written, so a string token shows its own quotes inside the message's.
    if (kind == Kind::String)
        return u"''"_s + text + u"''"_s;
    return u"'"_s + text + u"'"_s;
}

SoqlLexer::SoqlLexer(QStringView query)
    : m_query(query)
{}

std::optional<SalesforceError> SoqlLexer::tokenize(QList<SoqlToken> *tokens)
{
    qsizetype lastEnd = 0;
    while (true) {
        while (m_position < m_query.size() && isSpace(m_query[m_position]))
            ++m_position;
        if (m_position >= m_query.size())
            break;
        const QChar c = m_query[m_position];
        if (c == u'\'') {
            if (auto error = readString(tokens))
                return error;
        } else if (isDigit(c) || ((c == u'-' || c == u'+') && isDigit(at(m_position + 1)))) {
            readNumberOrDate(tokens);
        } else if (isIdentifierStart(c)) {
            readIdentifier(tokens);
        } else if (auto error = readSymbol(tokens)) {
            return error;
        }
        lastEnd = m_position;
    }
    tokens->append(SoqlToken{SoqlToken::Kind::End, QString(), std::max<qsizetype>(0, lastEnd - 1)});
    return std::nullopt;
}

std::optional<SalesforceError> SoqlLexer::readString(QList<SoqlToken> *tokens)
{
    const qsizetype start = m_position++;
    while (m_position < m_query.size()) {
        const QChar c = m_query[m_position];
        if (c == u'\\') {
            const QChar next = at(m_position + 1);
            if (next.isNull())
                break;
            if (!isValidSoqlEscape(next)) {
                qsizetype close = m_query.indexOf(u'\'', m_position + 2);
                const QStringView literal =
                    close < 0 ? m_query.mid(start) : m_query.mid(start, close - start + 1);
                return soqlError(u"MALFORMED_QUERY"_s, m_query, start,
                                 u"Invalid string literal "_s + literal +
                                     u". Illegal character sequence '\\"_s + next +
                                     u"' in string literal."_s);
            }
            m_position += 2;
            continue;
        }
        if (c == u'\'') {
            tokens->append(SoqlToken{SoqlToken::Kind::String,
                                     m_query.mid(start + 1, m_position - start - 1).toString(),
                                     start});
            ++m_position;
            return std::nullopt;
        }
        ++m_position;
    }
    m_position = m_query.size();
    return lexerError(m_query, m_query.size(), u"mismatched character '<EOF>' expecting '''"_s);
}

void SoqlLexer::readNumberOrDate(QList<SoqlToken> *tokens)
{
    const qsizetype start = m_position;
    // A date or datetime: the characters ISO 8601 uses, checked by the literal parser.
    if (isDigit(m_query[start]) && m_query.size() - start >= 10 && at(start + 4) == u'-') {
        qsizetype end = start;
        while (end < m_query.size()) {
            const QChar c = m_query[end];
            if (!(isDigit(c) || c == u'-' || c == u'+' || c == u':' || c == u'.' || c == u'T' ||
                  c == u'Z'))
                break;
            ++end;
        }
        const QStringView text = m_query.mid(start, end - start);
        m_position = end;
        const bool hasTime = text.contains(u'T');
        tokens->append(SoqlToken{hasTime ? SoqlToken::Kind::DateTime : SoqlToken::Kind::Date,
                                 text.toString(), start});
        return;
    }
    qsizetype end = start + 1;
    while (isDigit(at(end)))
        ++end;
    if (at(end) == u'.' && isDigit(at(end + 1))) {
        end += 2;
        while (isDigit(at(end)))
            ++end;
    }
    m_position = end;
    tokens->append(
        SoqlToken{SoqlToken::Kind::Number, m_query.mid(start, end - start).toString(), start});
}

void SoqlLexer::readIdentifier(QList<SoqlToken> *tokens)
{
    const qsizetype start = m_position;
    while (isIdentifierPart(at(m_position)))
        ++m_position;
    // LAST_N_DAYS:30 is one literal; whether the name is a real one is the parser's call.
    if (at(m_position) == u':' && isDigit(at(m_position + 1))) {
        m_position += 2;
        while (isDigit(at(m_position)))
            ++m_position;
        tokens->append(SoqlToken{SoqlToken::Kind::NDateLiteral,
                                 m_query.mid(start, m_position - start).toString(), start});
        return;
    }
    tokens->append(SoqlToken{SoqlToken::Kind::Identifier,
                             m_query.mid(start, m_position - start).toString(), start});
}

std::optional<SalesforceError> SoqlLexer::readSymbol(QList<SoqlToken> *tokens)
{
    const qsizetype start = m_position;
    const QChar c = m_query[start];
    const QChar next = at(start + 1);
    auto push = [&](SoqlToken::Kind kind, qsizetype length) {
        tokens->append(SoqlToken{kind, m_query.mid(start, length).toString(), start});
        m_position += length;
        return std::nullopt;
    };
    switch (c.unicode()) {
    case u',':
        return push(SoqlToken::Kind::Comma, 1);
    case u'(':
        return push(SoqlToken::Kind::LeftParen, 1);
    case u')':
        return push(SoqlToken::Kind::RightParen, 1);
    case u'.':
        return push(SoqlToken::Kind::Dot, 1);
    case u'=':
        return push(SoqlToken::Kind::Operator, 1);
    case u'!':
        if (next == u'=')
            return push(SoqlToken::Kind::Operator, 2);
        break;
    case u'<':
        return push(SoqlToken::Kind::Operator, next == u'=' || next == u'>' ? 2 : 1);
    case u'>':
        return push(SoqlToken::Kind::Operator, next == u'=' ? 2 : 1);
    case u':':
        if (isIdentifierStart(next)) {
            qsizetype end = start + 1;
            while (isIdentifierPart(at(end)))
                ++end;
            return push(SoqlToken::Kind::BindVariable, end - start);
        }
        break;
    default:
        break;
    }
    return lexerError(m_query, start, u"no viable alternative at character '"_s + c + u"'"_s);
}

} // namespace syncdesk::sandbox
