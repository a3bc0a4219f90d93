#pragma once

#include "app_paths.h"
#include "first_run_dialog.h"
#include "sync/sync_control_relay.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSqlDatabase>
#include <memory>

namespace syncdesk {
class AlertDispatcher;
class EngineLock;
class OrgSignIn;
class SandboxOrgConnector;
class SecretStore;
class SimulatedSalesTeam;
class SyncEngineThread;
class TeamConsoleControl;
struct OAuthClientConfig;
struct OAuthTokens;
struct OrgConnection;
} // namespace syncdesk

namespace syncdesk::ui {

class MainWindow;

// Everything one run of the desktop app puts together: the state folder and its store,
// the org (the embedded sandbox org or a Salesforce org signed in with PKCE), the sync
// engine on its thread, the threshold alerts, and the window that shows them. main()
// only parses the command line and hands over to this.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool sandboxOrg = false;   // --sandbox: straight to the sandbox org
        bool livelySandbox = true; // other integrations, CRM users and a sales team
        // --database postgresql://…: a team-mode console of the store on that server. It
        // never syncs: the engine elected on some host does, and this window asks it.
        QString teamDatabase;
    };

    explicit DesktopSession(AppPaths paths, QObject *parent = nullptr);
    ~DesktopSession() override;

    // Opens the store and shows the window, then connects: the sandbox org when asked
    // or chosen before, the saved Salesforce org, or the first-run choice. False (and
    // `error`) when the store cannot be opened.
    bool start(const Options &options, QString *error);

    MainWindow *window() const { return m_window.get(); }

private:
    bool startConsole(QString *error);
    void wireConsole();
    void startSandboxOrg(bool lively);
    void signInToSalesforce(const FirstRunChoice &choice);
    void resumeSavedConnection(const OrgConnection &connection);
    void offerFirstRun();
    // The first-run dialog's team database: the password to the keychain, then this run
    // becomes that database's console (and the next starts too).
    void joinTeamDatabase(const FirstRunChoice &choice);
    void startEngine(const OAuthClientConfig &config, const OAuthTokens &tokens);
    // The saved sign-in was refused: sign in to the same org again, then restart the engine
    // with the new tokens.
    void signInAgain();
    void stopEngine();
    void startAlerts(const QString &orgName);
    void showProblem(const QString &message);

    AppPaths m_paths; // the folder the admin chose (or the default)
    // Where this run's store lives: the sandbox org keeps its own workspace (and its org
    // state) in a subfolder, so that exploring never mixes with a real org's records.
    std::optional<AppPaths> m_workspacePaths;
    Options m_options;
    QSqlDatabase m_db;
    QNetworkAccessManager m_network;
    std::unique_ptr<SecretStore> m_secrets;
    SyncControlRelay m_control;
    std::unique_ptr<EngineLock> m_engineLock;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SandboxOrgConnector> m_sandbox;
    std::unique_ptr<OrgSignIn> m_signIn;
    std::unique_ptr<SyncEngineThread> m_engine;
    std::unique_ptr<AlertDispatcher> m_alerts;
    std::unique_ptr<SimulatedSalesTeam> m_salesTeam;
    std::unique_ptr<TeamConsoleControl> m_console; // team mode only, instead of all the above
};

} // namespace syncdesk::ui
