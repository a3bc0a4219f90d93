#include "english_plural_forms.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

QString EnglishPluralForms::translate(const char *, const char *sourceText, const char *,
                                      int n) const
{
    const QString source = QString::fromUtf8(sourceText);
    if (n < 0 || !source.contains(u"(s)"_s))
        return {}; // not a plural string: the source stands
    QString text = source;
    return text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
}

} // namespace syncdesk
