// The sync engine against the real sandbox org: one call for a local edit, recorded in
// the ledger and the sync log; a spent limit pauses all calls until the rolling window
// frees some, then one check and the automatic retry; transient faults back off and
// retry; the connector budget defers instead of failing; a refused session stops it.
#include "salesforce/salesforce_client.h"
#include "store/api_call_ledger_store.h"
#include "store/failure_store.h"
#include "store/local_change_writer.h"
#include "store/record_store.h"
#include "store/settings_store.h"
#include "store/sync_run_store.h"
#include "sync/credit_wait.h"
#include "sync/retry_backoff.h"
#include "sync_engine_fixture.h"
#include "usage/api_call_record.h"

#include <QJsonArray>
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
    // Every call of the category the ledger holds, counted by the org or not; a 401 is not
    // one (the call is sent again once the session is renewed).
    static int countOfAll(const QList<ApiCallRecord> &calls, CallCategory category)
    {
        return int(std::count_if(calls.begin(), calls.end(), [category](const ApiCallRecord &c) {
            return c.category == category && c.httpStatus != 401;
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
    EXPECT_TRUE(status.nextCheckAt > engineNow());
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

    // Paused: a new edit spends nothing, and "sync now" is one look at the org's figures
    // (refused like any call while the limit is spent, so the org counts none).
    const QDateTime pausedAt = QDateTime::currentDateTimeUtc();
    const qint64 usedWhilePaused = sandboxUsed();
    createPerson(u"Noether"_s);
    m_engine->syncNow();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return countOfAll(ledgerSince(pausedAt), CallCategory::LimitsCheck) == 1; },
        kWaitMs));
    EXPECT_EQ(m_engine->status().state, EngineState::PausedNoCredits);
    EXPECT_EQ(sandboxUsed(), usedWhilePaused);
    EXPECT_EQ(ledgerSince(pausedAt).size(), 1);
    status = m_engine->status();

    // A retry now would fail again: refused, with the time the figures are checked again.
    QSignalSpy refused(m_engine.get(), &SyncEngine::retryRefused);
    m_engine->retryFailures({});
    ASSERT_EQ(refused.size(), 1);
    QList<qint64> refusedIds = refused.first().at(0).value<QList<qint64>>();
    std::sort(refusedIds.begin(), refusedIds.end());
    QList<qint64> failureIds{failures.at(0).id, failures.at(1).id};
    std::sort(failureIds.begin(), failureIds.end());
    EXPECT_EQ(refusedIds, failureIds);
    EXPECT_EQ(refused.first().at(1).toDateTime(), status.nextCheckAt);
    EXPECT_EQ(FailureStore(m_db).count(), 2);

    // The org's rolling 24 hours pass: one scheduled check, then the failures go out.
    advanceClocks(24 * 3600 + 60);
    QSignalSpy finished(m_engine.get(), &SyncEngine::cycleFinished);
    m_engine->tick();
    ASSERT_TRUE(QTest::qWaitFor([&] { return FailureStore(m_db).count() == 0; }, kWaitMs));
    if (finished.isEmpty())
        ASSERT_TRUE(finished.wait(kWaitMs));

    const QList<ApiCallRecord> calls = ledgerSince(pausedAt);
    EXPECT_EQ(countOfAll(calls, CallCategory::LimitsCheck), 2); // Sync Now's, the scheduled one
    EXPECT_EQ(countOf(calls, CallCategory::LimitsCheck), 1);    // the org counted the second
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
    // tick() decides at once: had anything been due, a cycle would be running now.
    EXPECT_FALSE(m_engine->isCycleRunning());
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
    // Both decide at once: had either started a cycle, it would be running now.
    EXPECT_FALSE(m_engine->isCycleRunning());
    EXPECT_TRUE(ApiCallLedgerStore(m_db).callsSince(stoppedAt).isEmpty());
    EXPECT_EQ(m_engine->status().state, EngineState::NeedsSignIn);
}

// Only a refused grant means "sign in again": a token endpoint that fails (5xx, an
// unreadable answer, a dropped connection) leaves the grant standing, so the work backs off
// and goes out once the endpoint answers again.
class SyncEngineTokenEndpointFault : public SyncEngineSandbox,
                                     public ::testing::WithParamInterface<const char *>
{
};

