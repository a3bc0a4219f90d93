// The activity store on SQLite and on PostgreSQL: the Task columns of schema 3, waiting
// versus in flight versus held by a failure, one-transaction outcomes, crash recovery
// marks; and the CSV import keeping a call's duration.
#include "store/activity_store.h"
#include "store/database.h"
#include "store/failure_store.h"
#include "store_backend_test.h"
#include "sync/csv_import.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

class ActivityStoreTest : public syncdesk::test::StoreBackendTest
{
protected:
    void SetUp() override
    {
        StoreBackendTest::SetUp();
        openStore();
    }

    QList<qint64> addCalls(int count, const QString &prefix)
    {
        ActivityStore store(m_db);
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            const auto id = store.add({.externalId = prefix + QString::number(i),
                                       .kind = Activity::Kind::Call,
                                       .subject = u"Call "_s + QString::number(i),
                                       .occurredAt = T0});
            EXPECT_TRUE(id);
            if (id)
                ids.append(*id);
        }
        return ids;
    }
};

QList<qint64> idsOf(const QList<Activity> &activities)
{
    QList<qint64> ids;
    for (const Activity &activity : activities)
        ids.append(activity.id);
    return ids;
}

} // namespace

SYNCDESK_STORE_ON_BOTH_BACKENDS(ActivityStoreTest);

TEST_P(ActivityStoreTest, TaskColumnsAreStoredAndReadBack)
{
    ActivityStore store(m_db);
    const auto call = store.add({.externalId = u"call-1"_s,
                                 .kind = Activity::Kind::Call,
                                 .subject = u"Discovery"_s,
                                 .body = u"Talked about pricing"_s,
                                 .occurredAt = T0,
                                 .durationSeconds = 754,
                                 .callType = u"Inbound"_s,
                                 .taskStatus = u"In Progress"_s,
                                 .priority = u"High"_s});
    ASSERT_TRUE(call);
    const auto email = store.add({.externalId = u"mail-1"_s,
                                  .kind = Activity::Kind::Email,
                                  .subject = u"Proposal"_s,
                                  .occurredAt = T0});
    ASSERT_TRUE(email);

    const std::optional<Activity> readCall = store.find(*call);
    ASSERT_TRUE(readCall);
    EXPECT_EQ(readCall->durationSeconds, 754);
    EXPECT_EQ(readCall->callType, u"Inbound"_s);
    EXPECT_EQ(readCall->taskStatus, u"In Progress"_s);
    EXPECT_EQ(readCall->priority, u"High"_s);
    EXPECT_EQ(readCall->body, u"Talked about pricing"_s);
    EXPECT_TRUE(readCall->batchId.isEmpty());
    EXPECT_FALSE(readCall->failureId);

    const std::optional<Activity> readEmail = store.findByExternalId(u"mail-1"_s);
    ASSERT_TRUE(readEmail);
    EXPECT_EQ(readEmail->id, *email);
    EXPECT_FALSE(readEmail->durationSeconds);
    EXPECT_TRUE(readEmail->callType.isEmpty());
    EXPECT_EQ(readEmail->taskStatus, u"Completed"_s);
    EXPECT_EQ(readEmail->priority, u"Normal"_s);
}

TEST_P(ActivityStoreTest, InFlightActivitiesDoNotWaitAndMarkingIsAllOrNothing)
{
    const QList<qint64> ids = addCalls(5, u"c-"_s);
    ActivityStore store(m_db);
    EXPECT_EQ(store.pendingCount(), 5);

    ASSERT_TRUE(store.markInFlight(u"b1"_s, {ids[0], ids[1]}));
    EXPECT_EQ(store.pendingCount(), 3);
    EXPECT_EQ(idsOf(store.pending(10)), (QList<qint64>{ids[2], ids[3], ids[4]}));
    EXPECT_EQ(idsOf(store.inBatch(u"b1"_s, 10)), (QList<qint64>{ids[0], ids[1]}));

    // ids[1] is already in flight: nothing of this batch is marked.
    EXPECT_FALSE(store.markInFlight(u"b2"_s, {ids[2], ids[1]}));
    EXPECT_TRUE(store.inBatch(u"b2"_s, 10).isEmpty());
    EXPECT_EQ(store.pendingCount(), 3);

    EXPECT_EQ(store.releaseInFlight(), 2);
    EXPECT_EQ(store.pendingCount(), 5);
}

