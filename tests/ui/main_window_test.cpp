#include "../support/dark_desktop_palette.h"
#include "../support/window_screenshot.h"
#include "api_usage_group.h"
#include "main_window.h"
#include "secrets/in_memory_secret_store.h"
#include "store/database.h"
#include "sync/sync_control.h"
#include "usage_level_palette.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

// gtest_discover_tests runs this binary at build time, outside ctest's
// ENVIRONMENT, where there may be no display: default to offscreen before
// main() creates the QApplication.
const bool kOffscreenByDefault = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
}();

// Records what the window asks of the engine, and plays its status back.
class RecordingSyncControl : public SyncControl
{
public:
    EngineStatus status() const override { return current; }
    void syncNow() override { ++syncNowCalls; }
    void setPaused(bool paused) override { pausedRequests.append(paused); }
    void retryFailures(const QList<qint64> &) override {}
    void dismissFailures(const QList<qint64> &) override {}
    void reloadConfiguration() override {}
    void refreshUsage() override { ++refreshCalls; }

    void report(const EngineStatus &status)
    {
        current = status;
        Q_EMIT statusChanged(status);
    }

    EngineStatus current;
    int syncNowCalls = 0;
    int refreshCalls = 0;
    QList<bool> pausedRequests;
};

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_TRUE(dir.isValid());
        dbPath = dir.filePath(u"window.sqlite"_s);
        const DatabaseConnection connection = Database::open(dbPath);
        ASSERT_TRUE(connection.ok());
        window = std::make_unique<MainWindow>(connection.db, &control, &secrets);
        window->showOrg(u"Sandbox org"_s, {});
        window->show();
    }

    void TearDown() override
    {
        window.reset();
        Database::closeForThisThread(dbPath);
    }

    void feed(qint64 used, qint64 max)
    {
        window->showUsage({used, max}, UsageSource::LimitsResource,
                          QDateTime(QDate(2024, 5, 7), QTime(14, 3, 12)));
    }

    // The colour the bar's filled part is actually painted in.
    QColor paintedChunkColor() const
    {
        QProgressBar *bar = window->apiUsageGroup()->progressBar();
        const QImage image = bar->grab().toImage();
        return image.pixelColor(image.width() / 10, image.height() / 2);
    }

    QTemporaryDir dir;
    QString dbPath;
    RecordingSyncControl control;
    InMemorySecretStore secrets;
    std::unique_ptr<MainWindow> window;
};

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12 &&
           std::abs(a.blue() - b.blue()) < 12;
}

} // namespace

TEST_F(MainWindowTest, TitleAndTab)
{
    EXPECT_EQ(window->windowTitle(), QStringLiteral("SyncDesk — Sandbox org"));
    EXPECT_EQ(window->apiUsageGroup()->title(), QStringLiteral("Total API Calls Used"));
}

