#include "app_translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

namespace {

// Marks our translators among the application's children, so a later call can
// take them out again without touching translators installed by anyone else.
constexpr auto translatorName = "syncdesk-app-translator";

bool installTranslator(QCoreApplication &app, const QLocale &locale, const QString &name,
                       const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QLatin1StringView(translatorName));
    // load() walks the locale's UI languages, so de_AT finds syncdesk_de.qm.
    if (!translator->load(locale, name, u"_"_s, directory) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

bool installAppTranslations(QCoreApplication &app, const QLocale &locale)
{
    const auto previous = app.findChildren<QTranslator *>(QLatin1StringView(translatorName),
                                                          Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    // English plural forms ("1 record", "2 records") under every language: the source
    // strings say "record(s)", and a language without its own translation falls back to
    // them. Installed first, so a language's own translator, installed later, wins.
    installTranslator(app, QLocale(QLocale::English), u"syncdesk"_s, u":/i18n"_s);
    installTranslator(app, locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false; // English needs nothing more than its plural forms
    return installTranslator(app, locale, u"syncdesk"_s, u":/i18n"_s);
}

} // namespace syncdesk::ui