TEST_P(ActivityStoreTest, AnOutcomeLogsFailsAndReleasesInOneGo)
{
    const QList<qint64> ids = addCalls(4, u"o-"_s);
    ActivityStore store(m_db);
    ASSERT_TRUE(store.markInFlight(u"b"_s, ids));

    ActivityOutcome outcome;
    outcome.logged.insert(ids[0], u"00T000000000001AAA"_s);
    SyncFailure failure;
    failure.itemId = ids[1];
    failure.category = FailureCategory::Validation;
    failure.sfStatusCode = u"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"_s;
    failure.message = u"Call Type: bad value for restricted picklist field"_s;
    failure.fields = {u"CallType"_s};
    outcome.failures.append(failure);
    outcome.released.append(ids[2]);
    ASSERT_TRUE(store.recordOutcome(outcome)) << store.lastError().toStdString();

    const Activity logged = *store.find(ids[0]);
    EXPECT_EQ(logged.state, Activity::State::Synced);
    EXPECT_EQ(logged.crmTaskId, u"00T000000000001AAA"_s);
    EXPECT_TRUE(logged.batchId.isEmpty());

    const Activity failed = *store.find(ids[1]);
    EXPECT_EQ(failed.state, Activity::State::Failed);
    ASSERT_TRUE(failed.failureId);
    const std::optional<SyncFailure> filed = FailureStore(m_db).find(*failed.failureId);
    ASSERT_TRUE(filed);
    EXPECT_EQ(filed->itemKind, SyncFailure::ItemKind::Activity);
    EXPECT_EQ(filed->itemId, ids[1]);
    EXPECT_EQ(filed->sfStatusCode, u"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"_s);
    EXPECT_EQ(filed->fields, QStringList{u"CallType"_s});

    EXPECT_TRUE(store.find(ids[2])->batchId.isEmpty());
    EXPECT_EQ(store.find(ids[3])->batchId, u"b"_s); // not in the outcome: still in flight
    EXPECT_EQ(idsOf(store.pending(10)), QList<qint64>{ids[2]});

    // Resolving the failure (a retry) lets the activity wait again.
    ASSERT_TRUE(FailureStore(m_db).resolve(*failed.failureId));
    EXPECT_FALSE(store.find(ids[1])->failureId);
    EXPECT_EQ(idsOf(store.pending(10)), (QList<qint64>{ids[1], ids[2]}));
}

TEST_P(ActivityStoreTest, AnOutcomeThatCannotBeWrittenWhollyChangesNothing)
{
    const QList<qint64> ids = addCalls(2, u"r-"_s);
    ActivityStore store(m_db);
    ASSERT_TRUE(store.markInFlight(u"b"_s, ids));
    // Filing the failure will fail after the first activity was marked logged.
    QSqlQuery rename(m_db);
    ASSERT_TRUE(rename.exec(u"ALTER TABLE sync_failures RENAME TO sync_failures_gone"_s));

    ActivityOutcome outcome;
    outcome.logged.insert(ids[0], u"00T000000000002AAA"_s);
    SyncFailure failure;
    failure.itemId = ids[1];
    failure.message = u"refused"_s;
    outcome.failures.append(failure);
    EXPECT_FALSE(store.recordOutcome(outcome));

    EXPECT_EQ(store.find(ids[0])->state, Activity::State::Pending);
    EXPECT_TRUE(store.find(ids[0])->crmTaskId.isEmpty());
    EXPECT_EQ(store.find(ids[0])->batchId, u"b"_s);
    EXPECT_EQ(store.find(ids[1])->batchId, u"b"_s);
}

