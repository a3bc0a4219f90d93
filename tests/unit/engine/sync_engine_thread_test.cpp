// SyncEngineThread end to end: the engine on a real QThread, driven only through
// SyncControl; its status, run and usage signals reach the test's thread.
#include "store/api_call_ledger_store.h"
#include "store/failure_store.h"
#include "store/record_store.h"
#include "store/sync_run_store.h"
#include "sync/sync_engine_thread.h"
#include "sync_engine_fixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

using SyncEngineThreadSandbox = SyncEngineFixture;

} // namespace

TEST_F(SyncEngineThreadSandbox, TheEngineRunsOnItsOwnThreadAndReportsToTheCallers)
{
    const qint64 person = createPerson(u"Ride"_s);
    SyncEngineOptions options = engineOptions();
    options.tickInterval = std::chrono::hours(24);
    QThread *const testThread = QThread::currentThread();
    QThread *statusThread = nullptr;

    auto control = std::make_unique<SyncEngineThread>(std::move(options));
    SyncControl *engine = control.get();
    QSignalSpy runs(engine, &SyncControl::runFinished);
    QSignalSpy usage(engine, &SyncControl::usageRecorded);
    QObject::connect(engine, &SyncControl::statusChanged, engine,
                     [&](const EngineStatus &) { statusThread = QThread::currentThread(); });
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return engine->status().state == EngineState::Idle; }, kWaitMs));
    EXPECT_EQ(statusThread, testThread);

    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto outboundCalls = [&] {
        int count = 0;
        for (const ApiCallRecord &call : ApiCallLedgerStore(m_db).callsSince(since))
            count += call.category == CallCategory::OutboundUpdate ? 1 : 0;
        return count;
    };
    engine->syncNow();
    ASSERT_TRUE(runs.wait(kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return engine->status().state == EngineState::Idle &&
                   engine->status().lastSyncAt.isValid();
        },
        kWaitMs));
    EXPECT_EQ(outboundCalls(), 1);
    EXPECT_GE(usage.size(), 1);
    EXPECT_EQ(engine->status().pendingChanges, 0);
    EXPECT_FALSE(RecordStore(m_db).find(person)->crmId.isEmpty());
    EXPECT_FALSE(SyncRunStore(m_db).recent(5).isEmpty());

    // Paused through the interface: the state comes back, and sync now sends nothing.
    engine->setPaused(true);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return engine->status().state == EngineState::PausedByAdmin; }, kWaitMs));
    createPerson(u"Sagan"_s);
    engine->syncNow();
    engine->setPaused(false);
    ASSERT_TRUE(runs.wait(kWaitMs)); // resuming runs what is due
    EXPECT_EQ(outboundCalls(), 2);

    // Destroyed while idle: the thread stops and waits, nothing left behind.
    control.reset();
    EXPECT_EQ(FailureStore(m_db).count(), 0);
}
