// A long Bulk API 2.0 job as the engine reports it, against the real sandbox org started
// with --bulk-processing-delay (each 10,000 records take that many seconds of the org's
// time): its progress reaches EngineStatus::bulk with counts that only grow and a time left
// in line with the org's pace, the run is logged with its route, and the admin's cancel
// aborts the job at the org: what the org processed is settled, the rest waits and goes
// with the next flush, nothing is lost or sent twice, and the org's meter equals the ledger.
#include "people_backlog.h"
#include "salesforce/salesforce_client.h"
#include "store/outbox_store.h"
#include "store/settings_store.h"
#include "store/sync_run_store.h"
#include "sync/bulk_progress.h"
#include "sync_engine_fixture.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <iostream>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kSecondsPer10k = 1;

class BulkProgressEngine : public SyncEngineFixture
{
protected:
    QStringList sandboxArguments() const override
    {
        return {u"--bulk-processing-delay"_s, QString::number(kSecondsPer10k)};
    }

    void startBulkEngine()
    {
        SyncEngineOptions options = engineOptions();
        options.tickInterval = std::chrono::hours(24);
        options.bulkFirstPoll = std::chrono::milliseconds(100);
        options.bulkMaxPoll = std::chrono::milliseconds(400);
        m_engine = std::make_unique<SyncEngine>(std::move(options));
        QObject::connect(m_engine.get(), &SyncEngine::statusChanged, m_engine.get(),
                         [this](const EngineStatus &status) {
                             // An inbound Bulk read in the same cycle is not this test's.
                             if (status.bulk.running &&
                                 status.bulk.direction == BulkProgress::Direction::Send)
                                 m_progress.append(status.bulk);
                         });
        m_engine->start();
        ASSERT_EQ(m_engine->status().state, EngineState::Idle);
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    qint64 ledgerCalls() { return scalar(u"SELECT COUNT(*) FROM api_calls"_s); }

    // The org's SyncDesk Contacts by external id; a duplicate fails the test.
    QSet<QString> orgExternalIds()
    {
        std::optional<SalesforceResult<QueryResult>> result;
        m_engine->client()->query(
            u"SELECT SyncDesk_Id__c FROM Contact WHERE SyncDesk_Id__c LIKE 'sd-%'"_s,
            CallCategory::InboundPoll,
            [&result](const SalesforceResult<QueryResult> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
        QSet<QString> ids;
        if (!result || !std::holds_alternative<QueryResult>(*result)) {
            ADD_FAILURE() << "the org's Contacts could not be read";
            return ids;
        }
        for (const QJsonValue &value : std::get<QueryResult>(*result).records) {
            const QString id = value.toObject().value(u"SyncDesk_Id__c"_s).toString();
            EXPECT_FALSE(ids.contains(id)) << "duplicate " << id.toStdString();
            ids.insert(id);
        }
        return ids;
    }

    std::optional<SyncRun> lastOutboundRun()
    {
        for (const SyncRun &run : SyncRunStore(m_db).recent(10))
            if (run.kind == SyncRunKind::Outbound)
                return run;
        return std::nullopt;
    }

    QList<BulkProgress> m_progress;
};

} // namespace

TEST_F(BulkProgressEngine, ABulkJobReportsGrowingCountsCallsAndAPlausibleTimeLeft)
{
    constexpr int kPeople = 40'000; // 4 steps of the org's processing
    ASSERT_NO_FATAL_FAILURE(importPeople(m_db, kPeople));
    ASSERT_NO_FATAL_FAILURE(startBulkEngine());
    const qint64 usedBefore = sandboxUsed();
    const qint64 ledgerBefore = ledgerCalls();

    ASSERT_NO_FATAL_FAILURE(runCycle());

    ASSERT_FALSE(m_progress.isEmpty());
    EXPECT_FALSE(m_engine->status().bulk.running); // over with the run
    qint64 processed = 0;
    int calls = 0;
    QSet<qint64> counts;
    bool someTimeLeft = false;
    for (const BulkProgress &progress : std::as_const(m_progress)) {
        EXPECT_EQ(progress.direction, BulkProgress::Direction::Send);
        EXPECT_EQ(progress.object, u"Contact"_s);
        EXPECT_EQ(progress.total, kPeople);
        EXPECT_GE(progress.processed, processed);
        EXPECT_GE(progress.calls, calls);
        EXPECT_TRUE(progress.why.contains(u"40,000"_s) || progress.why.contains(u"40000"_s))
            << progress.why.toStdString();
        processed = progress.processed;
        calls = progress.calls;
        counts.insert(progress.processed);
        if (progress.processed > 0 && progress.processed < progress.total) {
            // What is left at the org's pace, within a wide margin for a loaded machine.
            const qint64 atOrgPace =
                (progress.total - progress.processed) * kSecondsPer10k / 10'000;
            EXPECT_GE(progress.secondsLeft, 0);
            EXPECT_LE(progress.secondsLeft, 4 * atOrgPace + 5)
                << progress.processed << " processed, " << progress.secondsLeft << " s left";
            someTimeLeft = someTimeLeft || progress.secondsLeft > 0;
        }
    }
    std::cout << "[ figures  ] " << m_progress.size() << " progress reports, " << counts.size()
              << " distinct counts, " << calls << " calls" << std::endl;
    EXPECT_EQ(processed, kPeople);
    EXPECT_GE(counts.size(), 3) << "the polls saw the job part done";
    EXPECT_TRUE(someTimeLeft);
    EXPECT_GE(calls, 5); // create, upload, close, polls, results

    // The run in the Activity tab says which API and why; the progress left the store.
    const std::optional<SyncRun> outbound = lastOutboundRun();
    ASSERT_TRUE(outbound);
    EXPECT_EQ(outbound->api, u"bulk2"_s);
    EXPECT_TRUE(outbound->apiReason.contains(u"instead of"_s)) << outbound->apiReason.toStdString();
    EXPECT_EQ(outbound->itemsOk, kPeople);
    EXPECT_TRUE(SettingsStore(m_db).value(BulkProgressKey).isEmpty());
    EXPECT_EQ(sandboxUsed() - usedBefore, ledgerCalls() - ledgerBefore);
}

TEST_F(BulkProgressEngine, CancelAbortsTheJobSettlesWhatTheOrgDidAndTheRestWaitsForTheNextFlush)
{
    constexpr int kPeople = 60'000; // 6 s of the org's processing
    ASSERT_NO_FATAL_FAILURE(importPeople(m_db, kPeople));
    ASSERT_NO_FATAL_FAILURE(startBulkEngine());
    const qint64 usedBefore = sandboxUsed();
    const qint64 ledgerBefore = ledgerCalls();
    bool cancelled = false;
    QObject::connect(m_engine.get(), &SyncEngine::statusChanged, m_engine.get(),
                     [this, &cancelled](const EngineStatus &status) {
                         // Part done: the admin presses Cancel.
                         if (!cancelled && status.bulk.running && status.bulk.processed > 0 &&
                             status.bulk.processed < status.bulk.total) {
                             cancelled = true;
                             QMetaObject::invokeMethod(m_engine.get(), &SyncEngine::cancelBulkJobs,
                                                       Qt::QueuedConnection);
                         }
                     });

    ASSERT_NO_FATAL_FAILURE(runCycle());
    ASSERT_TRUE(cancelled);
    EXPECT_TRUE(std::any_of(m_progress.cbegin(), m_progress.cend(),
                            [](const BulkProgress &p) { return p.cancelling; }));

    // The org kept what it processed before the abort, and SyncDesk settled exactly that.
    const QSet<QString> sent = orgExternalIds();
    std::cout << "[ figures  ] cancelled with " << sent.size() << " of " << kPeople
              << " processed by the org" << std::endl;
    EXPECT_GT(sent.size(), 0);
    EXPECT_LT(sent.size(), kPeople) << "the job was aborted before its end";
    // (The import made records 1 to kPeople; the poll may add the org's own after them.)
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM records WHERE crm_id IS NOT NULL AND id <= %1"_s.arg(
                  kPeople)),
              sent.size());
    EXPECT_EQ(OutboxStore(m_db).waitingCount(), 2 * (kPeople - sent.size()));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox WHERE batch_id IS NOT NULL"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM bulk_jobs"_s), 0);
    const std::optional<SyncRun> outbound = lastOutboundRun();
    ASSERT_TRUE(outbound);
    EXPECT_TRUE(outbound->summary.contains(u"cancelled"_s)) << outbound->summary.toStdString();
    EXPECT_EQ(outbound->itemsOk, sent.size());

    // The next flush sends the rest: every person once in the org, nothing left waiting.
    ASSERT_NO_FATAL_FAILURE(runCycle());
    EXPECT_EQ(orgExternalIds().size(), kPeople);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM records WHERE crm_id IS NULL"_s), 0);
    // The abort was a call like any other: the org's meter and the ledger agree.
    EXPECT_EQ(sandboxUsed() - usedBefore, ledgerCalls() - ledgerBefore);
}
