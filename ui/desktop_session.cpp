#include "desktop_session.h"

#include "alerts/alert_dispatcher.h"
#include "alerts_history_model.h"
#include "alerts_settings_page.h"
#include "api_limits_page.h"
#include "auth/org_sign_in.h"
#include "auth/saved_connection.h"
#include "main_window.h"
#include "sandbox/sandbox_org_connector.h"
#include "secrets/app_secret_store.h"
#include "secrets/database_password.h"
#include "store/connection_store.h"
#include "store/database.h"
#include "store/database_url.h"
#include "store/postgres_database.h"
#include "sync/default_field_mappings.h"
#include "sync/engine_lock.h"
#include "sync/simulated_sales_team.h"
#include "sync/sync_engine.h"
#include "sync/sync_engine_thread.h"
#include "sync/team_console_control.h"
#include "team_console_wiring.h"
#include "team_database_choice.h"
#include "threshold_dialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// A rep logs a call or an email, or edits a record, about every ten seconds: enough to
// see sync at work on the sandbox org, and far below what the org's limit notices.
constexpr int kSalesTeamActionsPerMinute = 6;

} // namespace

DesktopSession::DesktopSession(AppPaths paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_secrets(openAppSecretStore())
{}

DesktopSession::~DesktopSession()
{
    // The engine stops calling before the org it calls goes away, and both before the
    // window that shows them.
    m_salesTeam.reset();
    m_control.attach(nullptr);
    m_engine.reset();
    m_alerts.reset();
    m_signIn.reset();
    m_sandbox.reset();
    m_window.reset();
    m_console.reset();
}

bool DesktopSession::start(const Options &options, QString *error)
{
    m_options = options;
    if (!options.teamDatabase.isEmpty())
        return startConsole(error);
    if (options.sandboxOrg) {
        m_workspacePaths =
            AppPaths::prepare(QDir(m_paths.dataDir()).filePath(u"sandbox-org"_s), error);
    } else {
        m_workspacePaths = m_paths;
    }
    if (!m_workspacePaths)
        return false;
    const DatabaseConnection connection = Database::open(m_workspacePaths->databasePath());
    if (!connection.ok()) {
        if (error)
            *error = connection.error->message;
        return false;
    }
    m_db = connection.db;
    // Before the window reads them: the engine would seed them too, but on its own thread
    // and after the pages were built.
    ensureDefaultFieldMappings(m_db);

    m_window = std::make_unique<MainWindow>(m_db, &m_control, m_secrets.get());
    connect(m_window.get(), &MainWindow::signInRequested, this, &DesktopSession::signInAgain);
    m_window->show();

    if (options.sandboxOrg) {
        startSandboxOrg(options.livelySandbox);
    } else if (const std::optional<OrgConnection> saved = ConnectionStore(m_db).active()) {
        resumeSavedConnection(*saved);
    } else {
        offerFirstRun();
    }
    return true;
}

bool DesktopSession::startConsole(QString *error)
{
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(m_options.teamDatabase, error);
    if (!url)
        return false;
    // At start-up, before anything else runs: every connection of the process uses it
    // (the first-run dialog remembered the one it just stored).
    if (PostgresDatabase::rememberedPassword(*url).isEmpty() &&
        !DatabasePassword::load(*m_secrets, *url, error))
        return false;
    const DatabaseConnection connection = Database::open(m_options.teamDatabase);
    if (!connection.ok()) {
        if (error)
            *error = connection.error->message;
        return false;
    }
    m_db = connection.db;
    // No EngineLock, no SyncEngineThread, no AlertDispatcher: the elected engine syncs and
    // sends the threshold emails, once for all consoles.
    m_console = std::make_unique<TeamConsoleControl>(m_options.teamDatabase);
    if (!m_console->start(error))
        return false;
    m_window = std::make_unique<MainWindow>(m_db, m_console.get(), m_secrets.get());
    wireTeamConsole(m_window.get(), m_console.get());
    // The status bar says which org, as on one workstation; the team label says the rest
    // (the server's address is in its tooltip).
    if (const std::optional<OrgConnection> org = ConnectionStore(m_db).active()) {
        m_window->showOrg(org->label, org->instanceUrl);
        m_window->showConnectionState(ConnectionState::Connected, org->instanceUrl.toString());
    } else {
        m_window->showConnectionState(
            ConnectionState::Idle,
            tr("No org is connected yet: run syncdesk-cli connect on the engine's host."));
    }
    m_window->show();
    return true;
}

void DesktopSession::offerFirstRun()
{
    auto *dialog = new FirstRunDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstRunDialog::chosen, this, [this](const FirstRunChoice &choice) {
        if (choice.kind == FirstRunChoice::Kind::JoinTeamDatabase) {
            joinTeamDatabase(choice);
        } else if (choice.kind == FirstRunChoice::Kind::ExploreSandboxOrg) {
            // The sandbox org keeps its own workspace; this run switches to it, once the
            // dialog (a child of this window) has finished closing.
            Options options = m_options;
            options.sandboxOrg = true;
            QMetaObject::invokeMethod(
                this,
                [this, options] {
                    m_window.reset();
                    QString error;
                    if (!start(options, &error))
                        QMessageBox::critical(nullptr, tr("SyncDesk"), error);
                },
                Qt::QueuedConnection);
        } else {
            signInToSalesforce(choice);
        }
    });
    dialog->open();
}

