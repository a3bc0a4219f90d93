#pragma once

#include <QTranslator>

namespace syncdesk {

// English plural forms made from the source text ("%n call(s)" → "1 call", "4 calls"), for a
// front end that loads no translations (syncdesk-cli speaks English) and for tests that read
// the sentences as an English speaker does. A string without "(s)" or without a count is
// left to its source.
class EnglishPluralForms : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;
    bool isEmpty() const override { return false; }
};

} // namespace syncdesk
