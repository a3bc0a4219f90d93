#pragma once

#include "soql/soql_query.h"

#include <QDate>
#include <QString>
#include <optional>

namespace syncdesk::sandbox {

// The characters that may follow a backslash in a SOQL string literal.
bool isValidSoqlEscape(QChar escaped);

// The value of a string literal's raw content. With keepLikeWildcardEscapes,
// \% \_ and \\ stay escaped so that a LIKE pattern can tell a literal % or _
// (or backslash) from a wildcard.
QString decodeSoqlString(QStringView raw, bool keepLikeWildcardEscapes = false);

// Whether value matches a LIKE pattern decoded with keepLikeWildcardEscapes:
// % is any run of characters, _ any one character, case-insensitively.
bool soqlLikeMatches(QStringView pattern, QStringView value);

// An unquoted SOQL datetime literal (2024-01-01T00:00:00Z, with .fff and
// +hh:mm / -hh:mm allowed) as milliseconds since the epoch.
std::optional<qint64> parseSoqlDateTimeLiteral(QStringView text);
// An unquoted SOQL date literal: 2024-01-01.
std::optional<QDate> parseSoqlDateLiteral(QStringView text);
// A DateTime as records hold it: 2024-01-01T00:00:00.000+0000 (also Z or +hh:mm).
std::optional<qint64> parseRecordDateTime(QStringView text);

// TODAY, YESTERDAY, TOMORROW, LAST_N_DAYS:n, NEXT_N_DAYS:n (case-insensitive).
std::optional<SoqlDateSpan> parseSoqlDateSpanLiteral(QStringView text);

} // namespace syncdesk::sandbox