void DesktopSession::joinTeamDatabase(const FirstRunChoice &choice)
{
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(choice.teamDatabase);
    if (!url)
        return;
    PostgresDatabase::rememberPassword(*url, choice.databasePassword);
    // Once the dialog (a child of this window) has finished closing.
    QMetaObject::invokeMethod(
        this,
        [this, choice, url = *url] {
            const Options local = m_options;
            Options team = m_options;
            team.teamDatabase = choice.teamDatabase;
            m_window.reset();
            m_db = QSqlDatabase();
            QString error;
            if (!start(team, &error)) {
                // Back to this workstation's own workspace, and the dialog again.
                m_console.reset();
                m_options = local;
                if (start(local, &error) || m_window)
                    showProblem(tr("The team database cannot be opened: %1").arg(error));
                else
                    QMessageBox::critical(nullptr, tr("SyncDesk"), error);
                return;
            }
            // Only a password the server accepted goes to the keychain, for the next starts.
            TeamDatabaseChoice::save(m_paths, choice.teamDatabase);
            if (choice.databasePassword.isEmpty())
                return;
            m_secrets->writeSecret(url.passwordKey(), choice.databasePassword,
                                   [this](const SecretResult &result) {
                                       if (!result.ok())
                                           showProblem(tr("The database password cannot be kept "
                                                          "in the keychain, so the next start "
                                                          "will not find it: %1")
                                                           .arg(result.message));
                                   });
        },
        Qt::QueuedConnection);
}

void DesktopSession::startSandboxOrg(bool lively)
{
    m_window->showOrg(tr("Sandbox org"), {});
    SandboxOrgConnector::Options options;
    options.simulateLivelyOrg = lively;
    options.pollInterval = std::chrono::milliseconds(0); // the engine keeps the figures
    options.extraArguments = {u"--db"_s,
                              QDir(m_workspacePaths->dataDir()).filePath(u"org.sqlite"_s)};
    m_sandbox = std::make_unique<SandboxOrgConnector>(options);
    m_window->follow(m_sandbox.get());
    connect(m_sandbox.get(), &SandboxOrgConnector::signedIn, this,
            [this](const OAuthClientConfig &config, const OAuthTokens &tokens) {
                m_window->showOrg(tr("Sandbox org"), tokens.instanceUrl);
                startEngine(config, tokens);
                startAlerts(tr("Sandbox org"));
                if (m_options.livelySandbox) {
                    m_salesTeam = std::make_unique<SimulatedSalesTeam>(m_db);
                    m_salesTeam->setRate(kSalesTeamActionsPerMinute);
                    m_salesTeam->start();
                }
            });
    m_sandbox->start();
}

void DesktopSession::signInToSalesforce(const FirstRunChoice &choice)
{
    m_signIn = std::make_unique<OrgSignIn>(&m_network, m_secrets.get(),
                                           [](const QUrl &url) { QDesktopServices::openUrl(url); });
    m_window->showConnectionState(ConnectionState::SigningIn,
                                  tr("Approve SyncDesk in the browser window that opened."));
    connect(m_signIn.get(), &OrgSignIn::failed, this, [this](const QString &reason) {
        m_window->showConnectionState(ConnectionState::Failed, reason);
        offerFirstRun();
    });
    connect(m_signIn.get(), &OrgSignIn::signedIn, this, [this, choice](const OAuthTokens &tokens) {
        QString error;
        if (!saveSignedInConnection(m_db, tokens, *choice.loginHost, choice.consumerKey, &error))
            showProblem(tr("Signed in, but the connection cannot be saved: %1").arg(error));
        const OAuthClientConfig config{choice.loginHost->url(), choice.consumerKey,
                                       OAuthClientConfig::loopbackRedirectUri()};
        m_window->showOrg(tokens.instanceUrl.host(), tokens.instanceUrl);
        m_window->showConnectionState(ConnectionState::Connected, tokens.instanceUrl.toString());
        startEngine(config, tokens);
        startAlerts(tokens.instanceUrl.host());
    });
    m_signIn->start(OrgSignIn::Request{*choice.loginHost, choice.consumerKey,
                                       OrgSignIn::kRegisteredRedirectPort});
}

