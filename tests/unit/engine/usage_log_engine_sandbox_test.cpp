// The engine reads the org's ApiTotalUsage logs after a cycle when readUsageLogs is on: one
// listing and a download per file, recorded as usage_log in the ledger; the next cycle within
// the hour spends nothing on them; a budget too small for them holds them back.
#include "store/api_call_ledger_store.h"
#include "store/api_usage_log_store.h"
#include "store/settings_store.h"
#include "sync_engine_fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class UsageLogEngineSandbox : public SyncEngineFixture
{
protected:
    // A week of the other integrations' files is published at the start.
    QStringList sandboxArguments() const override { return {u"--simulate"_s, u"lively"_s}; }

    void startReadingEngine()
    {
        SyncEngineOptions options = engineOptions();
        options.tickInterval = std::chrono::hours(24);
        options.readUsageLogs = true;
        m_engine = std::make_unique<SyncEngine>(std::move(options));
        m_engine->start();
        ASSERT_EQ(m_engine->status().state, EngineState::Idle);
        // Said in its status, so the window's cost estimates count the reading.
        EXPECT_TRUE(m_engine->status().readsUsageLogs);
    }

    qint64 usageLogCalls()
    {
        return ApiCallLedgerStore(m_db)
            .countsByCategorySince(QDateTime::currentDateTimeUtc().addDays(-1))
            .value(CallCategory::UsageLog);
    }

    void waitForCallsAnswered()
    {
        ASSERT_TRUE(QTest::qWaitFor([this] { return !m_engine->status().callsPending; }, kWaitMs));
    }
};

} // namespace

TEST_F(UsageLogEngineSandbox, ACycleReadsTheLogsOnceAnHourInsideTheLedger)
{
    ASSERT_NO_FATAL_FAILURE(startReadingEngine());
    QSignalSpy read(m_engine.get(), &SyncEngine::usageLogsRead);
    runCycle();
    ASSERT_TRUE(!read.isEmpty() || read.wait(kWaitMs));
    waitForCallsAnswered();
    const qsizetype files = ApiUsageLogStore(m_db).storedFiles().size();
    EXPECT_GT(files, 0);
    EXPECT_EQ(usageLogCalls(), 1 + files);

    // The next cycle within the hour: its own calls only.
    runCycle();
    waitForCallsAnswered();
    EXPECT_EQ(usageLogCalls(), 1 + files);
}

TEST_F(UsageLogEngineSandbox, ABudgetThatIsSpentHoldsTheReadingBack)
{
    {
        SettingsStore settings(m_db);
        ASSERT_TRUE(settings.setValue(SettingKeys::ConnectorBudget, 1));
    }
    ASSERT_NO_FATAL_FAILURE(startReadingEngine());
    runCycle(); // the inbound poll spends the one call the budget allows
    waitForCallsAnswered();
    QTest::qWait(200);
    EXPECT_EQ(usageLogCalls(), 0);
    EXPECT_TRUE(ApiUsageLogStore(m_db).storedFiles().isEmpty());
}