TEST_F(MainWindowTest, ShowsOrangeUsageWithLocaleFormattedCounts)
{
    feed(12'480, 15'000);
    ApiUsageGroup *group = window->apiUsageGroup();
    EXPECT_EQ(group->progressBar()->maximum(), 15'000);
    EXPECT_EQ(group->progressBar()->value(), 12'480);
    EXPECT_EQ(group->usageLabelText(), QStringLiteral("12,480 of 15,000 — 83 %"));
    EXPECT_EQ(group->remainingText(), QStringLiteral("2,520 calls left in the rolling 24 hours"));
    EXPECT_TRUE(group->lastUpdateText().contains(QStringLiteral("3:12")))
        << group->lastUpdateText().toStdString();
    EXPECT_EQ(group->level(), UsageLevel::Orange);
    EXPECT_EQ(group->progressBar()->property("usageLevel").toString(), QStringLiteral("orange"));
    const QColor painted = paintedChunkColor();
    EXPECT_TRUE(near(painted, usageLevelColor(UsageLevel::Orange))) << painted.name().toStdString();
}

TEST_F(MainWindowTest, ColourFollowsTheLevelBoundaries)
{
    feed(11'999, 15'000);
    EXPECT_EQ(window->apiUsageGroup()->level(), UsageLevel::Green);
    EXPECT_TRUE(near(paintedChunkColor(), usageLevelColor(UsageLevel::Green)));
    feed(13'500, 15'000);
    EXPECT_EQ(window->apiUsageGroup()->level(), UsageLevel::Red);
    EXPECT_TRUE(near(paintedChunkColor(), usageLevelColor(UsageLevel::Red)));
    EXPECT_EQ(window->apiUsageGroup()->usageLabelText(), QStringLiteral("13,500 of 15,000 — 90 %"));
}

TEST_F(MainWindowTest, PercentIsRoundedDownSoTextAndColourAgree)
{
    feed(13'499, 15'000); // 89.99 %
    EXPECT_EQ(window->apiUsageGroup()->usageLabelText(), QStringLiteral("13,499 of 15,000 — 89 %"));
    EXPECT_EQ(window->apiUsageGroup()->level(), UsageLevel::Orange);
}

TEST_F(MainWindowTest, AFewCallsDoNotReadAsZeroPercent)
{
    feed(3, 15'000);
    EXPECT_EQ(window->apiUsageGroup()->usageLabelText(), QStringLiteral("3 of 15,000 — < 1 %"));
    feed(0, 15'000);
    EXPECT_EQ(window->apiUsageGroup()->usageLabelText(), QStringLiteral("0 of 15,000 — 0 %"));
}

TEST_F(MainWindowTest, OverTheLimitFillsTheBar)
{
    feed(110'018, 100'000);
    QProgressBar *bar = window->apiUsageGroup()->progressBar();
    EXPECT_EQ(bar->value(), bar->maximum());
    EXPECT_EQ(window->apiUsageGroup()->usageLabelText(),
              QStringLiteral("110,018 of 100,000 — 110 %"));
    EXPECT_EQ(window->apiUsageGroup()->remainingText(),
              QStringLiteral("10,018 calls over the org's allocation"));
    EXPECT_EQ(window->apiUsageGroup()->level(), UsageLevel::Red);
}

TEST_F(MainWindowTest, StatusBarFollowsTheConnection)
{
    window->showConnectionState(ConnectionState::StartingSandbox, {});
    EXPECT_EQ(window->statusText(), QStringLiteral("Starting sandbox org…"));
    window->showConnectionState(ConnectionState::SigningIn, QStringLiteral("http://127.0.0.1:5"));
    EXPECT_EQ(window->statusText(), QStringLiteral("Signing in…"));
    window->showConnectionState(ConnectionState::Connected, QStringLiteral("http://127.0.0.1:5"));
    EXPECT_EQ(window->statusText(),
              QStringLiteral("Connected to Sandbox org at http://127.0.0.1:5"));
    window->showConnectionState(ConnectionState::Failed,
                                QStringLiteral("The sandbox org exited with code 3.\nport taken"));
    EXPECT_TRUE(window->statusText().contains(QStringLiteral("exited with code 3")));
    EXPECT_FALSE(window->statusText().contains(QStringLiteral("port taken")));
}

TEST_F(MainWindowTest, HasTheAdminsTabs)
{
    QStringList titles;
    for (int i = 0; i < window->tabs()->count(); ++i)
        titles << window->tabs()->tabText(i);
    EXPECT_EQ(titles, (QStringList{u"API Limits"_s, u"Field Configuration"_s, u"Sync Failures"_s,
                                   u"Activity"_s, u"Alerts"_s}));
}

TEST_F(MainWindowTest, StatusBarShowsWhatTheEngineDoes)
{
    EngineStatus status;
    status.state = EngineState::PausedNoCredits;
    status.nextCheckAt = QDateTime(QDate::currentDate(), QTime(15, 40));
    control.report(status);
    EXPECT_EQ(window->engineStatusText(), u"Paused: no API credits; next check 3:40 PM"_s);
    // Nothing to sync now, but pausing stays possible.
    EXPECT_TRUE(window->syncNowAction()->isEnabled());

    status.state = EngineState::Stopped;
    control.report(status);
    EXPECT_FALSE(window->syncNowAction()->isEnabled());
    EXPECT_FALSE(window->pauseAction()->isEnabled());
}

TEST_F(MainWindowTest, SyncNowAndPauseReachTheEngine)
{
    EngineStatus idle;
    idle.state = EngineState::Idle;
    control.report(idle);

    // Shortcuts reach the active window only.
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keySequence(window.get(), QKeySequence::Refresh);
    EXPECT_EQ(control.syncNowCalls, 1);

    window->pauseAction()->trigger();
    EXPECT_EQ(control.pausedRequests, QList<bool>{true});
    // The engine confirms; showing it must not ask again.
    EngineStatus paused;
    paused.state = EngineState::PausedByAdmin;
    control.report(paused);
    EXPECT_TRUE(window->pauseAction()->isChecked());
    EXPECT_EQ(control.pausedRequests.size(), 1);

    window->pauseAction()->trigger();
    EXPECT_EQ(control.pausedRequests, (QList<bool>{true, false}));
}

TEST_F(MainWindowTest, RemembersTheLastTabAndGeometry)
{
    window->tabs()->setCurrentIndex(2);
    window->resize(1000, 640);
    window->close();

    const DatabaseConnection connection = Database::forThisThread(dbPath);
    MainWindow again(connection.db, &control, &secrets);
    EXPECT_EQ(again.tabs()->currentIndex(), 2);
    EXPECT_EQ(again.size(), QSize(1000, 640));
}

// The whole window in a dark palette, as an admin with a dark desktop sees it: every
// label's text must stand out from the window behind it (no colour fixed for a light
// theme), and the grab is kept for a person to look at.
TEST_F(MainWindowTest, DarkPaletteKeepsEveryLabelReadable)
{
    const QPalette dark = test::darkDesktopPalette();
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    feed(12'480, 15'000);
    QApplication::processEvents();

    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(window.get()) || label->text().isEmpty())
            continue;
        const QColor text = label->palette().color(label->foregroundRole());
        const QColor behind = label->palette().color(QPalette::Window);
        EXPECT_GE(contrastRatio(text, behind), 3.0)
            << label->objectName().toStdString() << ": " << label->text().toStdString();
        EXPECT_FALSE(label->styleSheet().contains(u"#"_s))
            << "fixed colour on " << label->text().toStdString();
    }
    test::saveWindowScreenshot(window.get(), u"main_window_dark"_s);
    QApplication::setPalette(before);
}

TEST_F(MainWindowTest, SignInAgainIsOfferedOnlyWhenTheOrgRefusedTheSignIn)
{
    EngineStatus status;
    status.state = EngineState::Idle;
    control.report(status);
    EXPECT_FALSE(window->signInAgainAction()->isEnabled());

    status.state = EngineState::NeedsSignIn;
    control.report(status);
    EXPECT_EQ(window->engineStatusText(), u"Needs sign-in"_s);
    ASSERT_TRUE(window->signInAgainAction()->isEnabled());
    QSignalSpy requested(window.get(), &MainWindow::signInRequested);
    window->signInAgainAction()->trigger();
    EXPECT_EQ(requested.count(), 1);
}
