#include "api_usage_group.h"
#include "app_translations.h"
#include "ts_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk::ui;
using namespace syncdesk::ui::test;

namespace {

const QStringList kLanguages{u"de"_s, u"fr"_s};

QString tsPath(const QString &language)
{
    return QStringLiteral(SYNCDESK_SOURCE_DIR) + u"/translations/syncdesk_"_s + language + u".ts"_s;
}

QString translate(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

class InstalledTranslationsTest : public ::testing::Test
{
protected:
    // English has no translation of its own: installing it takes ours out again.
    void TearDown() override
    {
        installAppTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QLocale::setDefault(m_defaultLocale);
    }

private:
    const QLocale m_defaultLocale;
};

TEST_F(InstalledTranslationsTest, GermanLocaleTranslatesTheApiLimitsTab)
{
    ASSERT_TRUE(installAppTranslations(*QCoreApplication::instance(),
                                       QLocale(QLocale::German, QLocale::Germany)));

    EXPECT_EQ(translate("syncdesk::ui::MainWindow", "API Limits"), u"API-Limits"_s);
    EXPECT_EQ(translate("syncdesk::ui::ApiUsageGroup", "Total API Calls Used"),
              u"Insgesamt verbrauchte API-Aufrufe"_s);
    EXPECT_EQ(translate("syncdesk::ui::ThresholdDialog",
                        "Email CRM Sync Alert Contact after your API threshold has been crossed."),
              u"CRM-Synchronisierungs-Warnkontakt per E-Mail benachrichtigen, nachdem Ihr "
              u"API-Schwellenwert überschritten wurde."_s);
    EXPECT_EQ(translate("syncdesk::SyncEngine", "%Ln record(s) sent", 1),
              u"1 Datensatz gesendet"_s);
    EXPECT_EQ(translate("syncdesk::SyncEngine", "%Ln record(s) sent", 3),
              u"3 Datensätze gesendet"_s);
}

TEST_F(InstalledTranslationsTest, FrenchLocaleTranslatesTheApiLimitsTab)
{
    ASSERT_TRUE(installAppTranslations(*QCoreApplication::instance(),
                                       QLocale(QLocale::French, QLocale::Canada)));

    EXPECT_EQ(translate("syncdesk::ui::MainWindow", "API Limits"), u"Limites d'API"_s);
    EXPECT_EQ(translate("syncdesk::ui::ApiUsageGroup", "Total API Calls Used"),
              u"Total des appels d'API utilisés"_s);
    EXPECT_EQ(translate("syncdesk::ui::ThresholdDialog",
                        "Email CRM Sync Alert Contact after your API threshold has been crossed."),
              u"Envoyer un e-mail au contact d'alerte de synchronisation CRM une fois votre "
              u"seuil d'API franchi."_s);
    // French takes the singular for 0 and 1.
    EXPECT_EQ(translate("syncdesk::SyncEngine", "%Ln record(s) sent", 0),
              u"0 enregistrement envoyé"_s);
    EXPECT_EQ(translate("syncdesk::SyncEngine", "%Ln record(s) sent", 2),
              u"2 enregistrements envoyés"_s);
}

TEST_F(InstalledTranslationsTest, WidgetsBuiltAfterInstallingShowTheTranslation)
{
    ASSERT_TRUE(installAppTranslations(*QCoreApplication::instance(),
                                       QLocale(QLocale::German, QLocale::Austria)));
    const ApiUsageGroup group(ApiUsageGroup::Kind::Limit);
    EXPECT_EQ(group.title(), u"Insgesamt verbrauchte API-Aufrufe"_s);
}

// Qt's own strings (standard buttons) come from the qt6-translations-l10n package.
TEST_F(InstalledTranslationsTest, QtsOwnStringsFollowTheLocale)
{
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(qtTranslations + u"/qtbase_de.qm"_s))
        GTEST_SKIP() << "qt6-translations-l10n is not installed";
    ASSERT_TRUE(installAppTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
    EXPECT_EQ(translate("QPlatformTheme", "&Yes"), u"&Ja"_s);
    EXPECT_FALSE(installAppTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    EXPECT_EQ(translate("QPlatformTheme", "&Yes"), u"&Yes"_s);
}

TEST_F(InstalledTranslationsTest, SwitchingLanguageReplacesTheEarlierTranslation)
{
    ASSERT_TRUE(installAppTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
    ASSERT_TRUE(installAppTranslations(*QCoreApplication::instance(), QLocale(QLocale::French)));
    EXPECT_EQ(translate("syncdesk::ui::MainWindow", "API Limits"), u"Limites d'API"_s);
}

TEST_F(InstalledTranslationsTest, UnknownLocaleReturnsFalseAndStaysEnglish)
{
    ASSERT_TRUE(installAppTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
    EXPECT_FALSE(installAppTranslations(*QCoreApplication::instance(),
                                        QLocale(QLocale::Japanese, QLocale::Japan)));
    EXPECT_EQ(translate("syncdesk::ui::MainWindow", "API Limits"), u"API Limits"_s);
    EXPECT_EQ(translate("syncdesk::ui::ApiUsageGroup", "Total API Calls Used"),
              u"Total API Calls Used"_s);
}

TEST_F(InstalledTranslationsTest, EmbeddedTranslationsMatchTheTsFiles)
{
    for (const QString &language : kLanguages) {
        SCOPED_TRACE(language.toStdString());
        ASSERT_TRUE(QFile::exists(u":/i18n/syncdesk_"_s + language + u".qm"_s));
        const TsFile ts = readTsFile(tsPath(language));
        ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
        ASSERT_TRUE(installAppTranslations(*QCoreApplication::instance(), QLocale(language)));
        for (const TsMessage &message : ts.messages) {
            // Plural forms are checked above; unfinished ones by the test below.
            if (message.numerus || !message.type.isEmpty())
                continue;
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            EXPECT_EQ(QCoreApplication::translate(context.constData(), source.constData(),
                                                  comment.isEmpty() ? nullptr : comment.constData())
                          .toStdString(),
                      message.translations.constFirst().toStdString())
                << message.context.toStdString() << ": " << source.constData();
        }
    }
}

TEST(TranslationFilesTest, EveryMessageIsTranslatedWithItsPlaceholders)
{
    for (const QString &language : kLanguages) {
        SCOPED_TRACE(language.toStdString());
        const TsFile ts = readTsFile(tsPath(language));
        ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
        EXPECT_EQ(ts.language, language);
        ASSERT_GT(ts.messages.size(), 100);

        for (const TsMessage &message : ts.messages) {
            const std::string where =
                message.context.toStdString() + ": " + message.source.toStdString();
            EXPECT_TRUE(message.type.isEmpty()) << where << " is " << message.type.toStdString();
            ASSERT_EQ(message.translations.size(), message.numerus ? 2 : 1) << where;
            for (const QString &translation : message.translations) {
                EXPECT_FALSE(translation.trimmed().isEmpty()) << where;
                EXPECT_EQ(placeholders(translation), placeholders(message.source))
                    << where << " -> " << translation.toStdString();
                EXPECT_EQ(hasAccelerator(translation), hasAccelerator(message.source))
                    << where << " -> " << translation.toStdString();
                EXPECT_EQ(translation.endsWith(u'…'), message.source.endsWith(u'…'))
                    << where << " -> " << translation.toStdString();
            }
        }
    }
}

} // namespace

// Source strings say "record(s)"; English gets real plural forms, and so does a language
// SyncDesk has no translation for.
TEST_F(InstalledTranslationsTest, EnglishPluralsReadNaturally)
{
    for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::Japanese)}) {
        installAppTranslations(*QCoreApplication::instance(), locale);
        EXPECT_EQ(translate("syncdesk::SyncEngine", "%Ln activity(ies) logged", 1),
                  u"1 activity logged"_s);
        EXPECT_EQ(translate("syncdesk::SyncEngine", "%Ln activity(ies) logged", 3),
                  u"3 activities logged"_s);
        EXPECT_EQ(translate("syncdesk::SyncEngine", "%Ln record(s) sent", 1), u"1 record sent"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        EXPECT_EQ(translate("syncdesk::SyncEngine", "%Ln record(s) sent", 12000),
                  u"12,000 records sent"_s);
    }
    // A language of its own still wins.
    ASSERT_TRUE(installAppTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
    QLocale::setDefault(QLocale(QLocale::German));
    EXPECT_EQ(translate("syncdesk::SyncEngine", "%Ln record(s) sent", 12000),
              u"12.000 Datensätze gesendet"_s);
}
