// The API Limits tab against a lively sandbox org read by the real engine, in the real
// window: on a first start (a week of Salesforce's usage logs, no history of SyncDesk's
// own) and a day later (a cycle every 15 minutes). Each state is checked and saved as a
// screenshot for people to look at, at the scale the run gives (QT_SCALE_FACTOR), in
// $SYNCDESK_SCREENSHOT_DIR or beside the binary.
//
// Both run under libfaketime with a timestamp file they rewrite (the sandbox process
// inherits it), and skip without. FirstStart so that the org's last day is a weekday's (the
// integrations keep office hours); ADayLater because a day passes only with the system
// clock: SyncDesk's ledger and samples are stamped with it, not with the engine's clock:
//   echo +0 > /tmp/clock; LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 \
//   FAKETIME_TIMESTAMP_FILE=/tmp/clock FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1 \
//   ui_usage_screens_tests --gtest_filter='UsageScreens.*'
#include "api_limits_page.h"
#include "dark_desktop_palette.h"
#include "integration_usage_group.h"
#include "main_window.h"
#include "secrets/in_memory_secret_store.h"
#include "store/api_usage_log_store.h"
#include "sync/sync_control.h"
#include "sync_engine_fixture.h"
#include "threshold_dialog.h"
#include "usage_chart.h"
#include "window_screenshot.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <iostream>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace syncdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

// The window's view of the engine, which the test drives on its own thread.
class FixtureSyncControl : public SyncControl
{
public:
    explicit FixtureSyncControl(SyncEngine *engine)
        : m_engine(engine)
    {
        connect(engine, &SyncEngine::usageRecorded, this, &SyncControl::usageRecorded);
        connect(engine, &SyncEngine::usageLogsRead, this, &SyncControl::usageLogsRead);
    }
    EngineStatus status() const override { return m_engine->status(); }
    void syncNow() override {}
    void setPaused(bool) override {}
    void retryFailures(const QList<qint64> &) override {}
    void dismissFailures(const QList<qint64> &) override {}
    void reloadConfiguration() override {}

private:
    SyncEngine *m_engine;
};

