// The sync engine against the real sandbox org: one call for a local edit, recorded in
// the ledger and the sync log; a spent limit pauses all calls until the rolling window
// frees some, then one check and the automatic retry; transient faults back off and
// retry; the connector budget defers instead of failing; a refused session stops it.
#include "store/api_call_ledger_store.h"
#include "store/failure_store.h"
#include "store/local_change_writer.h"
#include "store/record_store.h"
#include "store/settings_store.h"
#include "store/sync_run_store.h"
#include "sync/retry_backoff.h"
#include "sync_engine_fixture.h"
#include "usage/api_call_record.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class SyncEngineSandbox : public SyncEngineFixture
{
protected:
    QList<ApiCallRecord> ledgerSince(const QDateTime &since)
    {
        return ApiCallLedgerStore(m_db).callsSince(since);
    }
    // Calls the org counted (a 401 before a token refresh, say, is not).
    static int countOf(const QList<ApiCallRecord> &calls, CallCategory category)
    {
        return int(std::count_if(calls.begin(), calls.end(), [category](const ApiCallRecord &c) {
            return c.category == category && countsAgainstOrgLimit(c);
        }));
    }
    static int countedCalls(const QList<ApiCallRecord> &calls)
    {
        return int(std::count_if(calls.begin(), calls.end(), countsAgainstOrgLimit));
    }
};

} // namespace

TEST_F(SyncEngineSandbox, ALocalEditCostsOneCallRecordedInTheLedgerAndTheSyncLog)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 person = createPerson(u"Lovelace"_s);
    EXPECT_EQ(m_engine->status().pendingChanges, 0); // not yet published

    const qint64 before = sandboxUsed();
    ASSERT_NO_FATAL_FAILURE(runCycle());

    // One outbound call; "sync now" also polled inbound (the first import), and the
    // ledger accounts for every call the org counted.
    const QList<ApiCallRecord> calls = ledgerSince(since);
    EXPECT_EQ(countOf(calls, CallCategory::OutboundUpdate), 1);
    EXPECT_EQ(countedCalls(calls), sandboxUsed() - before);
    EXPECT_EQ(countedCalls(calls), countOf(calls, CallCategory::OutboundUpdate) +
                                       countOf(calls, CallCategory::InboundPoll));

    std::optional<SyncRun> outbound;
    for (const SyncRun &run : SyncRunStore(m_db).recent(10)) {
        if (run.kind == SyncRunKind::Outbound) {
            EXPECT_FALSE(outbound) << "one outbound run";
            outbound = run;
        }
    }
    ASSERT_TRUE(outbound);
    EXPECT_EQ(outbound->calls, 1);
    EXPECT_EQ(outbound->itemsOk, 1);
    EXPECT_EQ(outbound->itemsFailed, 0);
    EXPECT_TRUE(outbound->finishedAt.isValid());

    const EngineStatus status = m_engine->status();
    EXPECT_EQ(status.state, EngineState::Idle);
    EXPECT_EQ(status.pendingChanges, 0);
    EXPECT_EQ(status.failures, 0);
    EXPECT_TRUE(status.lastSyncAt.isValid());
    EXPECT_TRUE(status.nextSyncAt > status.lastSyncAt);
    const std::optional<LocalRecord> record = RecordStore(m_db).find(person);
    ASSERT_TRUE(record);
    EXPECT_FALSE(record->crmId.isEmpty());

    // Nothing waiting and no inbound poll due: the scheduler spends nothing, logs nothing.
    const int runCount = int(SyncRunStore(m_db).recent(10).size());
    m_clockOffsetSeconds += 120; // past the outbound interval, within the inbound one
    ASSERT_NO_FATAL_FAILURE(tickAndWaitForCycle());
    EXPECT_EQ(ledgerSince(since).size(), calls.size());
    EXPECT_EQ(SyncRunStore(m_db).recent(10).size(), runCount);
}

