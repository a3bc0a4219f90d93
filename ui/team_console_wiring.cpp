#include "team_console_wiring.h"

#include "admin_only_controls.h"
#include "alerts_history_model.h"
#include "alerts_settings_page.h"
#include "api_limits_page.h"
#include "field_configuration_page.h"
#include "main_window.h"
#include "store/alert_store.h"
#include "store/database.h"
#include "sync/team_console_control.h"
#include "sync_failures_page.h"
#include "team_mode_label.h"
#include "threshold_dialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

namespace {

constexpr int kResultShownMs = 15'000;

QString resultText(const TeamCommand &command)
{
    const QString result = command.result.isEmpty()
                               ? TeamModeLabel::tr("The engine carried out the command.")
                               : command.result;
    switch (command.state) {
    case TeamCommand::State::Refused:
        return TeamModeLabel::tr("The engine declined (asked by %1): %2")
            .arg(command.issuedBy, result);
    case TeamCommand::State::Failed:
        return TeamModeLabel::tr("The engine could not do it (asked by %1): %2")
            .arg(command.issuedBy, result);
    default:
        break;
    }
    return TeamModeLabel::tr("Engine (asked by %1): %2").arg(command.issuedBy, result);
}

void showProblem(MainWindow *window, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, TeamModeLabel::tr("SyncDesk"), message,
                                QMessageBox::Ok, window);
    box->setObjectName(u"teamActionRefused"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void guardViewer(MainWindow *window, TeamConsoleControl *console)
{
    if (console->mayAct())
        return;
    auto *guard = new AdminOnlyControls(
        TeamModeLabel::tr("Your database role (viewer) may read everything but change nothing; "
                          "an admin's role is needed for this."),
        window);
    guard->add(window->syncNowAction());
    guard->add(window->pauseAction());
    guard->add(window->syncFailuresPage()->retryAction());
    guard->add(window->syncFailuresPage()->retryAllAction());
    guard->add(window->syncFailuresPage()->dismissAction());
    guard->add(window->apiLimitsPage()->setThresholdButton());
    guard->add(window->apiLimitsPage()->refreshButton());
    guard->add(window->fieldConfigurationPage()->saveButton());
    guard->add(window->fieldConfigurationPage()->addButton());
    guard->add(window->fieldConfigurationPage()->removeButton());
    guard->add(window->alertsSettingsPage()->saveButton());
}

// Only the engine sends emails (its host's keychain holds the SMTP password): a console
// has nothing to send a test with.
void withoutTestEmail(MainWindow *window)
{
    auto *engineOnly = new AdminOnlyControls(
        TeamModeLabel::tr("In team mode only the engine sends alert emails, with the SMTP "
                          "password kept on its host."),
        window);
    engineOnly->add(window->alertsSettingsPage()->sendTestButton());
    // The org's sign-in is the engine host's too (its keychain holds the refresh token).
    auto *engineHostSignIn = new AdminOnlyControls(
        TeamModeLabel::tr("In team mode the engine's host signs in to the org: run "
                          "syncdesk-cli connect there."),
        window);
    engineHostSignIn->add(window->signInAgainAction());
}

// The engine emailed (or could not email) a threshold alert: every console tells its admin,
// as a workstation's own AlertDispatcher would, once per alert.
void followAlerts(MainWindow *window, TeamConsoleControl *console)
{
    const auto newest = [console] {
        return AlertStore(Database::forThisThread(console->location()).db).newest(20);
    };
    auto lastTold = std::make_shared<qint64>(0);
    for (const AlertRecord &alert : newest())
        *lastTold = std::max(*lastTold, alert.id);
    QObject::connect(console, &TeamConsoleControl::alertsChanged, window, [=] {
        window->alertsHistory()->reload();
        const QList<AlertRecord> alerts = newest();
        // Oldest first; one still being tried is told once it is delivered or failed.
        for (auto alert = alerts.crbegin(); alert != alerts.crend(); ++alert) {
            if (alert->id <= *lastTold)
                continue;
            if (!alert->delivered && alert->error.isEmpty())
                break;
            *lastTold = alert->id;
            const QString message =
                alert->delivered
                    ? TeamModeLabel::tr("The engine emailed %1: %2")
                          .arg(alert->recipient, alert->subject)
                    : TeamModeLabel::tr("The engine could not email an API usage alert: %1")
                          .arg(alert->error);
            window->notify(alert->subject, message);
            window->statusBar()->showMessage(message, kResultShownMs);
        }
    });
}

} // namespace

void wireTeamConsole(MainWindow *window, TeamConsoleControl *console)
{
    window->setStoreLocation(console->location());
    auto *label = new TeamModeLabel(console, window);
    window->addEngineStatusPrefix(label);

    QStatusBar *bar = window->statusBar();
    QObject::connect(console, &TeamConsoleControl::commandIssued, bar, [bar] {
        bar->showMessage(TeamModeLabel::tr("Sent to the engine…"), kResultShownMs);
    });
    QObject::connect(console, &TeamConsoleControl::commandFinished, bar,
                     [bar](const TeamCommand &command) {
                         bar->showMessage(resultText(command), kResultShownMs);
                     });
    QObject::connect(console, &TeamConsoleControl::actionRefused, window,
                     [window](const QString &message) { showProblem(window, message); });
    followAlerts(window, console);

    // Another console saved the configuration (or this one did: reading it again is
    // harmless); a page with edits not yet saved keeps them.
    QObject::connect(console, &TeamConsoleControl::configurationChanged, window, [window] {
        window->apiLimitsPage()->reloadFromStore();
        window->alertsSettingsPage()->load();
        if (!window->fieldConfigurationPage()->hasUnsavedEdits())
            window->fieldConfigurationPage()->reload();
    });
    // The threshold and the alert settings are written by the pages themselves; the field
    // configuration and the services already ask the control to reload.
    QObject::connect(window->apiLimitsPage(), &ApiLimitsPage::thresholdSaved, console,
                     &TeamConsoleControl::reloadConfiguration);
    QObject::connect(window->alertsSettingsPage(), &AlertsSettingsPage::settingsSaved, console,
                     &TeamConsoleControl::reloadConfiguration);

    guardViewer(window, console);
    withoutTestEmail(window);
}

} // namespace syncdesk::ui