class UsageScreens : public SyncEngineFixture
{
protected:
    QStringList sandboxArguments() const override { return {u"--simulate"_s, u"lively"_s}; }

    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Set before the sandbox starts: its week of logs is laid out from its clock then.
        if (underFaketime())
            ASSERT_TRUE(setClockToAWednesdayAfternoon());
        SyncEngineFixture::SetUp();
    }

    void TearDown() override
    {
        window.reset();
        control.reset();
        SyncEngineFixture::TearDown();
    }

    void startAsTheDesktopDoes()
    {
        SyncEngineOptions options = engineOptions();
        options.tickInterval = std::chrono::hours(24);
        options.readUsageLogs = true;
        options.refreshLimits = true;
        m_engine = std::make_unique<SyncEngine>(std::move(options));
        m_engine->start();
        control = std::make_unique<FixtureSyncControl>(m_engine.get());
    }

    void cycleAndReadLogs()
    {
        runCycle();
        ASSERT_TRUE(QTest::qWaitFor([this] { return !m_engine->status().callsPending; }, kWaitMs));
    }

    void openWindow()
    {
        window = std::make_unique<MainWindow>(m_db, control.get(), &secrets);
        window->showOrg(u"Sandbox org"_s, m_org.baseUrl);
        page()->setClock([this] { return engineNow(); });
        page()->reloadUsageLogs();
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->tabs()->setCurrentIndex(0);
    }

    ApiLimitsPage *page() const { return window->apiLimitsPage(); }

    void save(const QString &name) { saveWindowScreenshot(window.get(), name); }

    static bool underFaketime() { return !qEnvironmentVariableIsEmpty("FAKETIME_TIMESTAMP_FILE"); }

    // Moves the system clock of this process and the sandbox's (libfaketime's file),
    // `seconds` past the start the fixture chose.
    bool setSystemClockOffset(qint64 seconds) const
    {
        QFile file(qEnvironmentVariable("FAKETIME_TIMESTAMP_FILE"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        const qint64 offset = m_startOffsetSeconds + seconds;
        file.write((offset < 0 ? "-" : "+") + QByteArray::number(std::abs(offset)) + '\n');
        return true;
    }

    // The lively org's integrations keep their own hours (Tableau BI works weekdays from 8
    // to 18), so which of them the last day holds depends on the day the test runs: on a
    // Saturday evening it is three. The clock starts at the last Wednesday, 15:00.
    bool setClockToAWednesdayAfternoon()
    {
        m_startOffsetSeconds = 0;
        if (!setSystemClockOffset(0))
            return false;
        const QDateTime now = QDateTime::currentDateTime();
        QDate day = now.date();
        while (day.dayOfWeek() != Qt::Wednesday)
            day = day.addDays(-1);
        QDateTime start(day, QTime(15, 0));
        if (start > now)
            start = start.addDays(-7);
        m_startOffsetSeconds = now.secsTo(start);
        return setSystemClockOffset(0);
    }

    bool tableHasSyncDesk() const
    {
        QAbstractItemModel *table = page()->integrationUsage()->view()->model();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->index(row, 0).data(IntegrationUsageModel::SyncDeskRole).toBool())
                return true;
        }
        return false;
    }

    QStringList tableNames() const
    {
        QAbstractItemModel *table = page()->integrationUsage()->view()->model();
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row)
            names.append(table->index(row, IntegrationUsageModel::NameColumn).data().toString());
        return names;
    }

    qint64 m_startOffsetSeconds = 0;
    InMemorySecretStore secrets;
    std::unique_ptr<FixtureSyncControl> control;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(UsageScreens, FirstStart)
{
    if (!underFaketime())
        GTEST_SKIP() << "needs libfaketime (see the comment at the top of this file)";
    ASSERT_NO_FATAL_FAILURE(startAsTheDesktopDoes());
    ASSERT_NO_FATAL_FAILURE(cycleAndReadLogs());
    ASSERT_FALSE(ApiUsageLogStore(m_db).storedFiles().isEmpty());
    ASSERT_NO_FATAL_FAILURE(openWindow());

    // The org's last day comes from the logs, by name, from the first hour on; the hours
    // since the newest log and before SyncDesk's first reading are a gap.
    UsageChart *chart = page()->chart();
    EXPECT_EQ(chart->layers().integrations().size(), 4) << tableNames().join(u", "_s).toStdString();
    const QList<QPointF> top = chart->layerValues(UsageChart::Layer::Integration1);
    ASSERT_FALSE(top.isEmpty());
    EXPECT_EQ(qint64(top.first().x()),
              engineNow().addDays(-1).toMSecsSinceEpoch() / 3600000 * 3600000);
    EXPECT_GT(top.first().y(), 0);
    EXPECT_FALSE(page()->gapNoteText().isEmpty());
    // The four integrations; SyncDesk's calls are all in hours no log covers yet.
    EXPECT_EQ(tableNames().size(), 4) << tableNames().join(u", "_s).toStdString();
    EXPECT_FALSE(tableHasSyncDesk());
    save(u"api_limits_first_start"_s);

    // The week: every day from the logs, today from SyncDesk's reading; the same names.
    page()->showSpan(UsageChart::Span::Week);
    EXPECT_EQ(chart->layerValues(UsageChart::Layer::Integration1).size(), 7);
    EXPECT_TRUE(page()->gapNoteText().isEmpty()) << page()->gapNoteText().toStdString();
    save(u"api_limits_first_start_week"_s);

    // A dark desktop: the chart follows the palette (no white plot, readable labels).
    const QPalette before = QApplication::palette();
    const QPalette dark = darkDesktopPalette();
    QApplication::setPalette(dark);
    page()->showSpan(UsageChart::Span::Day);
    // The palette reaches the widgets as a posted event.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return chart->chart()->backgroundBrush().color() == dark.color(QPalette::Window); }));
    save(u"api_limits_first_start_dark"_s);
    QApplication::setPalette(before);
}

TEST_F(UsageScreens, ADayLater)
{
    if (!underFaketime())
        GTEST_SKIP() << "needs libfaketime (see the comment at the top of this file)";
    ASSERT_NO_FATAL_FAILURE(startAsTheDesktopDoes());
    ASSERT_NO_FATAL_FAILURE(cycleAndReadLogs());

    // A cycle every quarter of an hour for a day, with a local edit now and then.
    for (int quarter = 1; quarter <= 96; ++quarter) {
        ASSERT_TRUE(setSystemClockOffset(qint64(quarter) * 15 * 60));
        if (quarter % 8 == 0)
            createPerson(u"Day-%1"_s.arg(quarter));
        ASSERT_NO_FATAL_FAILURE(cycleAndReadLogs());
    }
    ASSERT_NO_FATAL_FAILURE(openWindow());

    // Observed all day: by the logs, then by SyncDesk's own readings; SyncDesk's row.
    EXPECT_TRUE(page()->gapNoteText().isEmpty()) << page()->gapNoteText().toStdString();
    EXPECT_TRUE(tableHasSyncDesk()) << tableNames().join(u", "_s).toStdString();
    EXPECT_TRUE(page()->chart()->legendShows(UsageChart::Layer::InboundPoll));
    EXPECT_TRUE(page()->chart()->legendShows(UsageChart::Layer::OutboundUpdate));
    save(u"api_limits_after_day"_s);
}
