// The window's frame: the engine state in words, the tray icon's level dot, and the
// first-run choice, driven through real widgets.
#include "csv_import_runner.h"
#include "engine_status_text.h"
#include "first_run_dialog.h"
#include "store/database.h"
#include "store/record_store.h"
#include "tray_status_icon.h"
#include "usage_level_palette.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

const bool kOffscreenByDefault = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
}();

QDateTime todayAt(int hour, int minute)
{
    return QDateTime(QDate::currentDate(), QTime(hour, minute));
}

template <typename T> T *child(QWidget *parent, int index)
{
    const QList<T *> all = parent->findChildren<T *>();
    return index < all.size() ? all.at(index) : nullptr;
}

} // namespace

TEST(EngineStatusText, SaysWhenCreditsComeBack)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EngineStatus status;
    status.state = EngineState::PausedNoCredits;
    status.nextCheckAt = todayAt(14, 32);
    status.resumesAt = todayAt(15, 40).addDays(1); // the ledger's estimate: information only
    EXPECT_EQ(engineStateText(status), u"Paused: no API credits; next check 14:32"_s);

    status.nextCheckAt = {};
    EXPECT_EQ(engineStateText(status), u"Paused: no API credits"_s);
    status.resumesAt = {};

    status.state = EngineState::DeferredByBudget;
    status.resumesAt = todayAt(9, 5);
    EXPECT_EQ(engineStateText(status), u"Deferred by budget until 09:05"_s);

    // Another day's time carries its date, or "until 09:05" would mean today.
    status.resumesAt = todayAt(9, 5).addDays(1);
    EXPECT_NE(engineStateText(status), u"Deferred by budget until 09:05"_s);
    EXPECT_TRUE(engineStateText(status).startsWith(u"Deferred by budget until "_s));
}

TEST(EngineStatusText, EveryStateHasWords)
{
    for (const EngineState state :
         {EngineState::Idle, EngineState::Syncing, EngineState::PausedByAdmin,
          EngineState::PausedNoCredits, EngineState::DeferredByBudget, EngineState::NeedsSignIn,
          EngineState::Stopped}) {
        EngineStatus status;
        status.state = state;
        EXPECT_FALSE(engineStateText(status).isEmpty());
        // Script names round-trip, so the CLI's --json can be read back.
        EXPECT_EQ(engineStateFromName(engineStateName(state)), state);
    }
    EXPECT_EQ(engineStateFromName(u"asleep"_s), std::nullopt);
}

TEST(EngineStatusText, SyncTimesLeaveOutWhatIsUnknown)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EngineStatus status;
    EXPECT_EQ(syncTimesText(status), QString());
    status.lastSyncAt = todayAt(14, 2);
    EXPECT_EQ(syncTimesText(status), u"Last sync 14:02"_s);
    status.nextSyncAt = todayAt(14, 7);
    EXPECT_EQ(syncTimesText(status), u"Last sync 14:02 · next 14:07"_s);
}

TEST(TrayStatusIcon, DotTakesTheLevelColour)
{
    for (const UsageLevel level : {UsageLevel::Green, UsageLevel::Orange, UsageLevel::Red}) {
        const QImage image = TrayStatusIcon::iconFor(level).pixmap(32, 32).toImage();
        // The dot's centre is in the lower right quarter.
        const QColor painted = image.pixelColor(24, 24);
        const QColor expected = usageLevelColor(level);
        EXPECT_LT(std::abs(painted.red() - expected.red()), 8);
        EXPECT_LT(std::abs(painted.green() - expected.green()), 8);
        EXPECT_LT(std::abs(painted.blue() - expected.blue()), 8);
    }
    const QImage plain = TrayStatusIcon::iconFor(std::nullopt).pixmap(32, 32).toImage();
    EXPECT_NE(plain.pixelColor(24, 24), usageLevelColor(UsageLevel::Red));
}

TEST(TrayStatusIcon, MenuCarriesTheWindowActions)
{
    QAction show(u"Show"_s), syncNow(u"Sync now"_s), pause(u"Pause"_s), quit(u"Quit"_s);
    TrayStatusIcon tray(&show, &syncNow, &pause, &quit);
    ASSERT_NE(tray.contextMenu(), nullptr);
    EXPECT_TRUE(tray.contextMenu()->actions().contains(&syncNow));
    EXPECT_TRUE(tray.contextMenu()->actions().contains(&pause));
    tray.showLevel(UsageLevel::Orange, u"83 %"_s);
    EXPECT_EQ(tray.shownLevel(), UsageLevel::Orange);
    EXPECT_EQ(tray.toolTip(), u"83 %"_s);
}

TEST(FirstRunDialog, SandboxOrgIsTheDefaultChoice)
{
    FirstRunDialog dialog;
    dialog.open();
    QSignalSpy chosen(&dialog, &FirstRunDialog::chosen);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_EQ(chosen.count(), 1);
    const auto choice = chosen.at(0).at(0).value<FirstRunChoice>();
    EXPECT_EQ(choice.kind, FirstRunChoice::Kind::ExploreSandboxOrg);
    EXPECT_FALSE(dialog.isVisible());
}

