// A team-mode console's tabs on PostgreSQL (issue 15): the window's models run their SQL on
// the server's store and list what they list on SQLite (names read from the records' JSON,
// searches that ignore case, rows without a next retry sorted as SQLite sorts them); and
// the whole window over a TeamConsoleControl, with its role-and-engine label, screenshots
// saved for people to look at.
#include "alerts_history_model.h"
#include "alerts_settings_page.h"
#include "api_limits_page.h"
#include "conflict_list_model.h"
#include "csv_import_runner.h"
#include "desktop_session.h"
#include "failure_list_model.h"
#include "field_configuration_page.h"
#include "first_run_dialog.h"
#include "main_window.h"
#include "postgres_test.h"
#include "secrets/in_memory_secret_store.h"
#include "store/alert_store.h"
#include "store/database.h"
#include "store/engine_presence_store.h"
#include "store/postgres_database.h"
#include "store/team_events.h"
#include "sync/team_console_control.h"
#include "sync_failures_page.h"
#include "sync_log_model.h"
#include "team_console_wiring.h"
#include "team_database_choice.h"
#include "team_mode_label.h"
#include "team_roles.h"
#include "threshold_dialog.h"
#include "usage_history_model.h"
#include "window_screenshot.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk::ui;

namespace syncdesk::test {
namespace {

class TeamConsoleModels : public PostgresTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(PostgresTest::SetUp());
        m_location = databaseUrl();
        PostgresDatabase::rememberPassword(*DatabaseUrl::parse(m_location), rolePassword());
        const DatabaseConnection opened = Database::open(m_location);
        ASSERT_TRUE(opened.ok()) << opened.error->message.toStdString();
        m_db = opened.db;
        ASSERT_NO_FATAL_FAILURE(seed());
    }

    void TearDown() override
    {
        m_db = QSqlDatabase();
        Database::closeForThisThread(m_location);
    }

