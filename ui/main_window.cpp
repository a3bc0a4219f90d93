#include "main_window.h"

#include "alerts_history_model.h"
#include "alerts_history_view.h"
#include "alerts_settings_page.h"
#include "api_limits_page.h"
#include "api_usage_group.h"
#include "bulk_progress_status.h"
#include "connection_status_text.h"
#include "csv_import_runner.h"
#include "engine_status_text.h"
#include "field_configuration_page.h"
#include "services_dialog.h"
#include "store/field_mapping_store.h"
#include "sync/default_field_mappings.h"
#include "sync/org_setup_check.h"
#include "sync/sync_control.h"
#include "sync_failures_page.h"
#include "sync_log_page.h"
#include "threshold_dialog.h"
#include "tray_status_icon.h"
#include "usage/usage_level.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QSize kDefaultSize{1180, 760};
const QString kGeometryKey = u"window/geometry"_s;
const QString kTabKey = u"window/tab"_s;

QLabel *statusField(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MainWindow::MainWindow(QSqlDatabase db, SyncControl *control, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_control(control)
    , m_csvImport(new CsvImportRunner(db.databaseName(), this))
    , m_tabs(new QTabWidget(this))
    , m_orgLabel(statusField(u"orgStatus"_s, this))
    , m_connectionLabel(statusField(u"connectionStatus"_s, this))
    , m_syncTimesLabel(statusField(u"syncTimesStatus"_s, this))
    , m_engineLabel(statusField(u"engineStatus"_s, this))
    , m_orgSetupLabel(statusField(u"orgSetupStatus"_s, this))
    , m_bulkProgress(new BulkProgressStatus(this))
    , m_db(db)
{
    setObjectName(u"syncDeskMainWindow"_s);
    setWindowTitle(tr("SyncDesk"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    createActions();
    createPages(db, secrets);
    createStatusBar();
    createTrayIcon();

    connect(m_control, &SyncControl::statusChanged, this, &MainWindow::showEngineStatus);
    connect(m_control, &SyncControl::usageRecorded, m_limits, &ApiLimitsPage::reloadFromStore);
    connect(m_control, &SyncControl::usageLogsRead, m_limits, &ApiLimitsPage::reloadUsageLogs);
    connect(m_control, &SyncControl::describesRefreshed, m_fields,
            &FieldConfigurationPage::refreshCatalog);
    connect(m_control, &SyncControl::describesRefreshed, this, &MainWindow::showOrgSetupFromCache);
    connect(m_control, &SyncControl::orgUsageObserved, this,
            [this](const ApiUsage &usage, const QDateTime &) {
                m_lastUsage = usage;
                updateTray();
            });
    connect(m_limits, &ApiLimitsPage::refreshRequested, m_control, &SyncControl::refreshUsage);
    connect(m_limits, &ApiLimitsPage::servicesRequested, this, &MainWindow::openServicesDialog);
    connect(m_fields, &FieldConfigurationPage::servicesRequested, this,
            &MainWindow::openServicesDialog);
    showConnectionState(ConnectionState::Idle, {});
    showEngineStatus(m_control->status());
    showOrgSetupFromCache();
    restoreLayout();
}

void MainWindow::showOrgSetupFromCache()
{
    QList<FieldMapping> mappings = FieldMappingStore(m_db).all();
    if (mappings.isEmpty())
        mappings = defaultFieldMappings(); // what the engine starts with
    const std::optional<OrgSetupReport> report = OrgSetupCheck::fromCache(m_db, mappings);
    const bool missing = report && !report->ok();
    m_orgSetupLabel->setVisible(missing);
    if (!missing) {
        m_orgSetupLabel->clear();
        return;
    }
    m_orgSetupLabel->setText(report->summaryLine());
    QStringList lines;
    for (const OrgSetupProblem &problem : report->problems)
        lines.append(problem.text());
    m_orgSetupLabel->setToolTip(lines.join(u'\n'));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_syncNow = new QAction(tr("&Sync Now"), this);
    m_syncNow->setObjectName(u"syncNowAction"_s);
    m_syncNow->setShortcut(QKeySequence::Refresh);
    m_syncNow->setToolTip(tr("Send waiting changes and read Salesforce's changes now"));
    connect(m_syncNow, &QAction::triggered, m_control, &SyncControl::syncNow);

    m_pause = new QAction(tr("&Pause Sync"), this);
    m_pause->setObjectName(u"pauseAction"_s);
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setToolTip(tr("Stop spending API calls until sync is resumed"));
    connect(m_pause, &QAction::toggled, m_control, &SyncControl::setPaused);

    m_signInAgain = new QAction(tr("Sign &In Again…"), this);
    m_signInAgain->setObjectName(u"signInAgainAction"_s);
    m_signInAgain->setToolTip(tr("The org refused SyncDesk's saved sign-in; sync waits for a "
                                 "new one"));
    m_signInAgain->setEnabled(false);
    connect(m_signInAgain, &QAction::triggered, this, &MainWindow::signInRequested);

    m_showWindow = new QAction(tr("Show SyncDesk"), this);
    connect(m_showWindow, &QAction::triggered, this, &MainWindow::showAndRaise);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    addImportActions(file);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *sync = menuBar()->addMenu(tr("S&ync"));
    sync->addAction(m_syncNow);
    sync->addAction(m_pause);
    sync->addSeparator();
    sync->addAction(m_signInAgain);
}

void MainWindow::addImportActions(QMenu *file)
{
    const std::pair<CsvImportKind, QString> kinds[] = {
        {CsvImportKind::People, tr("Import &People from CSV…")},
        {CsvImportKind::Accounts, tr("Import &Accounts from CSV…")},
        {CsvImportKind::Activities, tr("Import Calls and &Emails from CSV…")},
    };
    for (const auto &[kind, text] : kinds) {
        QAction *action = file->addAction(text);
        connect(action, &QAction::triggered, this, [this, kind = kind] { importCsv(kind); });
    }
    connect(m_csvImport, &CsvImportRunner::finished, this,
            [this](CsvImportKind kind, const ImportResult &result) {
                auto *box = new QMessageBox(
                    result.ok() ? QMessageBox::Information : QMessageBox::Warning, tr("CSV import"),
                    CsvImportRunner::summary(kind, result), QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                statusBar()->clearMessage();
            });
}

void MainWindow::importCsv(CsvImportKind kind)
{
    auto *dialog =
        new QFileDialog(this, tr("Import CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, kind](const QString &path) {
        if (m_csvImport->start(kind, path))
            statusBar()->showMessage(tr("Importing %1…").arg(path));
    });
    dialog->open();
}

void MainWindow::openServicesDialog()
{
    // One dialog, brought forward when asked for again.
    if (!m_servicesDialog) {
        m_servicesDialog = new ServicesDialog(m_db, m_control, this);
        m_servicesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_servicesDialog->open();
    m_servicesDialog->raise();
}

void MainWindow::createPages(QSqlDatabase db, SecretStore *secrets)
{
    m_limits = new ApiLimitsPage(db, m_tabs);
    auto *limitsScroll = new QScrollArea(m_tabs);
    limitsScroll->setObjectName(u"apiLimitsTab"_s);
    limitsScroll->setWidget(m_limits);
    limitsScroll->setWidgetResizable(true);
    limitsScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(limitsScroll, tr("API Limits"));

    m_fields = new FieldConfigurationPage(db, m_control, m_tabs);
    m_tabs->addTab(m_fields, tr("Field Configuration"));
    m_failures = new SyncFailuresPage(db, m_control, m_tabs);
    m_tabs->addTab(m_failures, tr("Sync Failures"));
    m_syncLog = new SyncLogPage(db, m_control, m_tabs);
    m_tabs->addTab(m_syncLog, tr("Activity"));

    // Alerts: who gets the email and how it is sent, above what was sent.
    auto *alerts = new QSplitter(Qt::Vertical, m_tabs);
    alerts->setObjectName(u"alertsTab"_s);
    m_alertSettings = new AlertsSettingsPage(db, secrets, alerts);
    m_alertsHistory = new AlertsHistoryModel(db, this);
    alerts->addWidget(m_alertSettings);
    alerts->addWidget(new AlertsHistoryView(m_alertsHistory, alerts));
    alerts->setStretchFactor(0, 0);
    alerts->setStretchFactor(1, 1);
    m_tabs->addTab(alerts, tr("Alerts"));

    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->widget(i)->setAccessibleName(m_tabs->tabText(i));
}

void MainWindow::createStatusBar()
{
    // Org and connection on the left; when the engine last and next runs, and what it is
    // doing, on the right, where the eye goes after a click on Sync Now.
    statusBar()->addWidget(m_orgLabel);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addWidget(m_orgSetupLabel);
    m_orgSetupLabel->hide();
    // A long Bulk API job's progress and its Cancel, beside what the engine does.
    statusBar()->addPermanentWidget(m_bulkProgress);
    connect(m_bulkProgress, &BulkProgressStatus::cancelRequested, m_control,
            &SyncControl::cancelBulkJobs);
    statusBar()->addPermanentWidget(m_syncTimesLabel);
    statusBar()->addPermanentWidget(m_engineLabel);
}

void MainWindow::createTrayIcon()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new TrayStatusIcon(m_showWindow, m_syncNow, m_pause, m_quit, this);
    connect(m_tray, &TrayStatusIcon::activatedToShow, this, &MainWindow::showAndRaise);
    m_tray->show();
}

void MainWindow::follow(SandboxOrgConnector *connector)
{
    connect(connector, &SandboxOrgConnector::stateChanged, this, &MainWindow::showConnectionState);
    connect(connector, &SandboxOrgConnector::usageRead, this, &MainWindow::showUsage);
    connect(connector, &SandboxOrgConnector::usageUnavailable, this,
            &MainWindow::showUsageUnavailable);
}

void MainWindow::showOrg(const QString &orgLabel, const QUrl &instanceUrl)
{
    m_orgName = orgLabel;
    setWindowTitle(tr("SyncDesk — %1").arg(orgLabel));
    m_orgLabel->setText(orgLabel);
    m_limits->setInstanceUrl(instanceUrl);
    updateTray();
}

ApiUsageGroup *MainWindow::apiUsageGroup() const
{
    return m_limits->totalGroup();
}

QString MainWindow::statusText() const
{
    return m_connectionLabel->text();
}

QString MainWindow::engineStatusText() const
{
    return m_engineLabel->text();
}

void MainWindow::showConnectionState(ConnectionState state, const QString &detail)
{
    // The status bar has one line; the full reason goes under the usage.
    const QString firstLine = detail.section(u'\n', 0, 0);
    m_connectionLabel->setText(connectionStatusText(state, firstLine, m_orgName));
    m_connectionLabel->setToolTip(detail);
    if (state == ConnectionState::Failed)
        apiUsageGroup()->showUnavailable(detail);
}

void MainWindow::showUsage(const ApiUsage &usage, UsageSource, const QDateTime &readAt)
{
    m_lastUsage = usage;
    apiUsageGroup()->showUsage(usage, readAt);
    updateTray();
}

void MainWindow::showUsageUnavailable(const QString &reason)
{
    apiUsageGroup()->showUnavailable(reason);
}

void MainWindow::setStoreLocation(const QString &location)
{
    m_csvImport->setDatabasePath(location);
}

void MainWindow::addEngineStatusPrefix(QWidget *widget)
{
    // QStatusBar inserts only by index among widgets it does not name: moving the engine's
    // label after the new one keeps it last.
    statusBar()->removeWidget(m_engineLabel);
    statusBar()->addPermanentWidget(widget);
    statusBar()->addPermanentWidget(m_engineLabel);
    m_engineLabel->show();
}

void MainWindow::showEngineStatus(const EngineStatus &status)
{
    const QString held = heldWorkText(status);
    m_engineLabel->setText(held.isEmpty() ? engineStateText(status)
                                          : engineStateText(status) + u" · "_s + held);
    QStringList tooltip{status.detail, heldWorkDetail(status)};
    tooltip.removeAll(QString());
    m_engineLabel->setToolTip(tooltip.join(u'\n'));
    m_syncTimesLabel->setText(syncTimesText(status));
    m_bulkProgress->showProgress(status.bulk);
    m_syncNow->setEnabled(status.state != EngineState::Stopped &&
                          status.state != EngineState::Syncing);
    m_pause->setEnabled(status.state != EngineState::Stopped);
    m_signInAgain->setEnabled(status.state == EngineState::NeedsSignIn);
    {
        // The engine's word is the truth; reflecting it must not send it back.
        const QSignalBlocker quiet(m_pause);
        m_pause->setChecked(status.state == EngineState::PausedByAdmin);
    }
    updateTray();
}

void MainWindow::notify(const QString &title, const QString &message)
{
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
}

void MainWindow::updateTray()
{
    if (!m_tray)
        return;
    std::optional<UsageLevel> level;
    QString tooltip = m_orgName.isEmpty() ? tr("SyncDesk") : tr("SyncDesk — %1").arg(m_orgName);
    if (m_lastUsage && m_lastUsage->max > 0) {
        level = usageLevelFor(m_lastUsage->percent());
        const QLocale locale;
        tooltip +=
            u'\n' + tr("%1 of %2 API calls used")
                        .arg(locale.toString(m_lastUsage->used), locale.toString(m_lastUsage->max));
    }
    tooltip += u'\n' + m_engineLabel->text();
    m_tray->showLevel(level, tooltip);
}

void MainWindow::showAndRaise()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(kDefaultSize);
    const int tab = settings.value(kTabKey, 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kTabKey, m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace syncdesk::ui
