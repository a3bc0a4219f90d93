#include "soql/soql_literals.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Reads exactly `count` digits at *position; false if any is missing.
bool readDigits(QStringView text, qsizetype *position, int count, int *value)
{
    if (*position + count > text.size())
        return false;
    int result = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[*position + i];
        if (c < u'0' || c > u'9')
            return false;
        result = result * 10 + (c.unicode() - u'0');
    }
    *position += count;
    *value = result;
    return true;
}

bool expect(QStringView text, qsizetype *position, QChar c)
{
    if (*position >= text.size() || text[*position] != c)
        return false;
    ++*position;
    return true;
}

std::optional<QDate> readDate(QStringView text, qsizetype *position)
{
    int year = 0, month = 0, day = 0;
    if (!readDigits(text, position, 4, &year) || !expect(text, position, u'-') ||
        !readDigits(text, position, 2, &month) || !expect(text, position, u'-') ||
        !readDigits(text, position, 2, &day))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// hh:mm:ss[.f...] after the T; returns milliseconds into the day.
std::optional<qint64> readTime(QStringView text, qsizetype *position)
{
    int hour = 0, minute = 0, second = 0;
    if (!readDigits(text, position, 2, &hour) || !expect(text, position, u':') ||
        !readDigits(text, position, 2, &minute) || !expect(text, position, u':') ||
        !readDigits(text, position, 2, &second))
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    qint64 millis = 0;
    if (*position < text.size() && text[*position] == u'.') {
        ++*position;
        int digits = 0;
        while (*position < text.size() && text[*position].isDigit() &&
               text[*position].unicode() < 128) {
            if (digits < 3)
                millis = millis * 10 + (text[*position].unicode() - u'0');
            ++digits;
            ++*position;
        }
        if (digits == 0)
            return std::nullopt;
        for (int i = std::min(digits, 3); i < 3; ++i)
            millis *= 10;
    }
    return ((hour * 60 + minute) * 60 + second) * 1000LL + millis;
}

qint64 epochMillis(const QDate &date, qint64 millisIntoDay, qint64 offsetSeconds)
{
    const qint64 days = QDate(1970, 1, 1).daysTo(date);
    return days * 86'400'000LL + millisIntoDay - offsetSeconds * 1000;
}

} // namespace

bool isValidSoqlEscape(QChar escaped)
{
    return QStringView(u"nNrRtTbBfF\"'\\_%").contains(escaped);
}

QString decodeSoqlString(QStringView raw, bool keepLikeWildcardEscapes)
{
    QString result;
    result.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c != u'\\' || i + 1 >= raw.size()) {
            result.append(c);
            continue;
        }
        const QChar next = raw[++i];
        switch (next.toLower().unicode()) {
        case u'n':
            result.append(u'\n');
            break;
        case u'r':
            result.append(u'\r');
            break;
        case u't':
            result.append(u'\t');
            break;
        case u'b':
            result.append(u'\b');
            break;
        case u'f':
            result.append(u'\f');
            break;
        case u'%':
        case u'_':
            // Outside LIKE these are not wildcards, so the backslash stays.
            result.append(u'\\');
            result.append(next);
            break;
        case u'\\':
            if (keepLikeWildcardEscapes)
                result.append(u'\\');
            result.append(u'\\');
            break;
        default:
            result.append(next);
            break;
        }
    }
    return result;
}