TEST_F(SyncEngineSandbox, ASpentLimitPausesCallsUntilTheWindowFreesThemThenRetriesItself)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    const qint64 max = sandboxMax();
    ASSERT_GT(max, 0);
    control("POST", u"/_sandbox/usage"_s, {{u"used"_s, max}});
    const qint64 a = createPerson(u"Hopper"_s);
    const qint64 b = createPerson(u"Turing"_s);

    ASSERT_NO_FATAL_FAILURE(runCycle());
    EngineStatus status = m_engine->status();
    ASSERT_EQ(status.state, EngineState::PausedNoCredits);
    EXPECT_TRUE(status.resumesAt > engineNow());
    QList<SyncFailure> failures = FailureStore(m_db).all();
    ASSERT_EQ(failures.size(), 2);
    QList<qint64> failedItems;
    for (const SyncFailure &failure : failures) {
        EXPECT_EQ(failure.category, FailureCategory::NoApiCredits);
        EXPECT_FALSE(failure.nextRetryAt.isValid());
        failedItems.append(failure.itemId);
    }
    std::sort(failedItems.begin(), failedItems.end());
    EXPECT_EQ(failedItems, (QList<qint64>{a, b}));
    EXPECT_EQ(status.failures, 2);

    // Paused: neither "sync now", nor the scheduler, nor a new edit spends a call.
    const QDateTime pausedAt = QDateTime::currentDateTimeUtc();
    const qint64 usedWhilePaused = sandboxUsed();
    createPerson(u"Noether"_s);
    m_engine->syncNow();
    m_engine->tick();
    QTest::qWait(200);
    EXPECT_EQ(sandboxUsed(), usedWhilePaused);
    EXPECT_TRUE(ledgerSince(pausedAt).isEmpty());

    // A retry now would fail again: refused, with the time credits are expected back.
    QSignalSpy refused(m_engine.get(), &SyncEngine::retryRefused);
    m_engine->retryFailures({});
    ASSERT_EQ(refused.size(), 1);
    QList<qint64> refusedIds = refused.first().at(0).value<QList<qint64>>();
    std::sort(refusedIds.begin(), refusedIds.end());
    QList<qint64> failureIds{failures.at(0).id, failures.at(1).id};
    std::sort(failureIds.begin(), failureIds.end());
    EXPECT_EQ(refusedIds, failureIds);
    EXPECT_EQ(refused.first().at(1).toDateTime(), status.resumesAt);
    EXPECT_EQ(FailureStore(m_db).count(), 2);

    // The org's rolling 24 hours pass: one limits check, then the failures go out.
    advanceClocks(engineNow().secsTo(status.resumesAt) + 24 * 3600 + 60);
    QSignalSpy finished(m_engine.get(), &SyncEngine::cycleFinished);
    m_engine->tick();
    ASSERT_TRUE(QTest::qWaitFor([&] { return FailureStore(m_db).count() == 0; }, kWaitMs));
    if (finished.isEmpty())
        ASSERT_TRUE(finished.wait(kWaitMs));

    const QList<ApiCallRecord> calls = ledgerSince(pausedAt);
    EXPECT_EQ(countOf(calls, CallCategory::LimitsCheck), 1);
    EXPECT_GE(countOf(calls, CallCategory::OutboundUpdate), 1);
    EXPECT_EQ(m_engine->status().state, EngineState::Idle);
    EXPECT_EQ(m_engine->status().failures, 0);
    for (qint64 id : {a, b})
        EXPECT_FALSE(RecordStore(m_db).find(id)->crmId.isEmpty());
    bool retryLogged = false;
    for (const SyncRun &run : SyncRunStore(m_db).recent(10))
        retryLogged = retryLogged || (run.kind == SyncRunKind::Retry && run.itemsOk == 2);
    EXPECT_TRUE(retryLogged);
}

TEST_F(SyncEngineSandbox, ATransientFaultBacksOffAndSucceedsOnRetry)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    control("POST", u"/_sandbox/faults"_s,
            {{u"kind"_s, u"server_error"_s},
             {u"status"_s, 503},
             {u"count"_s, 1},
             {u"path"_s, u"/composite"_s}});
    const qint64 person = createPerson(u"Curie"_s);

    const QDateTime before = engineNow();
    ASSERT_NO_FATAL_FAILURE(runCycle());
    const QDateTime after = engineNow();
    QList<SyncFailure> failures = FailureStore(m_db).all();
    ASSERT_EQ(failures.size(), 1);
    const SyncFailure failure = failures.first();
    EXPECT_EQ(failure.category, FailureCategory::Transient);
    EXPECT_EQ(failure.itemId, person);
    EXPECT_EQ(failure.attempts, 1);
    ASSERT_TRUE(failure.nextRetryAt.isValid());
    // 30 s ± 20 %, after the failure (store times are kept to the millisecond at most).
    EXPECT_GE(failure.nextRetryAt, before.addSecs(24).addMSecs(-1000));
    EXPECT_LE(failure.nextRetryAt, after.addSecs(36).addMSecs(1000));
    EXPECT_EQ(m_engine->status().state, EngineState::Idle);

    // Not due yet: a tick sends nothing.
    const qint64 used = sandboxUsed();
    m_engine->tick();
    QTest::qWait(100);
    EXPECT_EQ(sandboxUsed(), used);
    EXPECT_EQ(FailureStore(m_db).count(), 1);

    m_clockOffsetSeconds += 40;
    ASSERT_NO_FATAL_FAILURE(tickAndWaitForCycle());
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    EXPECT_EQ(sandboxUsed() - used, 1);
    EXPECT_FALSE(RecordStore(m_db).find(person)->crmId.isEmpty());
}