TEST(FirstRunDialog, SalesforceNeedsAConsumerKeyAndAValidMyDomain)
{
    FirstRunDialog dialog;
    dialog.open();
    QSignalSpy chosen(&dialog, &FirstRunDialog::chosen);
    auto *connect = child<QRadioButton>(&dialog, 1);
    auto *loginKind = dialog.findChild<QComboBox *>();
    auto *myDomain = child<QLineEdit>(&dialog, 0);
    auto *consumerKey = child<QLineEdit>(&dialog, 1);
    auto *problem = dialog.findChild<QLabel *>(u"firstRunProblem"_s);
    ASSERT_TRUE(connect && loginKind && myDomain && consumerKey && problem);

    EXPECT_FALSE(consumerKey->isEnabled());
    // A radio button takes clicks on its mark and label, not on the whole row.
    QTest::mouseClick(connect, Qt::LeftButton, {}, QPoint(8, connect->height() / 2));
    EXPECT_TRUE(consumerKey->isEnabled());
    EXPECT_FALSE(myDomain->isEnabled()); // production is the default host

    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(chosen.count(), 0);
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(dialog.isVisible());

    loginKind->setCurrentIndex(2);
    EXPECT_TRUE(myDomain->isEnabled());
    QTest::keyClicks(myDomain, u"https://evil.example.com"_s);
    QTest::keyClicks(consumerKey, u"3MVG9-test-key"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(chosen.count(), 0);
    EXPECT_FALSE(problem->text().isEmpty());

    myDomain->clear();
    QTest::keyClicks(myDomain, u"acme"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_EQ(chosen.count(), 1);
    const auto choice = chosen.at(0).at(0).value<FirstRunChoice>();
    EXPECT_EQ(choice.kind, FirstRunChoice::Kind::ConnectSalesforce);
    ASSERT_TRUE(choice.loginHost);
    EXPECT_EQ(choice.loginHost->kind(), LoginHost::Kind::MyDomain);
    EXPECT_EQ(choice.loginHost->url().host(), u"acme.my.salesforce.com"_s);
    EXPECT_EQ(choice.consumerKey, u"3MVG9-test-key"_s);
}

// Inline warnings and errors keep their contrast whichever way the theme goes.
TEST(DarkPalette, MessagesStayReadableOnLightAndDarkWindows)
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    for (const QPalette &palette : {light, dark}) {
        const QColor window = palette.color(QPalette::Window);
        for (const MessageSeverity severity : {MessageSeverity::Warning, MessageSeverity::Error}) {
            EXPECT_GE(contrastRatio(messageColor(severity, palette), window), 4.5)
                << window.name().toStdString();
        }
    }
    // The same colour on both would fail one of the two.
    EXPECT_NE(messageColor(MessageSeverity::Error, light),
              messageColor(MessageSeverity::Error, dark));
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
}

// The window's CSV import runs off the GUI thread and reports back: all of a good file, or
// none of a bad one with its lines named.
TEST(CsvImportRunner, ImportsAllOrNothingAwayFromTheGuiThread)
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"import.sqlite"_s);
    const DatabaseConnection connection = Database::open(dbPath);
    ASSERT_TRUE(connection.ok());
    const auto write = [&dir](const QString &name, const QByteArray &text) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return file.fileName();
    };
    const QString good = write(u"good.csv"_s, "FirstName,LastName,Email\n"
                                              "Ada,Lovelace,ada@example.test\n"
                                              "Alan,Turing,alan@example.test\n");
    const QString bad = write(u"bad.csv"_s, "FirstName,LastName,Email\n"
                                            "Grace,Hopper,grace@example.test\n"
                                            "Bob,,bob@\n");

    CsvImportRunner runner(dbPath);
    QSignalSpy finished(&runner, &CsvImportRunner::finished);
    ASSERT_TRUE(runner.start(CsvImportKind::People, good));
    EXPECT_FALSE(runner.start(CsvImportKind::People, good)); // one at a time
    ASSERT_TRUE(finished.wait(10'000));
    auto result = finished.takeFirst().at(1).value<ImportResult>();
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.rowsImported, 2);
    EXPECT_EQ(RecordStore(connection.db).count(RecordKind::Person), 2);
    EXPECT_TRUE(
        CsvImportRunner::summary(CsvImportKind::People, result).startsWith(u"Imported 2"_s));

    ASSERT_TRUE(runner.start(CsvImportKind::People, bad));
    ASSERT_TRUE(finished.wait(10'000));
    result = finished.takeFirst().at(1).value<ImportResult>();
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(RecordStore(connection.db).count(RecordKind::Person), 2);
    const QString summary = CsvImportRunner::summary(CsvImportKind::People, result);
    EXPECT_TRUE(summary.contains(u"line 3"_s)) << summary.toStdString();
    Database::closeForThisThread(dbPath);
}
