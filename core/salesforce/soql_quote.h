#pragma once

#include <QString>

namespace syncdesk {

// A SOQL string literal for `value`, quotes included: `O'Brien` → `'O\'Brien'`.
// Escapes what SOQL's lexer reads specially (quotes, backslash, newline, tab...),
// so values typed by users can never end the literal and change the query.
QString soqlQuote(QStringView value);

} // namespace syncdesk