TEST_F(SyncEngineSandbox, ATransientFaultAgainCountsAttemptsAndDoublesTheBackoff)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    control("POST", u"/_sandbox/faults"_s,
            // The first cycle's outbound flush and inbound poll, then the retry.
            {{u"kind"_s, u"server_error"_s}, {u"count"_s, 3}, {u"path"_s, u"/composite"_s}});
    createPerson(u"Meitner"_s);
    ASSERT_NO_FATAL_FAILURE(runCycle());
    const SyncFailure first = FailureStore(m_db).all().value(0);
    EXPECT_EQ(first.attempts, 1);

    m_clockOffsetSeconds += 40;
    const QDateTime retriedAt = engineNow();
    ASSERT_NO_FATAL_FAILURE(tickAndWaitForCycle());
    const QList<SyncFailure> again = FailureStore(m_db).all();
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(again.first().attempts, 2);
    EXPECT_EQ(again.first().category, FailureCategory::Transient);
    EXPECT_GE(again.first().nextRetryAt, retriedAt.addSecs(48).addMSecs(-1000));
    EXPECT_LE(again.first().nextRetryAt, engineNow().addSecs(72).addMSecs(1000));
}

TEST_F(SyncEngineSandbox, TheConnectorBudgetDefersWorkInsteadOfFailingIt)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    createPerson(u"Franklin"_s);
    ASSERT_NO_FATAL_FAILURE(runCycle());
    EXPECT_EQ(m_engine->status().state, EngineState::Idle);
    const QList<ApiCallRecord> spent = ledgerSince(engineNow().addSecs(-3600));
    QDateTime oldest;
    for (const ApiCallRecord &call : spent) {
        if (countsAgainstOrgLimit(call) && (!oldest.isValid() || call.at < oldest))
            oldest = call.at;
    }
    ASSERT_TRUE(oldest.isValid());

    // A budget of exactly what was spent: the next change waits, it does not fail.
    ASSERT_TRUE(SettingsStore(m_db).setValue(SettingKeys::ConnectorBudget, countedCalls(spent)));
    m_engine->reloadConfiguration();
    const qint64 used = sandboxUsed();
    createPerson(u"Goodall"_s);
    ASSERT_NO_FATAL_FAILURE(runCycle());
    const EngineStatus status = m_engine->status();
    EXPECT_EQ(status.state, EngineState::DeferredByBudget);
    EXPECT_EQ(status.resumesAt, oldest.addSecs(24 * 3600));
    EXPECT_EQ(status.deferredItems, 2); // LastName and Email of the second person
    EXPECT_EQ(status.failures, 0);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    EXPECT_EQ(sandboxUsed(), used);

    // Raised budget: the waiting work goes.
    ASSERT_TRUE(SettingsStore(m_db).setValue(SettingKeys::ConnectorBudget, 1000));
    m_engine->reloadConfiguration();
    const QDateTime raisedAt = QDateTime::currentDateTimeUtc();
    ASSERT_NO_FATAL_FAILURE(runCycle());
    EXPECT_EQ(m_engine->status().state, EngineState::Idle);
    EXPECT_EQ(countOf(ledgerSince(raisedAt), CallCategory::OutboundUpdate), 1);
    EXPECT_EQ(m_engine->status().pendingChanges, 0);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
}

TEST_F(SyncEngineSandbox, AnExpiredSessionWhoseRefreshIsRefusedNeedsSignIn)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    ASSERT_FALSE(m_org.tokens.refreshToken.isEmpty());
    revokeRefreshToken();
    control("POST", u"/_sandbox/sessions"_s, {{u"expireAll"_s, true}});
    createPerson(u"Shannon"_s);

    ASSERT_NO_FATAL_FAILURE(runCycle());
    EXPECT_EQ(m_engine->status().state, EngineState::NeedsSignIn);
    const QList<SyncFailure> failures = FailureStore(m_db).all();
    ASSERT_EQ(failures.size(), 1);
    EXPECT_EQ(failures.first().category, FailureCategory::Auth);

    // No more calls, whatever asks for them.
    const QDateTime stoppedAt = QDateTime::currentDateTimeUtc();
    createPerson(u"Wiener"_s);
    m_engine->syncNow();
    m_clockOffsetSeconds += 3600;
    m_engine->tick();
    QTest::qWait(200);
    EXPECT_TRUE(ApiCallLedgerStore(m_db).callsSince(stoppedAt).isEmpty());
    EXPECT_EQ(m_engine->status().state, EngineState::NeedsSignIn);
}

