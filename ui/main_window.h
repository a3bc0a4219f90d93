#pragma once

#include "sandbox/sandbox_org_connector.h"
#include "sync/csv_import.h"
#include "sync/engine_status.h"
#include "usage/api_usage.h"

#include <QMainWindow>
#include <QPointer>
#include <QSqlDatabase>
#include <QUrl>

class QAction;
class QMenu;
class QLabel;
class QTabWidget;

namespace syncdesk {
class AlertsHistoryModel;
class AlertsSettingsPage;
class SecretStore;
class SyncControl;
} // namespace syncdesk

namespace syncdesk::ui {

class ApiLimitsPage;
class CsvImportRunner;
class ApiUsageGroup;
class BulkProgressStatus;
class FieldConfigurationPage;
class ServicesDialog;
class SyncFailuresPage;
class SyncLogPage;
class TrayStatusIcon;

// SyncDesk's main window: the API Limits, Field Configuration, Sync Failures, Activity and
// Alerts tabs over the local store, the status bar (org, connection, last and next sync,
// engine state), the main actions with their shortcuts, and the tray icon. It reaches the
// engine only through the SyncControl it is given, and the org only through that engine.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `db` is the GUI thread's connection; `control` and `secrets` outlive the window.
    MainWindow(QSqlDatabase db, SyncControl *control, SecretStore *secrets,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Before anything else follows a sandbox org: its connection state in the status bar.
    void follow(SandboxOrgConnector *connector);
    // "Sandbox org", or the org's name; the instance opens System Overview and records.
    void showOrg(const QString &orgLabel, const QUrl &instanceUrl);
    // Team mode: a permanent status-bar widget just before the engine's state (the role and
    // the engine's host, ui/team_mode_label.h).
    void addEngineStatusPrefix(QWidget *widget);
    // Team mode: the store's PostgreSQL URL, for what opens connections of its own (the CSV
    // import's thread).
    void setStoreLocation(const QString &location);

    ApiLimitsPage *apiLimitsPage() const { return m_limits; }
    ApiUsageGroup *apiUsageGroup() const;
    SyncFailuresPage *syncFailuresPage() const { return m_failures; }
    FieldConfigurationPage *fieldConfigurationPage() const { return m_fields; }
    AlertsSettingsPage *alertsSettingsPage() const { return m_alertSettings; }
    AlertsHistoryModel *alertsHistory() const { return m_alertsHistory; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *pauseAction() const { return m_pause; }
    QAction *signInAgainAction() const { return m_signInAgain; }
    TrayStatusIcon *trayIcon() const { return m_tray; }
    BulkProgressStatus *bulkProgressStatus() const { return m_bulkProgress; }

    QString statusText() const;       // the connection
    QString engineStatusText() const; // what the engine is doing

public Q_SLOTS:
    void showConnectionState(syncdesk::ConnectionState state, const QString &detail);
    void showUsage(const syncdesk::ApiUsage &usage, syncdesk::UsageSource source,
                   const QDateTime &readAt);
    void showUsageUnavailable(const QString &reason);
    void showEngineStatus(const syncdesk::EngineStatus &status);
    // One line when the cached describes show the org lacks something SyncDesk needs
    // (its custom fields, access): no API call, read again when the engine refreshes them.
    void showOrgSetupFromCache();
    // A desktop notification through the tray (alerts, credits back), when there is one.
    void notify(const QString &title, const QString &message);

Q_SIGNALS:
    // The org refused the saved sign-in: the admin asks to sign in again.
    void signInRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void addImportActions(QMenu *file);
    void importCsv(CsvImportKind kind);
    void createPages(QSqlDatabase db, SecretStore *secrets);
    void createStatusBar();
    void createTrayIcon();
    void restoreLayout();
    void saveLayout() const;
    void updateTray();
    void showAndRaise();
    void openServicesDialog();

    SyncControl *m_control;
    CsvImportRunner *m_csvImport;
    QTabWidget *m_tabs;
    ApiLimitsPage *m_limits = nullptr;
    FieldConfigurationPage *m_fields = nullptr;
    SyncFailuresPage *m_failures = nullptr;
    SyncLogPage *m_syncLog = nullptr;
    AlertsSettingsPage *m_alertSettings = nullptr;
    AlertsHistoryModel *m_alertsHistory = nullptr;
    QLabel *m_orgLabel;
    QLabel *m_connectionLabel;
    QLabel *m_syncTimesLabel;
    QLabel *m_engineLabel;
    QLabel *m_orgSetupLabel;
    BulkProgressStatus *m_bulkProgress;
    QSqlDatabase m_db;
    QAction *m_syncNow = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_signInAgain = nullptr;
    QAction *m_showWindow = nullptr;
    QAction *m_quit = nullptr;
    TrayStatusIcon *m_tray = nullptr;
    QPointer<ServicesDialog> m_servicesDialog;
    QString m_orgName;
    std::optional<ApiUsage> m_lastUsage;
};

} // namespace syncdesk::ui