void DesktopSession::resumeSavedConnection(const OrgConnection &connection)
{
    m_window->showOrg(connection.label, connection.instanceUrl);
    m_window->showConnectionState(ConnectionState::SigningIn, connection.instanceUrl.toString());
    readSavedTokens(*m_secrets, connection,
                    [this, connection](const SecretResult &result, const OAuthTokens &tokens) {
                        if (!result.ok()) {
                            m_window->showConnectionState(
                                ConnectionState::Failed,
                                tr("The saved sign-in cannot be read from the keychain: %1")
                                    .arg(result.message));
                            return;
                        }
                        m_window->showConnectionState(ConnectionState::Connected,
                                                      connection.instanceUrl.toString());
                        startEngine(clientConfigFor(connection), tokens);
                        startAlerts(connection.label);
                    });
}

void DesktopSession::signInAgain()
{
    const std::optional<OrgConnection> saved = ConnectionStore(m_db).active();
    if (m_options.sandboxOrg || !saved) {
        // The sandbox org signs in by itself: start it over.
        stopEngine();
        m_alerts.reset();
        m_salesTeam.reset();
        m_sandbox.reset();
        startSandboxOrg(m_options.livelySandbox);
        return;
    }
    QString error;
    const std::optional<LoginHost> host = LoginHost::fromText(saved->loginHost, &error);
    if (!host) {
        showProblem(error);
        return;
    }
    stopEngine();
    m_alerts.reset();
    FirstRunChoice choice;
    choice.kind = FirstRunChoice::Kind::ConnectSalesforce;
    choice.loginHost = host;
    choice.consumerKey = saved->clientId;
    signInToSalesforce(choice);
}

void DesktopSession::stopEngine()
{
    m_control.attach(nullptr);
    m_engine.reset();
    m_engineLock.reset();
}

void DesktopSession::startEngine(const OAuthClientConfig &config, const OAuthTokens &tokens)
{
    m_engineLock = std::make_unique<EngineLock>(m_workspacePaths->engineLockPath());
    if (!m_engineLock->acquire()) {
        const std::optional<qint64> holder = m_engineLock->holderPid();
        showProblem(tr("Another SyncDesk engine is already syncing this workspace%1. This "
                       "window shows its figures but does not sync.")
                        .arg(holder ? tr(" (process %1)").arg(*holder) : QString()));
        return;
    }
    SyncEngineOptions options;
    options.databasePath = m_workspacePaths->databasePath();
    options.oauth = config;
    options.tokens = tokens;
    options.readUsageLogs = true; // "who used the calls", from the org's ApiTotalUsage logs
    m_engine = std::make_unique<SyncEngineThread>(std::move(options));
    m_control.attach(m_engine.get());
    m_engine->syncNow();
}

void DesktopSession::startAlerts(const QString &orgName)
{
    m_alerts = std::make_unique<AlertDispatcher>(m_workspacePaths->databasePath(), m_secrets.get());
    m_alerts->setOrgName(orgName);
    AlertDispatcher *alerts = m_alerts.get();
    MainWindow *window = m_window.get();
    connect(&m_control, &SyncControl::orgUsageObserved, alerts, &AlertDispatcher::observeUsage);
    connect(window->apiLimitsPage(), &ApiLimitsPage::thresholdSaved, alerts,
            &AlertDispatcher::thresholdChanged);
    connect(window->alertsSettingsPage(), &AlertsSettingsPage::settingsSaved, alerts,
            &AlertDispatcher::thresholdChanged);
    connect(window->alertsSettingsPage(), &AlertsSettingsPage::testEmailRequested, alerts,
            &AlertDispatcher::sendTestEmail);
    connect(alerts, &AlertDispatcher::testEmailFinished, window->alertsSettingsPage(),
            &AlertsSettingsPage::showTestResult);
    connect(alerts, &AlertDispatcher::alertDelivered, window,
            [window](qint64, const QString &recipient, const QString &subject) {
                window->alertsHistory()->reload();
                window->notify(subject, tr("Emailed to %1").arg(recipient));
            });
    connect(alerts, &AlertDispatcher::alertFailed, window, [window](qint64, const QString &error) {
        window->alertsHistory()->reload();
        window->notify(tr("An API usage alert could not be emailed"), error);
    });
    alerts->resumePending();
}

void DesktopSession::showProblem(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("SyncDesk"), message, QMessageBox::Ok,
                                m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace syncdesk::ui
