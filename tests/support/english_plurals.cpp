// Widget tests read the API Limits tab's sentences as an English speaker does. The source strings
// say "call(s)"; in the app the English plural translation (translations/syncdesk_en.ts,
// installed under every language) gives the real forms. Here a translator makes them the
// same way from the source, so these tests do not depend on the .ts files being updated,
// yet still fail when a string is not given its count (tr(..., nullptr, n)).
#include "english_plural_forms.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

namespace {

class EnglishPlurals : public ::testing::Environment
{
public:
    void SetUp() override
    {
        m_translator = new syncdesk::EnglishPluralForms();
        QCoreApplication::installTranslator(m_translator);
    }
    void TearDown() override
    {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }

private:
    syncdesk::EnglishPluralForms *m_translator = nullptr;
};

const auto *const kEnglishPlurals = ::testing::AddGlobalTestEnvironment(new EnglishPlurals());

} // namespace
