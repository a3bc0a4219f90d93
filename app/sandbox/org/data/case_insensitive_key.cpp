#include "data/case_insensitive_key.h"

namespace syncdesk::sandbox {

QString caseInsensitiveKey(QStringView text)
{
    // Follows what compare() does rather than QString::toCaseFolded(), which
    // is not documented to agree with it: one UTF-16 unit at a time, each
    // folded with QChar's simple case folding, the low half of a surrogate
    // pair folded as the whole code point.
    QString key;
    key.reserve(text.size());
    char16_t previous = 0;
    for (const QChar unit : text) {
        char32_t codePoint = unit.unicode();
        if (unit.isLowSurrogate() && QChar::isHighSurrogate(previous))
            codePoint = QChar::surrogateToUcs4(previous, unit.unicode());
        previous = unit.unicode();
        const char32_t folded = QChar::toCaseFolded(codePoint);
        key.append(QChar::requiresSurrogates(folded) ? QChar(QChar::lowSurrogate(folded))
                                                     : QChar(char16_t(folded)));
    }
    return key;
}

} // namespace syncdesk::sandbox
