// Widget tests read the API Limits tab's sentences as an English speaker does. The source strings
// say "call(s)"; in the app the English plural translation (translations/syncdesk_en.ts,
// installed under every language) gives the real forms. Here a translator makes them the
// same way from the source, so these tests do not depend on the .ts files being updated,
// yet still fail when a string is not given its count (tr(..., nullptr, n)).
#include <QCoreApplication>
#include <QTranslator>
#include <gtest/gtest.h>

namespace {

class EnglishPluralTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (n < 0 || !source.contains(QStringLiteral("(s)")))
            return QString(); // not a plural string: the source stands
        QString text = source;
        return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    bool isEmpty() const override { return false; }
};

class EnglishPlurals : public ::testing::Environment
{
public:
    void SetUp() override
    {
        m_translator = new EnglishPluralTranslator();
        QCoreApplication::installTranslator(m_translator);
    }
    void TearDown() override
    {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }

private:
    EnglishPluralTranslator *m_translator = nullptr;
};

const auto *const kEnglishPlurals = ::testing::AddGlobalTestEnvironment(new EnglishPlurals());

} // namespace
