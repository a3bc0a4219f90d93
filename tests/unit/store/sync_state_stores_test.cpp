// The engine's own state tables (Bulk jobs, inbound Bulk reads, watermarks, conflicts, sync
// runs) and the store's set-based writes (multi-row inserts, an import's outbox entries, the
// written-by-us stamp), each on SQLite and on PostgreSQL.
#include "store/bulk_job_store.h"
#include "store/conflict_store.h"
#include "store/inbound_bulk_read_store.h"
#include "store/multi_row_insert.h"
#include "store/outbox_store.h"
#include "store/record_store.h"
#include "store/sync_run_store.h"
#include "store/watermark_store.h"
#include "store_backend_test.h"
#include "store_fixture.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

class SyncStateStores : public syncdesk::test::StoreBackendTest
{
protected:
    void SetUp() override
    {
        StoreBackendTest::SetUp();
        if (!HasFatalFailure())
            openStore();
    }

    qint64 addPerson(const QJsonObject &fields, const QString &crmId = QString())
    {
        const std::optional<qint64> id =
            RecordStore(m_db).insert({.kind = RecordKind::Person,
                                      .crmObject = crmId.isEmpty() ? QString() : u"Contact"_s,
                                      .crmId = crmId,
                                      .fields = fields,
                                      .syncState = RecordSyncState::Pending});
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    QList<qint64> enqueue(qint64 recordId, const QStringList &fields)
    {
        OutboxStore outbox(m_db);
        QList<qint64> ids;
        for (const QString &field : fields) {
            const std::optional<qint64> id = outbox.enqueue(recordId, field, u"v"_s, T0);
            EXPECT_TRUE(id) << outbox.lastError().toStdString();
            ids.append(id.value_or(0));
        }
        return ids;
    }
};

} // namespace

SYNCDESK_STORE_ON_BOTH_BACKENDS(SyncStateStores);

TEST_P(SyncStateStores, ABulkJobIsPlannedWithItsEntriesInFlightAndResumedAfterARestart)
{
    const qint64 linked = addPerson({{u"title"_s, u"CTO"_s}}, u"003000000000001AAA"_s);
    const qint64 fresh = addPerson({{u"title"_s, u"CFO"_s}});
    const QList<qint64> entries =
        enqueue(linked, {u"title"_s, u"email"_s}) + enqueue(fresh, {u"title"_s});
    BulkJobStore jobs(m_db);
    const std::optional<qint64> job =
        jobs.plan(u"bulk-1"_s, u"Contact"_s, u"upsert"_s, entries, 2, T0);
    ASSERT_TRUE(job) << jobs.lastError().toStdString();
    // An entry already in flight cannot be planned twice: all or none.
    EXPECT_FALSE(jobs.plan(u"bulk-2"_s, u"Contact"_s, u"upsert"_s, {entries[0]}, 1, T0));

    ASSERT_TRUE(jobs.setCreated(*job, u"750000000000001AAA"_s));
    ASSERT_TRUE(jobs.setStage(*job, BulkJobRow::Stage::Uploaded));
    EXPECT_FALSE(jobs.setStage(*job + 100, BulkJobRow::Stage::Closed));
    const QList<BulkJobRow> all = jobs.all();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].id, *job);
    EXPECT_EQ(all[0].batchId, u"bulk-1"_s);
    EXPECT_EQ(all[0].jobId, u"750000000000001AAA"_s);
    EXPECT_EQ(all[0].stage, BulkJobRow::Stage::Uploaded);
    EXPECT_EQ(all[0].plannedAt, T0);
    EXPECT_EQ(all[0].records, 2);

    QList<BulkCarriedEntry> carried = jobs.carried(u"bulk-1"_s);
    ASSERT_EQ(carried.size(), 3);
    EXPECT_EQ(carried[0].entryId, entries[0]);
    EXPECT_EQ(carried[0].crmId, u"003000000000001AAA"_s);
    EXPECT_EQ(carried[2].recordId, fresh);
    EXPECT_TRUE(carried[2].crmId.isEmpty());

    // A restart releases every in-flight mark; the recorded job takes its entries back.
    OutboxStore outbox(m_db);
    EXPECT_EQ(outbox.releaseInFlight(), 3);
    EXPECT_EQ(jobs.markInFlightAgain(), 3);
    EXPECT_EQ(outbox.inBatch(u"bulk-1"_s).size(), 3);

    ASSERT_TRUE(jobs.finish(*job, u"bulk-1"_s));
    EXPECT_TRUE(jobs.all().isEmpty());
    EXPECT_EQ(outbox.waitingCount(), 3);
    EXPECT_EQ(jobs.markInFlightAgain(), 0);
}