bool soqlLikeMatches(QStringView pattern, QStringView value)
{
    // Iterative wildcard matching with one backtrack point: linear in practice,
    // never exponential, whatever the fuzzer sends.
    qsizetype p = 0, v = 0;
    qsizetype starPattern = -1, starValue = 0;
    auto literalAt = [&](qsizetype index, qsizetype *width) -> std::optional<QChar> {
        const QChar c = pattern[index];
        if (c == u'\\' && index + 1 < pattern.size()) {
            *width = 2;
            return pattern[index + 1];
        }
        *width = 1;
        if (c == u'%' || c == u'_')
            return std::nullopt;
        return c;
    };
    while (v < value.size()) {
        if (p < pattern.size()) {
            qsizetype width = 1;
            const std::optional<QChar> literal = literalAt(p, &width);
            if (!literal && pattern[p] == u'%') {
                starPattern = ++p;
                starValue = v;
                continue;
            }
            if (!literal || literal->toCaseFolded() == value[v].toCaseFolded()) {
                p += width;
                ++v;
                continue;
            }
        }
        if (starPattern < 0)
            return false;
        p = starPattern;
        v = ++starValue;
    }
    while (p < pattern.size() && pattern[p] == u'%')
        ++p;
    return p == pattern.size();
}

std::optional<qint64> parseSoqlDateTimeLiteral(QStringView text)
{
    qsizetype position = 0;
    const std::optional<QDate> date = readDate(text, &position);
    if (!date || !expect(text, &position, u'T'))
        return std::nullopt;
    const std::optional<qint64> time = readTime(text, &position);
    if (!time || position >= text.size())
        return std::nullopt;
    qint64 offsetSeconds = 0;
    if (text[position] == u'Z') {
        ++position;
    } else if (text[position] == u'+' || text[position] == u'-') {
        const int sign = text[position] == u'-' ? -1 : 1;
        ++position;
        int hours = 0, minutes = 0;
        if (!readDigits(text, &position, 2, &hours) || !expect(text, &position, u':') ||
            !readDigits(text, &position, 2, &minutes) || hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    } else {
        return std::nullopt;
    }
    if (position != text.size())
        return std::nullopt;
    return epochMillis(*date, *time, offsetSeconds);
}

std::optional<QDate> parseSoqlDateLiteral(QStringView text)
{
    qsizetype position = 0;
    const std::optional<QDate> date = readDate(text, &position);
    if (!date || position != text.size())
        return std::nullopt;
    return date;
}

std::optional<qint64> parseRecordDateTime(QStringView text)
{
    qsizetype position = 0;
    const std::optional<QDate> date = readDate(text, &position);
    if (!date || !expect(text, &position, u'T'))
        return std::nullopt;
    const std::optional<qint64> time = readTime(text, &position);
    if (!time)
        return std::nullopt;
    qint64 offsetSeconds = 0;
    if (position < text.size() && (text[position] == u'+' || text[position] == u'-')) {
        const int sign = text[position] == u'-' ? -1 : 1;
        ++position;
        int hours = 0, minutes = 0;
        if (!readDigits(text, &position, 2, &hours))
            return std::nullopt;
        expect(text, &position, u':');
        if (!readDigits(text, &position, 2, &minutes))
            return std::nullopt;
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    } else {
        expect(text, &position, u'Z');
    }
    if (position != text.size())
        return std::nullopt;
    return epochMillis(*date, *time, offsetSeconds);
}

std::optional<SoqlDateSpan> parseSoqlDateSpanLiteral(QStringView text)
{
    if (text.compare(u"TODAY", Qt::CaseInsensitive) == 0)
        return SoqlDateSpan{0, 0};
    if (text.compare(u"YESTERDAY", Qt::CaseInsensitive) == 0)
        return SoqlDateSpan{-1, -1};
    if (text.compare(u"TOMORROW", Qt::CaseInsensitive) == 0)
        return SoqlDateSpan{1, 1};
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const QStringView name = text.left(colon);
    bool ok = false;
    const int days = text.mid(colon + 1).toInt(&ok);
    // Salesforce caps n at 1000 for date fields; the cap also keeps spans in QDate's range.
    if (!ok || days < 0 || days > 1000)
        return std::nullopt;
    if (name.compare(u"LAST_N_DAYS", Qt::CaseInsensitive) == 0)
        return SoqlDateSpan{-days, 0};
    if (name.compare(u"NEXT_N_DAYS", Qt::CaseInsensitive) == 0)
        return SoqlDateSpan{1, days};
    return std::nullopt;
}

} // namespace syncdesk::sandbox
