#include "main_window.h"

#include "api_usage_group.h"
#include "connection_status_text.h"

#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr QSize kDefaultSize{1100, 700};
constexpr int kPageMargin = 24;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_statusLabel(new QLabel(this))
{
    setWindowTitle(tr("SyncDesk — Sandbox org"));
    setObjectName(u"syncDeskMainWindow"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createApiLimitsPage(), tr("API Limits"));
    setCentralWidget(m_tabs);

    m_statusLabel->setObjectName(u"connectionStatus"_s);
    statusBar()->addWidget(m_statusLabel, 1);
    showConnectionState(ConnectionState::Idle, {});
    resize(kDefaultSize);
}

QWidget *MainWindow::createApiLimitsPage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(u"apiLimitsPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(kPageMargin, kPageMargin, kPageMargin, kPageMargin);
    m_apiUsage = new ApiUsageGroup(page);
    layout->addWidget(m_apiUsage);
    layout->addStretch(1);
    return page;
}

void MainWindow::follow(SandboxOrgConnector *connector)
{
    connect(connector, &SandboxOrgConnector::stateChanged, this, &MainWindow::showConnectionState);
    connect(connector, &SandboxOrgConnector::usageRead, this, &MainWindow::showUsage);
    connect(connector, &SandboxOrgConnector::usageUnavailable, this,
            &MainWindow::showUsageUnavailable);
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::showConnectionState(ConnectionState state, const QString &detail)
{
    // The status bar has one line; the full reason goes under the usage.
    const QString firstLine = detail.section(u'\n', 0, 0);
    m_statusLabel->setText(connectionStatusText(state, firstLine));
    if (state == ConnectionState::Failed)
        m_apiUsage->showUnavailable(detail);
}

void MainWindow::showUsage(const ApiUsage &usage, UsageSource, const QDateTime &readAt)
{
    m_apiUsage->showUsage(usage, readAt);
}

void MainWindow::showUsageUnavailable(const QString &reason)
{
    m_apiUsage->showUnavailable(reason);
}

} // namespace syncdesk::ui