    void exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        ASSERT_TRUE(query.exec(sql))
            << query.lastError().text().toStdString() << " in " << sql.toStdString();
    }

    // A person, an account and a logged call, each failed once; a run, an alert, a conflict,
    // the ledger's calls and the org's usage over the last hour.
    void seed()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString t = QString::number(now - 60'000);
        exec(u"INSERT INTO records (id, kind, crm_object, crm_id, fields_json, sync_state, "
             "updated_at) VALUES (1, 'person', 'Contact', '003AAA', "
             "'{\"FirstName\":\"Ada\",\"LastName\":\"Lovelace\"}', 'failed', "_s +
             t + u"), (2, 'account', 'Account', '001BBB', '{\"Name\":\"Acme\"}', 'failed', "_s + t +
             u")"_s);
        exec(u"INSERT INTO activities (id, external_id, kind, record_id, subject, occurred_at, "
             "sync_state, created_at) VALUES (1, 'call-1', 'call', 1, 'Call with Ada', "_s +
             t + u", 'failed', "_s + t + u")"_s);
        exec(u"INSERT INTO sync_failures (item_kind, item_id, category, sf_status_code, message, "
             "attempts, first_failed_at, last_try_at, next_retry_at) VALUES "
             "('record', 1, 'validation', 'FIELD_CUSTOM_VALIDATION_EXCEPTION', 'Title is "
             "required', 1, "_s +
             t + u", "_s + t + u", NULL), ('record', 2, 'transient', NULL, 'timed out', 2, "_s +
             QString::number(now - 50'000) + u", "_s + t + u", "_s +
             QString::number(now + 600'000) +
             u"), ('activity', 1, 'auth', NULL, 'session "
             "expired', 1, "_s +
             QString::number(now - 40'000) + u", "_s + t + u", "_s +
             QString::number(now + 300'000) + u")"_s);
        exec(u"INSERT INTO sync_runs (kind, started_at, finished_at, calls, items_ok, "
             "items_failed, summary) VALUES ('outbound', "_s +
             t + u", "_s + t + u", 2, 5, 1, '5 sent, 1 failed')"_s);
        exec(u"INSERT INTO alerts (sent_at, kind, level, recipient, subject, delivered) VALUES "_s
             u"("_s +
             t + u", 'threshold', 'warning', 'ops@example.com', 'API usage at 80%', 1)"_s);
        exec(u"INSERT INTO sync_conflicts (record_id, field, local_value, crm_value, winner, "
             "decided_at) VALUES (1, 'Title', 'CEO', 'CTO', 'crm', "_s +
             t + u")"_s);
        for (int i = 0; i < 6; ++i) {
            const QString at = QString::number(now - 3'000'000 + i * 500'000);
            exec(u"INSERT INTO api_calls (called_at, category, endpoint, http_status, org_used, "
                 "org_max) VALUES ("_s +
                 at + u", 'outbound_update', '/services/data/v60.0/composite', 200, "_s +
                 QString::number(4000 + i * 10) + u", 15000)"_s);
            exec(u"INSERT INTO usage_samples (sampled_at, used, max_allowed, source) VALUES ("_s +
                 at + u", "_s + QString::number(4000 + i * 10) + u", 15000, 'header')"_s);
        }
    }

    QString m_location;
    QSqlDatabase m_db;
};

QStringList namesOf(const FailureListModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, FailureListModel::RecordColumn).data().toString());
    return names;
}

TEST_F(TeamConsoleModels, TheFailureListReadsNamesSearchesAndSortsAsOnSqlite)
{
    FailureListModel model(m_db);
    QSignalSpy failed(&model, &FailureListModel::queryFailed);
    model.reload();
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_EQ(model.totalCount(), 3);
    EXPECT_EQ(namesOf(model).size(), 3);
    EXPECT_TRUE(namesOf(model).contains(u"Ada Lovelace"_s))
        << namesOf(model).join(u", "_s).toStdString();
    EXPECT_TRUE(namesOf(model).contains(u"Acme"_s));
    EXPECT_TRUE(namesOf(model).contains(u"Call with Ada"_s));

    // SQLite's LIKE ignores case; the search does on PostgreSQL too.
    model.setTextFilter(u"ada"_s);
    EXPECT_EQ(model.totalCount(), 2);
    model.setTextFilter(u"ACME"_s);
    EXPECT_EQ(model.totalCount(), 1);
    EXPECT_EQ(namesOf(model), QStringList{u"Acme"_s});
    model.setTextFilter(u"003aaa"_s);
    EXPECT_EQ(namesOf(model), QStringList{u"Ada Lovelace"_s});
    model.setTextFilter(QString());

    // No next retry (NULL) sorts first ascending and last descending, as on SQLite.
    model.sort(FailureListModel::NextRetryColumn, Qt::AscendingOrder);
    EXPECT_EQ(namesOf(model), (QStringList{u"Ada Lovelace"_s, u"Call with Ada"_s, u"Acme"_s}));
    model.sort(FailureListModel::NextRetryColumn, Qt::DescendingOrder);
    EXPECT_EQ(namesOf(model), (QStringList{u"Acme"_s, u"Call with Ada"_s, u"Ada Lovelace"_s}));
    EXPECT_TRUE(failed.isEmpty()) << failed.value(0).value(0).toString().toStdString();
}

TEST_F(TeamConsoleModels, TheOtherTabsModelsReadTheServersStore)
{
    SyncLogModel runs(m_db);
    EXPECT_EQ(runs.rowCount(), 1);
    AlertsHistoryModel alerts(m_db);
    EXPECT_EQ(alerts.rowCount(), 1);
    ConflictListModel conflicts(m_db);
    EXPECT_EQ(conflicts.rowCount(), 1);
    UsageHistoryModel usage(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_FALSE(usage.rollingDay(now).isEmpty());
    EXPECT_FALSE(usage.lastWeek(now, QTimeZone::systemTimeZone()).isEmpty());
    EXPECT_TRUE(usage.sampleAt(now).has_value());
    EXPECT_FALSE(usage.forecastSamples(now).isEmpty());
    EXPECT_TRUE(usage.lastError().isEmpty()) << usage.lastError().toStdString();
}

TEST_F(TeamConsoleModels, TheConsoleWindowShowsRoleAndEngineOnEveryTab)
{
    EngineStatus idle;
    idle.state = EngineState::Syncing;
    idle.pendingChanges = 3;
    idle.lastSyncAt = QDateTime::currentDateTimeUtc().addSecs(-90);
    EnginePresence presence;
    presence.host = u"engine-host-b"_s;
    presence.pid = 4242;
    presence.startedAt = presence.updatedAt = QDateTime::currentDateTimeUtc();
    presence.status = idle.toJson();
    ASSERT_TRUE(EnginePresenceStore(m_db).announce(presence));

    TeamConsoleControl console(m_location);
    QString error;
    ASSERT_TRUE(console.start(&error)) << error.toStdString();
    InMemorySecretStore secrets;
    ui::MainWindow window(m_db, &console, &secrets);
    ui::wireTeamConsole(&window, &console);
    window.showOrg(u"Acme Corp"_s, QUrl(u"https://acme.my.salesforce.com"_s));
    window.showConnectionState(ConnectionState::Connected, u"Team database"_s);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto *label = window.findChild<ui::TeamModeLabel *>(u"teamModeLabel"_s);
    ASSERT_TRUE(label);
    EXPECT_EQ(label->text(), u"Team mode · owner · engine on engine-host-b:"_s);
    EXPECT_TRUE(label->isVisible());
    // Readable: the label gets at least the width its text needs.
    EXPECT_GE(label->width(), label->fontMetrics().horizontalAdvance(label->text()));
    for (int tab = 0; tab < window.tabs()->count(); ++tab) {
        window.tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(window.syncFailuresPage()->model()->totalCount(), 3);
    window.tabs()->setCurrentIndex(0);
    saveWindowScreenshot(&window, u"team_console_owner"_s);

    // The engine emails a threshold alert: the console tells its admin once, as a
    // workstation's own dispatcher would.
    AlertRecord alert;
    alert.sentAt = QDateTime::currentDateTimeUtc();
    alert.kind = u"threshold_crossed"_s;
    alert.level = u"threshold"_s;
    alert.recipient = u"ops@example.com"_s;
    alert.subject = u"API usage past 12,000 calls"_s;
    const std::optional<qint64> alertId = AlertStore(m_db).add(alert);
    ASSERT_TRUE(alertId);
    ASSERT_TRUE(AlertStore(m_db).markDelivered(*alertId, alert.sentAt, 1));
    ASSERT_TRUE(TeamEvents::notify(m_db, TeamEvents::EventsChannel, QString(TeamEvents::Alerts)));
    QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                              u"The engine emailed ops@example.com: API usage past 12,000 calls"_s,
                              5000);
    QTRY_COMPARE_WITH_TIMEOUT(window.alertsHistory()->rowCount(), 2, 5000);

    // File > Import on a team console: the import's own thread opens the server's store (the
    // URL), not a SQLite file named after the database.
    auto *import = window.findChild<ui::CsvImportRunner *>();
    ASSERT_TRUE(import);
    QTemporaryDir csvDir;
    const QString csv = csvDir.filePath(u"people.csv"_s);
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("FirstName,LastName,Email\nGrace,Hopper,grace@navy.example.mil\n");
    }
    QSignalSpy imported(import, &ui::CsvImportRunner::finished);
    ASSERT_TRUE(import->start(CsvImportKind::People, csv));
    ASSERT_TRUE(imported.wait(10000));
    EXPECT_TRUE(imported.at(0).at(1).value<ImportResult>().ok());
    QSqlQuery people(m_db);
    ASSERT_TRUE(people.exec(u"SELECT COUNT(*) FROM records WHERE kind = 'person'"_s) &&
                people.next());
    EXPECT_EQ(people.value(0).toInt(), 2);
    EXPECT_FALSE(QFile::exists(u"syncdesk_test_"_s + QString::number(s_databaseCount)));

    // The engine goes quiet: the label says so once the row is stale.
    console.setStaleAfter(300);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"silent"_s), 5000);
    EXPECT_EQ(label->text(), u"Team mode · owner · engine on engine-host-b, silent:"_s);
}

TEST_F(TeamConsoleModels, AViewersWindowGreysOutTheAdminActionsAndSaysWhy)
{
    QString error;
    ASSERT_EQ(runTeamRolesScript(cluster(), databaseName(), &error), 0) << error.toStdString();
    const QByteArray password = cluster().createRole(u"vic"_s, &error);
    ASSERT_FALSE(password.isEmpty()) << error.toStdString();
    ASSERT_TRUE(cluster().superuserExec(u"GRANT syncdesk_viewer TO vic"_s, &error));
    const QString viewerLocation = cluster().url(u"vic"_s, databaseName());
    PostgresDatabase::rememberPassword(*DatabaseUrl::parse(viewerLocation), password);
    {
        const DatabaseConnection viewer = Database::open(viewerLocation);
        ASSERT_TRUE(viewer.ok()) << viewer.error->message.toStdString();
        TeamConsoleControl console(viewerLocation);
        ASSERT_TRUE(console.start(&error)) << error.toStdString();
        InMemorySecretStore secrets;
        ui::MainWindow window(viewer.db, &console, &secrets);
        ui::wireTeamConsole(&window, &console);
        window.showOrg(u"Acme Corp"_s, QUrl(u"https://acme.my.salesforce.com"_s));
        window.showConnectionState(ConnectionState::Connected, u"Team database"_s);
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

        auto *label = window.findChild<ui::TeamModeLabel *>(u"teamModeLabel"_s);
        ASSERT_TRUE(label);
        EXPECT_EQ(label->text(), u"Team mode · viewer · no engine:"_s);
        QPushButton *threshold = window.apiLimitsPage()->setThresholdButton();
        EXPECT_FALSE(threshold->isEnabled());
        EXPECT_TRUE(threshold->toolTip().contains(u"viewer"_s));
        // Selecting a failure enables Retry for an admin; for a viewer it stays grey.
        window.tabs()->setCurrentWidget(window.syncFailuresPage());
        window.syncFailuresPage()->model()->reload();
        QTableView *table = window.syncFailuresPage()->findChild<QTableView *>();
        ASSERT_TRUE(table);
        table->selectRow(0);
        EXPECT_FALSE(window.syncFailuresPage()->retryAction()->isEnabled());
        EXPECT_FALSE(window.syncFailuresPage()->dismissAction()->isEnabled());
        EXPECT_FALSE(window.syncNowAction()->isEnabled());
        EXPECT_TRUE(window.syncFailuresPage()->retryAction()->toolTip().contains(u"viewer"_s));
        saveWindowScreenshot(&window, u"team_console_viewer_failures"_s);

        // Pages that write the store themselves: greyed, and should a save get through to
        // the database, its refusal is told in the role's words.
        ui::FieldConfigurationPage *fields = window.fieldConfigurationPage();
        EXPECT_FALSE(fields->saveButton()->isEnabled());
        EXPECT_FALSE(fields->save());
        EXPECT_EQ(fields->messageLabel()->text(),
                  u"Your database role (viewer) may not change the field configuration."_s);
        EXPECT_FALSE(window.alertsSettingsPage()->saveButton()->isEnabled());
        EXPECT_FALSE(window.alertsSettingsPage()->sendTestButton()->isEnabled());
        // The engine needs a new sign-in: that is done on its host, not here.
        EngineStatus needsSignIn;
        needsSignIn.state = EngineState::NeedsSignIn;
        window.showEngineStatus(needsSignIn);
        EXPECT_FALSE(window.signInAgainAction()->isEnabled());
        EXPECT_TRUE(window.signInAgainAction()->toolTip().contains(u"syncdesk-cli connect"_s));
    }
    Database::closeForThisThread(viewerLocation);
}

TEST(FirstRunTeamDatabase, TheDialogOffersATeamDatabaseAndChecksItsUrl)
{
    FirstRunDialog dialog;
    dialog.open();
    QSignalSpy chosen(&dialog, &FirstRunDialog::chosen);
    auto *problem = dialog.findChild<QLabel *>(u"firstRunProblem"_s);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(dialog.teamUrlEdit()->isEnabled());
    dialog.joinTeamButton()->setChecked(true);
    EXPECT_TRUE(dialog.teamUrlEdit()->isEnabled());
    EXPECT_EQ(dialog.teamPasswordEdit()->echoMode(), QLineEdit::Password);

    // A SQLite file is not a team database; a URL with a password in it is refused too.
    for (const QString &wrong :
         {u"/home/ann/syncdesk.sqlite"_s, u"postgresql://ann:secret@db.example/syncdesk"_s}) {
        dialog.teamUrlEdit()->setText(wrong);
        QTest::mouseClick(ok, Qt::LeftButton);
        EXPECT_EQ(chosen.count(), 0) << wrong.toStdString();
        EXPECT_FALSE(problem->isHidden());
        EXPECT_FALSE(problem->text().contains(u"secret"_s));
    }

    dialog.teamUrlEdit()->setText(u" postgresql://ann@db.example/syncdesk?sslmode=verify-full "_s);
    QTest::keyClicks(dialog.teamPasswordEdit(), u"s3cret"_s);
    problem->hide();
    saveWindowScreenshot(&dialog, u"first_run_team_database"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_EQ(chosen.count(), 1);
    const auto choice = chosen.at(0).at(0).value<FirstRunChoice>();
    EXPECT_EQ(choice.kind, FirstRunChoice::Kind::JoinTeamDatabase);
    EXPECT_EQ(choice.teamDatabase, u"postgresql://ann@db.example/syncdesk?sslmode=verify-full"_s);
    EXPECT_EQ(choice.databasePassword, QByteArray("s3cret"));
}

TEST(FirstRunTeamDatabase, TheChoiceIsKeptInTheDataFolderForTheNextStart)
{
    QTemporaryDir dir;
    const std::optional<AppPaths> paths = AppPaths::prepare(dir.path());
    ASSERT_TRUE(paths);
    EXPECT_TRUE(TeamDatabaseChoice::saved(*paths).isEmpty());
    ASSERT_TRUE(TeamDatabaseChoice::save(*paths, u"postgresql://ann@db.example/syncdesk"_s));
    EXPECT_EQ(TeamDatabaseChoice::saved(*paths), u"postgresql://ann@db.example/syncdesk"_s);
}

// The whole path of a new workstation: no org yet, the first-run dialog's team database, the
// password to the (here in-memory) keychain, and the window turns into the team's console.
TEST_F(TeamConsoleModels, TheFirstRunDialogTurnsTheWindowIntoATeamConsole)
{
    qputenv("SYNCDESK_IN_MEMORY_SECRETS", "1");
    QTemporaryDir dir;
    const std::optional<AppPaths> paths = AppPaths::prepare(dir.path());
    ASSERT_TRUE(paths);
    // A URL of its own, so that its password is remembered only by the dialog's path.
    const QString joined = m_location + u"&application_name=joined"_s;
    ui::DesktopSession session(*paths);
    QString error;
    ASSERT_TRUE(session.start({}, &error)) << error.toStdString();
    const auto join = [&](const QString &password) {
        FirstRunDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            session.window() && (dialog = session.window()->findChild<FirstRunDialog *>()), 5000);
        dialog->joinTeamButton()->setChecked(true);
        dialog->teamUrlEdit()->setText(joined);
        dialog->teamPasswordEdit()->setText(password);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    };
    // A wrong password: the server refuses it, the window stays this workstation's, says
    // so, and offers the choice again.
    join(u"not-the-password"_s);
    QMessageBox *problem = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        session.window() && (problem = session.window()->findChild<QMessageBox *>()), 10000);
    EXPECT_TRUE(problem->text().startsWith(u"The team database cannot be opened"_s))
        << problem->text().toStdString();
    EXPECT_FALSE(problem->text().contains(u"not-the-password"_s));
    EXPECT_FALSE(session.window()->findChild<ui::TeamModeLabel *>());
    EXPECT_TRUE(TeamDatabaseChoice::saved(*paths).isEmpty());
    problem->close();

    join(QString::fromLatin1(rolePassword()));

    QTRY_VERIFY_WITH_TIMEOUT(session.window() && session.window()->findChild<ui::TeamModeLabel *>(),
                             5000);
    EXPECT_EQ(session.window()->findChild<ui::TeamModeLabel *>()->text(),
              u"Team mode · owner · no engine:"_s);
    EXPECT_EQ(session.window()->syncFailuresPage()->model()->totalCount(), 3);
    EXPECT_EQ(TeamDatabaseChoice::saved(*paths), joined);
    qunsetenv("SYNCDESK_IN_MEMORY_SECRETS");
}

} // namespace
} // namespace syncdesk::test
