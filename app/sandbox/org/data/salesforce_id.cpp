#include "data/salesforce_id.h"

#include <cstring>

namespace syncdesk::sandbox::salesforce_id {

namespace {

constexpr char base62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr char checksumAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

bool isIdCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

} // namespace

QString checksum(QStringView id15)
{
    // Salesforce's rule: for each block of five characters, bit i is set when
    // character i is an upper-case letter; the 0..31 value picks a character.
    QString suffix;
    for (int block = 0; block < 3; ++block) {
        int bits = 0;
        for (int i = 0; i < 5; ++i) {
            const QChar c = id15.at(block * 5 + i);
            if (c >= u'A' && c <= u'Z')
                bits |= 1 << i;
        }
        suffix.append(QLatin1Char(checksumAlphabet[bits]));
    }
    return suffix;
}

QString make(QStringView keyPrefix, quint64 serial)
{
    QString digits(9, u'0');
    for (int i = 8; i >= 0 && serial > 0; --i) {
        digits[i] = QLatin1Char(base62[serial % 62]);
        serial /= 62;
    }
    const QString id15 = keyPrefix.left(3).toString() + QStringLiteral("5g0") + digits;
    return id15 + checksum(id15);
}

quint64 serialOf(QStringView id)
{
    quint64 serial = 0;
    for (QChar c : id.mid(6, 9)) {
        const char *digit = c.unicode() < 128 ? std::strchr(base62, char(c.unicode())) : nullptr;
        if (!digit || c.unicode() == 0)
            return 0;
        serial = serial * 62 + quint64(digit - base62);
    }
    return serial;
}

QString toEighteen(QStringView id)
{
    if (id.size() != 15 && id.size() != 18)
        return {};
    for (QChar c : id)
        if (!isIdCharacter(c))
            return {};
    const QStringView id15 = id.left(15);
    const QString expected = checksum(id15);
    if (id.size() == 18) {
        // The suffix is case-insensitive in practice; Salesforce accepts either case.
        if (id.mid(15).compare(expected, Qt::CaseInsensitive) != 0)
            return {};
    }
    return id15.toString() + expected;
}

} // namespace syncdesk::sandbox::salesforce_id
