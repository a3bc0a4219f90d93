// The alert settings page and history offscreen, wired to a real dispatcher and a real
// SMTP server process: the password goes to the keychain and nowhere else, "Send test
// email" shows its result inline, and the history lists delivered and failed alerts.
#include "alerts/alert_dispatcher.h"
#include "alerts/smtp_settings.h"
#include "alerts_history_model.h"
#include "alerts_history_view.h"
#include "alerts_settings_page.h"
#include "secrets/in_memory_secret_store.h"
#include "smtp_sink_process.h"
#include "store/database.h"
#include "store/settings_store.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 30'000;

template <typename W> W *byName(QWidget &parent, const QString &accessibleName)
{
    for (W *widget : parent.findChildren<W *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    ADD_FAILURE() << "no widget named " << accessibleName.toStdString();
    return nullptr;
}

class AlertsUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_TRUE(m_dir.isValid());
        m_dbPath = m_dir.filePath(u"syncdesk.sqlite"_s);
        const DatabaseConnection connection = Database::open(m_dbPath);
        ASSERT_TRUE(connection.ok());
        m_db = connection.db;
    }

    void TearDown() override
    {
        m_db = QSqlDatabase();
        Database::closeForThisThread(m_dbPath);
        QLocale::setDefault(QLocale::c());
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    QSqlDatabase m_db;
    InMemorySecretStore m_secrets;
};

} // namespace

TEST_F(AlertsUi, SettingsPageSendsATestEmailThroughTheDispatcher)
{
    SmtpSinkProcess sink(m_dir.filePath(u"mail"_s));
    const QString password = u"page-pass-Kw27"_s;
    ASSERT_TRUE(sink.start({.user = u"alerts"_s, .password = password}))
        << sink.error().toStdString();

    AlertDispatcher dispatcher(m_dbPath, &m_secrets);
    AlertsSettingsPage page(m_db, &m_secrets);
    QObject::connect(&page, &AlertsSettingsPage::testEmailRequested, &dispatcher,
                     &AlertDispatcher::sendTestEmail);
    QObject::connect(&dispatcher, &AlertDispatcher::testEmailFinished, &page,
                     &AlertsSettingsPage::showTestResult);
    page.show();

    byName<QLineEdit>(page, u"Alert contact"_s)->setText(u"ops@example.com"_s);
    byName<QLineEdit>(page, u"SMTP server"_s)->setText(u"127.0.0.1"_s);
    byName<QSpinBox>(page, u"SMTP port"_s)->setValue(sink.port());
    QComboBox *security = byName<QComboBox>(page, u"Connection security"_s);
    security->setCurrentIndex(security->findData(u"none"_s));
    byName<QLineEdit>(page, u"SMTP user name"_s)->setText(u"alerts"_s);
    QLineEdit *passwordField = byName<QLineEdit>(page, u"SMTP password"_s);
    EXPECT_EQ(passwordField->echoMode(), QLineEdit::Password);
    passwordField->setText(password);
    byName<QLineEdit>(page, u"Sender address"_s)->setText(u"syncdesk@example.com"_s);
    byName<QCheckBox>(page, u"Alert at 90 %"_s)->setChecked(true);

    QLabel *status = byName<QLabel>(page, u"Alert settings status"_s);
    QTest::mouseClick(byName<QPushButton>(page, u"Send test email"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text() == u"Test email sent."_s; }, kWaitMs))
        << status->text().toStdString();
    ASSERT_EQ(sink.messages().size(), 1);
    EXPECT_EQ(headerOf(sink.messages().at(0), "X-Envelope-To"), "ops@example.com");
    EXPECT_EQ(headerOf(sink.messages().at(0), "X-Auth-User"), "alerts");

    const SettingsStore settings(m_db);
    EXPECT_EQ(settings.value(SettingKeys::SmtpPort), sink.port());
    EXPECT_TRUE(settings.value(SettingKeys::AlertAt90Percent));
    EXPECT_FALSE(settings.value(SettingKeys::AlertAt80Percent));
    EXPECT_EQ(m_secrets.value(SmtpSettings::passwordKey(u"127.0.0.1"_s, u"alerts"_s)),
              password.toUtf8());
    EXPECT_TRUE(passwordField->text().isEmpty()); // never shown again
    QFile dbFile(m_dbPath);
    ASSERT_TRUE(dbFile.open(QIODevice::ReadOnly));
    EXPECT_FALSE(dbFile.readAll().contains(password.toUtf8()));

    // A server that refuses: the failure is shown inline.
    sink.stop();
    QTest::mouseClick(byName<QPushButton>(page, u"Send test email"_s), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return status->text().startsWith(u"The test email failed"_s); }, kWaitMs))
        << status->text().toStdString();
}

TEST_F(AlertsUi, HistoryShowsAFailedAlertWithItsError)
{
    SettingsStore settings(m_db);
    settings.setValue(SettingKeys::ThresholdCalls, 12'000);
    settings.setValue(SettingKeys::AlertContact, u"ops@example.com"_s);
    settings.setValue(SettingKeys::SmtpHost, u"127.0.0.1"_s);
    settings.setValue(SettingKeys::SmtpSecurity, u"none"_s);
    settings.setValue(SettingKeys::SmtpFrom, u"syncdesk@example.com"_s);
    settings.setValue(SettingKeys::SmtpPort, SmtpSinkProcess::freePort());

    AlertDispatcher dispatcher(m_dbPath, &m_secrets);
    dispatcher.setBackoff({.first = 1h, .cap = 1h});
    AlertsHistoryModel model(m_db);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QObject::connect(&dispatcher, &AlertDispatcher::alertFailed, &model,
                     &AlertsHistoryModel::reload);
    AlertsHistoryView view(&model);
    view.show();
    EXPECT_EQ(model.rowCount(), 0);

    QSignalSpy failed(&dispatcher, &AlertDispatcher::alertFailed);
    dispatcher.observeUsage(ApiUsage{12'345, 15'000}, QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(failed.wait(kWaitMs));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, AlertsHistoryModel::LevelColumn).data().toString(), u"Threshold"_s);
    EXPECT_EQ(model.index(0, AlertsHistoryModel::RecipientColumn).data().toString(),
              u"ops@example.com"_s);
    EXPECT_TRUE(model.index(0, AlertsHistoryModel::SubjectColumn)
                    .data()
                    .toString()
                    .contains(u"12,345 of 15,000"_s));
    const QString status = model.index(0, AlertsHistoryModel::StatusColumn).data().toString();
    EXPECT_TRUE(status.startsWith(u"Not delivered (1 attempt"_s)) << status.toStdString();
    EXPECT_FALSE(model.index(0, AlertsHistoryModel::StatusColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    EXPECT_FALSE(model.index(0, AlertsHistoryModel::StatusColumn)
                     .data(AlertsHistoryModel::RawValueRole)
                     .toBool());
}