TEST_P(SyncEngineTokenEndpointFault, IsTransientAndTheWorkGoesOutOnRetry)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    control("POST", u"/_sandbox/sessions"_s, {{u"expireAll"_s, true}});
    control("POST", u"/_sandbox/faults"_s,
            {{u"kind"_s, QString::fromLatin1(GetParam())},
             {u"status"_s, 503},
             // Qt sends a request once more by itself when a reused connection closes.
             {u"count"_s, GetParam() == std::string_view("drop") ? 2 : 1},
             {u"path"_s, u"oauth2/token"_s}});
    const qint64 person = createPerson(u"Babbage"_s);

    ASSERT_NO_FATAL_FAILURE(runCycle());
    // The fault was spent on the token endpoint (nothing else matches its path).
    EXPECT_TRUE(control("GET", u"/_sandbox/faults"_s).value(u"faults"_s).toArray().isEmpty());
    EXPECT_EQ(m_engine->status().state, EngineState::Idle);
    const QList<SyncFailure> failures = FailureStore(m_db).all();
    ASSERT_EQ(failures.size(), 1);
    EXPECT_EQ(failures.first().category, FailureCategory::Transient);
    EXPECT_TRUE(failures.first().nextRetryAt.isValid());

    m_clockOffsetSeconds += 40;
    ASSERT_NO_FATAL_FAILURE(tickAndWaitForCycle());
    EXPECT_EQ(m_engine->status().state, EngineState::Idle);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    EXPECT_FALSE(RecordStore(m_db).find(person)->crmId.isEmpty());
}

// The org ends the renewed session too (its sessions reset twice in a row): the grant
// stands, so this is no reason to sign in again either.
TEST_F(SyncEngineSandbox, ASessionEndedAgainRightAfterItsRenewalIsTransient)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    control("POST", u"/_sandbox/faults"_s,
            {{u"kind"_s, u"expire_session"_s}, {u"count"_s, 2}, {u"path"_s, u"/composite"_s}});
    const qint64 person = createPerson(u"Lamarr"_s);
    ASSERT_NO_FATAL_FAILURE(runCycle());
    EXPECT_EQ(m_engine->status().state, EngineState::Idle);
    const QList<SyncFailure> failures = FailureStore(m_db).all();
    ASSERT_EQ(failures.size(), 1);
    EXPECT_EQ(failures.first().category, FailureCategory::Transient);

    m_clockOffsetSeconds += 40;
    ASSERT_NO_FATAL_FAILURE(tickAndWaitForCycle());
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    EXPECT_FALSE(RecordStore(m_db).find(person)->crmId.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Faults, SyncEngineTokenEndpointFault,
                         ::testing::Values("server_error", "malformed_json", "drop"));

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

// Other integrations spent the org's limit: SyncDesk's own calls cannot say when calls
// come back, so the engine asks the org's /limits at a spacing that grows from one minute to
// ten (each check a call in the ledger), "sync now" asks at once, and sync resumes at the
// first check after the org's calls roll off.
TEST_F(SyncEngineSandbox, WithoutCreditsTheOrgsFiguresAreCheckedAtAGrowingSpacing)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 max = sandboxMax();
    // Spread over the last 24 hours: one of the others' calls rolls off every few seconds.
    control("POST", u"/_sandbox/usage"_s, {{u"used"_s, max}});
    const qint64 person = createPerson(u"Hamilton"_s);
    ASSERT_NO_FATAL_FAILURE(runCycle());
    EngineStatus status = m_engine->status();
    ASSERT_EQ(status.state, EngineState::PausedNoCredits);
    EXPECT_NEAR(engineNow().secsTo(status.nextCheckAt), 60, 5);
    // None of the ledger's calls rolls off before the others' do: it cannot tell.
    EXPECT_FALSE(status.resumesAt.isValid());
    EXPECT_EQ(SettingsStore(m_db).value(NextCreditCheckAtKey),
              status.nextCheckAt.toUTC().toString(Qt::ISODate));

    const auto checks = [&] { return countOfAll(ledgerSince(since), CallCategory::LimitsCheck); };
    const QList<qint64> spacings{120, 240, 480, 600, 600};
    for (qsizetype i = 0; i < spacings.size(); ++i) {
        // Due, and the others have spent the calls that rolled off meanwhile.
        advanceClocks(engineNow().secsTo(status.nextCheckAt) + 1);
        control("POST", u"/_sandbox/usage"_s, {{u"used"_s, max}});
        m_engine->tick();
        ASSERT_TRUE(QTest::qWaitFor([&] { return checks() == i + 1; }, kWaitMs)) << i;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return m_engine->status().nextCheckAt != status.nextCheckAt; }, kWaitMs));
        status = m_engine->status();
        ASSERT_EQ(status.state, EngineState::PausedNoCredits);
        EXPECT_NEAR(engineNow().secsTo(status.nextCheckAt), spacings.at(i), 5) << i;
    }

    // "Sync now" asks once, at once; the org still has none.
    const int before = checks();
    m_engine->syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return checks() == before + 1; }, kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_engine->status().nextCheckAt != status.nextCheckAt; }, kWaitMs));
    status = m_engine->status();
    EXPECT_EQ(status.state, EngineState::PausedNoCredits);
    EXPECT_NEAR(engineNow().secsTo(status.nextCheckAt), 600, 5);

    // Ten minutes of the others' calls roll off (about a hundred): the next check finds them
    // and the waiting edit goes out.
    advanceClocks(engineNow().secsTo(status.nextCheckAt) + 1);
    QSignalSpy finished(m_engine.get(), &SyncEngine::cycleFinished);
    m_engine->tick();
    ASSERT_TRUE(QTest::qWaitFor([&] { return FailureStore(m_db).count() == 0; }, kWaitMs));
    if (finished.isEmpty())
        ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(checks(), before + 2);
    EXPECT_EQ(m_engine->status().state, EngineState::Idle);
    EXPECT_FALSE(m_engine->status().nextCheckAt.isValid());
    EXPECT_TRUE(SettingsStore(m_db).value(NextCreditCheckAtKey).isEmpty());
    EXPECT_FALSE(RecordStore(m_db).find(person)->crmId.isEmpty());
}

