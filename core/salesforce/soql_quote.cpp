#include "salesforce/soql_quote.h"

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

QString soqlQuote(QStringView value)
{
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += u'\'';
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\'':
            quoted += u"\\'"_s;
            break;
        case u'"':
            quoted += u"\\\""_s;
            break;
        case u'\\':
            quoted += u"\\\\"_s;
            break;
        case u'\n':
            quoted += u"\\n"_s;
            break;
        case u'\r':
            quoted += u"\\r"_s;
            break;
        case u'\t':
            quoted += u"\\t"_s;
            break;
        case u'\b':
            quoted += u"\\b"_s;
            break;
        case u'\f':
            quoted += u"\\f"_s;
            break;
        default:
            quoted += c;
        }
    }
    quoted += u'\'';
    return quoted;
}

} // namespace syncdesk
