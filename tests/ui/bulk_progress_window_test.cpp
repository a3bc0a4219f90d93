// A long Bulk API 2.0 job in the real window, with the engine on its own thread against the
// real sandbox org (--bulk-processing-delay: each 10,000 records take 2 s of the org's
// time): the status bar shows the job's progress and a Cancel that aborts it (the rest of
// the backlog waits), and the Activity tab says which API the run used and why. Each state
// is saved as a screenshot for people to look at, at the scale the run gives
// (QT_SCALE_FACTOR), in $SYNCDESK_SCREENSHOT_DIR or beside the binary.
#include "bulk_progress_status.h"
#include "main_window.h"
#include "people_backlog.h"
#include "secrets/in_memory_secret_store.h"
#include "store/outbox_store.h"
#include "sync/sync_engine_thread.h"
#include "sync_engine_fixture.h"
#include "sync_log_model.h"
#include "sync_log_page.h"
#include "window_screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <iostream>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace syncdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

class BulkProgressWindow : public SyncEngineFixture
{
protected:
    QStringList sandboxArguments() const override { return {u"--bulk-processing-delay"_s, u"2"_s}; }

    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        SyncEngineFixture::SetUp();
    }

    void TearDown() override
    {
        window.reset();
        engine.reset();
        SyncEngineFixture::TearDown();
        QLocale::setDefault(QLocale::c());
    }

    void startAsTheDesktopDoes()
    {
        SyncEngineOptions options = engineOptions();
        options.tickInterval = std::chrono::hours(24);
        options.bulkFirstPoll = std::chrono::milliseconds(200);
        options.bulkMaxPoll = std::chrono::milliseconds(1'000);
        engine = std::make_unique<SyncEngineThread>(std::move(options));
        window = std::make_unique<MainWindow>(m_db, engine.get(), &secrets);
        window->showOrg(u"Sandbox org"_s, m_org.baseUrl);
        window->showConnectionState(ConnectionState::Connected,
                                    m_org.baseUrl.toString()); // as the desktop's connector says
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(QTest::qWaitFor([this] { return engine->status().state == EngineState::Idle; },
                                    kWaitMs));
    }

    SyncLogPage *activityPage() const
    {
        for (int i = 0; i < window->tabs()->count(); ++i)
            if (auto *page = qobject_cast<SyncLogPage *>(window->tabs()->widget(i)))
                return page;
        return nullptr;
    }

    void save(const QString &name) { saveWindowScreenshot(window.get(), name); }

    InMemorySecretStore secrets;
    std::unique_ptr<SyncEngineThread> engine;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(BulkProgressWindow, TheStatusBarShowsTheJobItsCancelStopsItAndTheActivityTabSaysWhy)
{
    constexpr int kPeople = 50'000; // 10 s of the org's processing
    ASSERT_NO_FATAL_FAILURE(importPeople(m_db, kPeople));
    ASSERT_NO_FATAL_FAILURE(startAsTheDesktopDoes());
    BulkProgressStatus *progress = window->bulkProgressStatus();
    EXPECT_FALSE(progress->isVisible());

    engine->syncNow();
    // Part processed: the status bar says how far, what it cost and how long is left.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return progress->isVisible() && engine->status().bulk.processed >= 10'000; },
        kWaitMs));
    const QString text = progress->text();
    EXPECT_TRUE(text.startsWith(u"Sending "_s) &&
                text.contains(u" of 50,000 records through Bulk API · "_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u" calls · "_s) && text.endsWith(u" left"_s)) << text.toStdString();
    EXPECT_TRUE(progress->toolTip().contains(u"instead of"_s)) << progress->toolTip().toStdString();
    // A narrow window is not held wide by the job's line.
    EXPECT_LT(window->minimumSizeHint().width(), 900);
    QPushButton *cancel = progress->cancelButton();
    ASSERT_TRUE(cancel->isVisible() && cancel->isEnabled());
    // Nothing in the status bar is cut: once laid out, each part is as wide as it asks.
    for (QWidget *part : window->statusBar()->findChildren<QWidget *>()) {
        if (part->isVisible() && (qobject_cast<QLabel *>(part) || part == cancel)) {
            EXPECT_TRUE(QTest::qWaitFor(
                [part] { return part->width() >= part->minimumSizeHint().width(); }, 5'000))
                << part->objectName().toStdString() << " is " << part->width() << " px of "
                << part->minimumSizeHint().width();
        }
    }
    save(u"bulk_progress"_s);

    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_FALSE(cancel->isEnabled()); // at once, before the engine answers
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !progress->isVisible() && engine->status().state == EngineState::Idle; },
        kWaitMs));
    // The job stopped part-way: what the org had not processed waits for the next flush.
    const int waiting = OutboxStore(m_db).waitingCount();
    EXPECT_GT(waiting, 0);
    EXPECT_LT(waiting, 2 * kPeople);

    SyncLogPage *activity = activityPage();
    ASSERT_TRUE(activity);
    window->tabs()->setCurrentWidget(activity);
    SyncLogModel *model = activity->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() > 0; }, kWaitMs));
    QString route;
    QString summary;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SyncLogModel::KindColumn).data().toString() == u"Send changes"_s) {
            route = model->index(row, SyncLogModel::ApiColumn).data().toString();
            summary = model->index(row, SyncLogModel::SummaryColumn).data().toString();
            break;
        }
    }
    EXPECT_TRUE(route.startsWith(u"Bulk API 2.0: 50,000 records, about "_s) &&
                route.endsWith(u" calls instead of 50"_s))
        << route.toStdString();
    EXPECT_TRUE(summary.contains(u"cancelled"_s)) << summary.toStdString();
    save(u"activity_route"_s);
}