// The budget is asked before every call a step sends, not once per step: a backlog that
// needs three composite calls under a budget of two spends exactly two, and the rest waits.
TEST_F(SyncEngineSandbox, TheBudgetStopsAStepAtItsLastAllowedCall)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    ASSERT_TRUE(SettingsStore(m_db).setValue(SettingKeys::ConnectorBudget, 2));
    m_engine->reloadConfiguration();
    // 2,500 new people: 1,000 a composite call, so three calls.
    for (int i = 0; i < 2500; ++i)
        createPerson(u"Budget"_s + QString::number(i));

    const qint64 used = sandboxUsed();
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-1);
    ASSERT_NO_FATAL_FAILURE(runCycle());
    EXPECT_EQ(sandboxUsed() - used, 2);
    EXPECT_EQ(countOf(ledgerSince(since), CallCategory::OutboundUpdate), 2);
    const EngineStatus status = m_engine->status();
    EXPECT_EQ(status.state, EngineState::DeferredByBudget);
    EXPECT_EQ(status.failures, 0);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    EXPECT_EQ(status.pendingChanges, 2 * 500); // LastName and Email of the 500 left
    EXPECT_EQ(status.deferredItems, 2 * 500);
    QSqlQuery linked(m_db);
    ASSERT_TRUE(linked.exec(u"SELECT COUNT(*) FROM records WHERE crm_id IS NOT NULL"_s));
    ASSERT_TRUE(linked.next());
    EXPECT_EQ(linked.value(0).toInt(), 2000);
}

// The field editor offers Salesforce's fields from the describe cache. Even an unchanged
// describe costs a call (a 304), so each object is asked about once a day, by the refresh
// time kept in the store: a restarted engine asks nothing.
TEST_F(SyncEngineSandbox, DescribesAreRefreshedOnceADayNotOnEveryStart)
{
    SyncEngineOptions options = engineOptions();
    options.refreshDescribes = true;
    options.tickInterval = std::chrono::hours(24);
    m_engine = std::make_unique<SyncEngine>(options);
    m_engine->start();
    QSignalSpy refreshed(m_engine.get(), &SyncEngine::describesRefreshed);
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-1);
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
    EXPECT_EQ(countOf(ledgerSince(since), CallCategory::Describe), 5);

    // A restart: the cycle's end sends no describe (it would be pending by now).
    m_engine = std::make_unique<SyncEngine>(options);
    m_engine->start();
    ASSERT_NO_FATAL_FAILURE(runCycle());
    EXPECT_FALSE(m_engine->client()->callsPending());
    EXPECT_EQ(countOfAll(ledgerSince(since), CallCategory::Describe), 5);

    // A day later each is asked again: five 304s, counted, and the copies are fresh again.
    m_clockOffsetSeconds += 24 * 3600 + 60;
    QSignalSpy again(m_engine.get(), &SyncEngine::describesRefreshed);
    ASSERT_NO_FATAL_FAILURE(runCycle());
    ASSERT_TRUE(again.count() == 1 || again.wait(kWaitMs));
    EXPECT_EQ(countOf(ledgerSince(since), CallCategory::Describe), 10);
    ASSERT_NO_FATAL_FAILURE(runCycle());
    EXPECT_FALSE(m_engine->client()->callsPending());
    EXPECT_EQ(countOfAll(ledgerSince(since), CallCategory::Describe), 10);
}
