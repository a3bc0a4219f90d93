#pragma once

class QCoreApplication;
class QLocale;

namespace syncdesk::ui {

// Installs SyncDesk's translation for the locale (embedded as
// :/i18n/syncdesk_<lang>.qm) and Qt's own (qtbase, for standard dialogs and
// buttons) from Qt's translations folder. Translators installed by an earlier
// call are removed first, so calling it again switches the language.
// Returns whether SyncDesk has a translation for the locale; without one the
// application stays in English (Qt's translation is installed regardless).
bool installAppTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace syncdesk::ui