TEST_F(SyncEngineSandbox, DismissedFailuresTakeTheirChangesWithThem)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    control("POST", u"/_sandbox/faults"_s,
            {{u"kind"_s, u"server_error"_s}, {u"count"_s, 1}, {u"path"_s, u"/composite"_s}});
    createPerson(u"Gauss"_s);
    ASSERT_NO_FATAL_FAILURE(runCycle());
    const QList<SyncFailure> failures = FailureStore(m_db).all();
    ASSERT_EQ(failures.size(), 1);

    QSignalSpy changed(m_engine.get(), &SyncEngine::failuresChanged);
    m_engine->dismissFailures({failures.first().id});
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    EXPECT_EQ(m_engine->status().failures, 0);
    EXPECT_EQ(m_engine->status().pendingChanges, 0);

    const QDateTime dismissedAt = QDateTime::currentDateTimeUtc();
    m_clockOffsetSeconds += 3600;
    ASSERT_NO_FATAL_FAILURE(runCycle());
    EXPECT_EQ(countOf(ledgerSince(dismissedAt), CallCategory::OutboundUpdate), 0);
}

TEST_F(SyncEngineSandbox, AValidationFailureWaitsForTheAdminToFixAndRetryIt)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    const qint64 person = createPerson(QString(81, u'x')); // LastName is at most 80
    ASSERT_NO_FATAL_FAILURE(runCycle());
    const QList<SyncFailure> failures = FailureStore(m_db).all();
    ASSERT_EQ(failures.size(), 1);
    EXPECT_EQ(failures.first().category, FailureCategory::Validation);
    EXPECT_FALSE(failures.first().nextRetryAt.isValid());

    // A day of scheduled cycles later it still waits.
    m_clockOffsetSeconds += 24 * 3600;
    ASSERT_NO_FATAL_FAILURE(tickAndWaitForCycle());
    ASSERT_EQ(FailureStore(m_db).count(), 1);
    EXPECT_EQ(FailureStore(m_db).all().first().id, failures.first().id);

    // Fixed and retried: the latest value goes out at once.
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(person, QJsonObject{{u"LastName"_s, u"Fixed"_s}},
                                              QDateTime::currentDateTimeUtc()));
    QSignalSpy finished(m_engine.get(), &SyncEngine::cycleFinished);
    QSignalSpy changed(m_engine.get(), &SyncEngine::failuresChanged);
    m_engine->retryFailures({failures.first().id});
    if (finished.isEmpty())
        ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_GE(changed.size(), 1);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    EXPECT_FALSE(RecordStore(m_db).find(person)->crmId.isEmpty());
    EXPECT_EQ(m_engine->status().pendingChanges, 0);
}

// The field editor offers Salesforce's fields from the describe cache: the engine fills it
// once per run, after its first cycle, and a second run pays only 304s.
TEST_F(SyncEngineSandbox, DescribesAreCachedOnceAfterTheFirstCycle)
{
    SyncEngineOptions options = engineOptions();
    options.refreshDescribes = true;
    options.tickInterval = std::chrono::hours(24);
    m_engine = std::make_unique<SyncEngine>(std::move(options));
    m_engine->start();
    QSignalSpy refreshed(m_engine.get(), &SyncEngine::describesRefreshed);
    ASSERT_NO_FATAL_FAILURE(runCycle());
    ASSERT_TRUE(refreshed.count() == 1 || refreshed.wait(kWaitMs));

    const auto cached = [this] {
        QSqlQuery rows(m_db);
        EXPECT_TRUE(rows.exec(u"SELECT sobject FROM describe_cache ORDER BY sobject"_s));
        QStringList objects;
        while (rows.next())
            objects << rows.value(0).toString();
        return objects;
    };
    EXPECT_EQ(cached(),
              (QStringList{u"Account"_s, u"Contact"_s, u"Lead"_s, u"Opportunity"_s, u"Task"_s}));

    // Not again in the same run.
    ASSERT_NO_FATAL_FAILURE(runCycle());
    EXPECT_FALSE(refreshed.wait(500));
    EXPECT_EQ(refreshed.count(), 1);
}
