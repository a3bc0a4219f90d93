#pragma once

#include "salesforce/limits_poller.h"
#include "sandbox/sandbox_org_connector.h"
#include "usage/api_usage.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace syncdesk::ui {

class ApiUsageGroup;

// SyncDesk's main window. It shows what it is told through its public slots and
// reaches no service itself; the app wires it to a connector.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Connects the window to the connector's signals; the connector must outlive it
    // or be destroyed first (Qt drops the connections either way).
    void follow(SandboxOrgConnector *connector);

    ApiUsageGroup *apiUsageGroup() const { return m_apiUsage; }
    QString statusText() const;

    void showConnectionState(syncdesk::ConnectionState state, const QString &detail);
    void showUsage(const syncdesk::ApiUsage &usage, syncdesk::UsageSource source,
                   const QDateTime &readAt);
    void showUsageUnavailable(const QString &reason);

private:
    QWidget *createApiLimitsPage();

    QTabWidget *m_tabs;
    ApiUsageGroup *m_apiUsage = nullptr;
    QLabel *m_statusLabel;
};

} // namespace syncdesk::ui