TEST_P(ActivityStoreTest, ACrashedBatchIsHeldUnconfirmedUntilChecked)
{
    const QList<qint64> ids = addCalls(3, u"u-"_s);
    ActivityStore store(m_db);
    ASSERT_TRUE(store.markInFlight(u"b1"_s, {ids[0]}));
    ASSERT_TRUE(store.markInFlight(u"b2"_s, {ids[1]}));

    EXPECT_EQ(store.markInFlightUnconfirmed(), 2);
    EXPECT_EQ(idsOf(store.inBatch(ActivityStore::kUnconfirmedBatch.toString(), 10)),
              (QList<qint64>{ids[0], ids[1]}));
    EXPECT_EQ(idsOf(store.pending(10)), QList<qint64>{ids[2]});
}

TEST_P(ActivityStoreTest, FailuresOfALostAnswerStayUnconfirmedAndLoggingResolvesThem)
{
    const QList<qint64> ids = addCalls(2, u"l-"_s);
    ActivityStore store(m_db);
    ASSERT_TRUE(store.markInFlight(u"b"_s, ids));
    ActivityOutcome lost;
    lost.maybeApplied = true;
    for (qint64 id : ids) {
        SyncFailure failure;
        failure.itemId = id;
        failure.category = FailureCategory::Transient;
        failure.message = u"timed out"_s;
        lost.failures.append(failure);
    }
    ASSERT_TRUE(store.recordOutcome(lost)) << store.lastError().toStdString();
    EXPECT_EQ(FailureStore(m_db).count(), 2);
    EXPECT_EQ(idsOf(store.inBatch(ActivityStore::kUnconfirmedBatch.toString(), 10)), ids);
    EXPECT_EQ(store.pendingCount(), 0);

    // The lookup found the first Task: logged, its failure gone; the second waits for
    // its failure to be retried.
    ActivityOutcome checked;
    checked.logged.insert(ids[0], u"00T000000000003AAA"_s);
    checked.released.append(ids[1]);
    ASSERT_TRUE(store.recordOutcome(checked));
    const Activity logged = *store.find(ids[0]);
    EXPECT_EQ(logged.state, Activity::State::Synced);
    EXPECT_FALSE(logged.failureId);
    const QList<SyncFailure> standing = FailureStore(m_db).all();
    ASSERT_EQ(standing.size(), 1);
    EXPECT_EQ(standing[0].itemId, ids[1]);
    EXPECT_EQ(store.pendingCount(), 0);
    ASSERT_TRUE(FailureStore(m_db).resolve(standing[0].id));
    EXPECT_EQ(idsOf(store.pending(10)), QList<qint64>{ids[1]});
}

TEST_P(ActivityStoreTest, CsvImportKeepsTheCallDuration)
{
    const ImportResult result = CsvImport(m_db).importData(
        CsvImportKind::Activities, "Type,Subject,Date,DurationSeconds,Description\n"
                                   "call,Renewal call,2026-03-02,95,Went well\n"
                                   "email,Proposal,2026-03-03,,Sent the PDF\n");
    ASSERT_TRUE(result.ok()) << result.errors.value(0).toString().toStdString();
    ASSERT_EQ(result.rowsImported, 2);

    const QList<Activity> imported = ActivityStore(m_db).pending(10);
    ASSERT_EQ(imported.size(), 2);
    EXPECT_EQ(imported[0].kind, Activity::Kind::Call);
    EXPECT_EQ(imported[0].durationSeconds, 95);
    EXPECT_EQ(imported[0].occurredAt, QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(imported[1].kind, Activity::Kind::Email);
    EXPECT_FALSE(imported[1].durationSeconds);
}