TEST_P(SyncStateStores, AnInboundBulkReadMovesOnPageByPageAndKeepsItsCountsWhenRestarted)
{
    InboundBulkReadStore reads(m_db);
    EXPECT_FALSE(reads.find(u"Contact"_s));
    ASSERT_TRUE(reads.plan({.crmObject = u"Contact"_s,
                            .soql = u"SELECT Id FROM Contact"_s,
                            .inboundFields = {u"Email"_s, u"Title"_s},
                            .expectedRows = 30'000,
                            .plannedAt = T0}))
        << reads.lastError().toStdString();
    ASSERT_TRUE(reads.setJob(u"Contact"_s, u"750000000000002AAA"_s));
    ASSERT_TRUE(reads.rowsApplied(u"Contact"_s, 10'000, u"2026-03-02T08:00:00.000+0000"_s));
    // An older stamp never moves the newest one back.
    ASSERT_TRUE(reads.rowsApplied(u"Contact"_s, 5'000, u"2026-03-01T08:00:00.000+0000"_s));
    ASSERT_TRUE(reads.pageApplied(u"Contact"_s, u"locator-2"_s));

    std::optional<InboundBulkReadRow> read = reads.find(u"Contact"_s);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->soql, u"SELECT Id FROM Contact"_s);
    EXPECT_EQ(read->inboundFields, QStringList({u"Email"_s, u"Title"_s}));
    EXPECT_EQ(read->jobId, u"750000000000002AAA"_s);
    EXPECT_EQ(read->nextLocator, u"locator-2"_s);
    EXPECT_EQ(read->pagesApplied, 1);
    EXPECT_EQ(read->rowsApplied, 15'000);
    EXPECT_EQ(read->newestModstamp, u"2026-03-02T08:00:00.000+0000"_s);
    EXPECT_EQ(read->expectedRows, 30'000);
    EXPECT_EQ(read->plannedAt, T0);

    ASSERT_TRUE(reads.restart(u"Contact"_s, u"SELECT Id FROM Contact WHERE x"_s));
    read = reads.find(u"Contact"_s);
    ASSERT_TRUE(read);
    EXPECT_TRUE(read->jobId.isEmpty());
    EXPECT_TRUE(read->nextLocator.isEmpty());
    EXPECT_EQ(read->pagesApplied, 0);
    EXPECT_EQ(read->rowsApplied, 15'000);

    ASSERT_TRUE(reads.remove(u"Contact"_s));
    EXPECT_FALSE(reads.find(u"Contact"_s));
}

TEST_P(SyncStateStores, AWatermarkCoversTheFieldsItWasReadWith)
{
    WatermarkStore marks(m_db);
    EXPECT_FALSE(marks.watermark(u"Contact"_s));
    ASSERT_TRUE(marks.advance(u"Contact"_s, u"2026-03-02T08:00:00.000+0000"_s, T0,
                              {u"Email"_s, u"Title"_s}));
    ASSERT_TRUE(marks.advance(u"Contact"_s, u"2026-03-02T09:00:00.000+0000"_s, T0.addSecs(60),
                              {u"Email"_s, u"Title"_s}));
    EXPECT_EQ(marks.watermark(u"Contact"_s), u"2026-03-02T09:00:00.000+0000"_s);
    EXPECT_EQ(marks.polledAt(u"Contact"_s), T0.addSecs(60));
    EXPECT_EQ(marks.watermarkCovering(u"Contact"_s, {u"Title"_s}),
              u"2026-03-02T09:00:00.000+0000"_s);
    EXPECT_FALSE(marks.watermarkCovering(u"Contact"_s, {u"Title"_s, u"Phone"_s}));
    ASSERT_TRUE(marks.clear(u"Contact"_s));
    EXPECT_FALSE(marks.watermark(u"Contact"_s));
    EXPECT_FALSE(marks.polledAt(u"Contact"_s).isValid());
}

TEST_P(SyncStateStores, ConflictsKeepBothValuesWithTheirJsonTypes)
{
    const qint64 record = addPerson({{u"title"_s, u"CTO"_s}});
    ConflictStore conflicts(m_db);
    const std::optional<qint64> first = conflicts.add({.recordId = record,
                                                       .field = u"title"_s,
                                                       .localValue = u"CTO \"acting\""_s,
                                                       .crmValue = QJsonValue(),
                                                       .winner = SyncConflict::Winner::Local,
                                                       .localChangedAt = T0,
                                                       .crmChangedAt = T0.addSecs(-60),
                                                       .decidedAt = T0.addSecs(10)});
    ASSERT_TRUE(first) << conflicts.lastError().toStdString();
    const std::optional<qint64> second = conflicts.add({.recordId = record,
                                                        .field = u"employees"_s,
                                                        .localValue = 12,
                                                        .crmValue = 12.5,
                                                        .winner = SyncConflict::Winner::Crm,
                                                        .decidedAt = T0.addSecs(20)});
    ASSERT_TRUE(second);
    EXPECT_NE(*first, *second);
    EXPECT_EQ(conflicts.count(), 2);

    const QList<SyncConflict> recent = conflicts.recent(10);
    ASSERT_EQ(recent.size(), 2);
    EXPECT_EQ(recent[0].id, *second); // newest first
    EXPECT_EQ(recent[0].localValue, QJsonValue(12));
    EXPECT_EQ(recent[0].crmValue, QJsonValue(12.5));
    EXPECT_FALSE(recent[0].localChangedAt.isValid());
    const QList<SyncConflict> forRecord = conflicts.forRecord(record);
    ASSERT_EQ(forRecord.size(), 2);
    EXPECT_EQ(forRecord[0].localValue, QJsonValue(u"CTO \"acting\""_s));
    EXPECT_TRUE(forRecord[0].crmValue.isNull());
    EXPECT_EQ(forRecord[0].winner, SyncConflict::Winner::Local);
    EXPECT_EQ(forRecord[0].crmChangedAt, T0.addSecs(-60));
    EXPECT_EQ(conflicts.recent(1).size(), 1);
}

TEST_P(SyncStateStores, SyncRunsAreListedNewestFirstWithTheirApi)
{
    SyncRunStore runs(m_db);
    const std::optional<qint64> first = runs.start(SyncRunKind::Inbound, T0);
    const std::optional<qint64> second = runs.start(SyncRunKind::Outbound, T0.addSecs(30));
    ASSERT_TRUE(first && second) << runs.lastError().toStdString();
    EXPECT_NE(*first, *second);
    ASSERT_TRUE(runs.finish(*first, T0.addSecs(5), 1, 40, 2, u"40 read"_s));
    ASSERT_TRUE(runs.setApi(*first, u"bulk2"_s, u"Contact: 60,000 row(s)"_s));

    const QList<SyncRun> recent = runs.recent(10);
    ASSERT_EQ(recent.size(), 2);
    EXPECT_EQ(recent[0].id, *second);
    EXPECT_FALSE(recent[0].finishedAt.isValid()); // still running
    EXPECT_EQ(recent[1].kind, SyncRunKind::Inbound);
    EXPECT_EQ(recent[1].finishedAt, T0.addSecs(5));
    EXPECT_EQ(recent[1].calls, 1);
    EXPECT_EQ(recent[1].itemsOk, 40);
    EXPECT_EQ(recent[1].itemsFailed, 2);
    EXPECT_EQ(recent[1].summary, u"40 read"_s);
    EXPECT_EQ(recent[1].api, u"bulk2"_s);
    EXPECT_EQ(recent[1].apiReason, u"Contact: 60,000 row(s)"_s);
}

TEST_P(SyncStateStores, AMultiRowInsertWritesEveryRowWithItsTypesAcrossStatements)
{
    // More rows than one statement takes on either backend, and a last partial statement.
    constexpr int kRows = 2'345;
    MultiRowInsert rows(m_db, u"alerts"_s,
                        {u"sent_at"_s, u"kind"_s, u"level"_s, u"recipient"_s, u"subject"_s,
                         u"delivered"_s, u"error"_s});
    ASSERT_TRUE(exec(u"BEGIN"_s));
    for (int i = 0; i < kRows; ++i) {
        ASSERT_TRUE(rows.add({T0.toMSecsSinceEpoch() + i, u"threshold"_s, u"warning"_s,
                              u"ops@example.com"_s, u"Usage \"%1\" \\ 'quoted'\n"_s.arg(i),
                              i % 2 == 0, i % 3 == 0 ? QVariant() : QVariant(u"é %1"_s.arg(i))}))
            << rows.lastError().toStdString();
    }
    ASSERT_TRUE(rows.finish()) << rows.lastError().toStdString();
    ASSERT_TRUE(exec(u"COMMIT"_s));

    QSqlQuery query(m_db);
    ASSERT_TRUE(query.exec(u"SELECT COUNT(*), SUM(delivered), COUNT(error), MIN(sent_at), "
                           "MAX(sent_at) FROM alerts"_s));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), kRows);
    EXPECT_EQ(query.value(1).toInt(), (kRows + 1) / 2);
    EXPECT_EQ(query.value(2).toInt(), kRows - (kRows + 2) / 3);
    EXPECT_EQ(query.value(3).toLongLong(), T0.toMSecsSinceEpoch());
    EXPECT_EQ(query.value(4).toLongLong(), T0.toMSecsSinceEpoch() + kRows - 1);
    ASSERT_TRUE(query.exec(u"SELECT subject, error FROM alerts WHERE sent_at = %1"_s.arg(
        T0.toMSecsSinceEpoch() + 1000)));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), u"Usage \"1000\" \\ 'quoted'\n"_s);
    EXPECT_EQ(query.value(1).toString(), u"é 1000"_s);
}

TEST_P(SyncStateStores, AnImportsNewRecordsQueueEachFieldAsItsJsonText)
{
    const QJsonObject fields{{u"name"_s, u"Ada \"the first\" \\ Lovelace\nline two"_s},
                             {u"employees"_s, 42},
                             {u"score"_s, 2.5},
                             {u"active"_s, true},
                             {u"retired"_s, false},
                             {u"phone"_s, QJsonValue()},
                             {u"city"_s, u"Zürich"_s}};
    const qint64 before = addPerson({{u"title"_s, u"not imported"_s}});
    const qint64 first = addPerson(fields);
    const qint64 second = addPerson({{u"title"_s, u"CTO"_s}});
    OutboxStore outbox(m_db);
    ASSERT_TRUE(exec(u"BEGIN"_s));
    ASSERT_TRUE(outbox.enqueueFieldsOfNewRecords(first, second + 1, T0))
        << outbox.lastError().toStdString();
    ASSERT_TRUE(exec(u"COMMIT"_s));

    EXPECT_EQ(outbox.countForRecord(before), 0);
    const QList<OutboxEntry> queued = outbox.forRecord(first);
    ASSERT_EQ(queued.size(), fields.size());
    QJsonObject values;
    for (const OutboxEntry &entry : queued) {
        values.insert(entry.field, entry.newValue);
        EXPECT_EQ(entry.queuedAt, T0);
    }
    EXPECT_EQ(values, fields);
    ASSERT_EQ(outbox.forRecord(second).size(), 1);
    EXPECT_EQ(outbox.forRecord(second)[0].newValue, QJsonValue(u"CTO"_s));
}

TEST_P(SyncStateStores, TheWrittenByUsStampKeepsTheLaterTime)
{
    const qint64 a = addPerson({{u"title"_s, u"CTO"_s}});
    const qint64 b = addPerson({{u"title"_s, u"CFO"_s}});
    RecordStore records(m_db);
    ASSERT_TRUE(records.markWrittenByUs({a}, T0.addSecs(60)));
    ASSERT_TRUE(records.markWrittenByUs({a, b}, T0));
    EXPECT_EQ(records.find(a)->crmWrittenAt, T0.addSecs(60));
    EXPECT_EQ(records.find(b)->crmWrittenAt, T0);
}
