#include "store/failure_store.h"
#include "store/local_change_writer.h"
#include "store/outbox_store.h"
#include "store/record_store.h"
#include "store_backend_test.h"
#include "store_fixture.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;

namespace {
const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

class LocalChangeOutbox : public syncdesk::test::StoreBackendTest
{
protected:
    void SetUp() override
    {
        StoreBackendTest::SetUp();
        openStore();
        RecordStore records(m_db);
        const std::optional<qint64> id =
            records.mergeFromCrm(RecordKind::Person, u"Contact"_s, u"003000000000001AAA"_s,
                                 QJsonObject{{u"name"_s, u"Ada"_s}, {u"title"_s, u"Engineer"_s}});
        ASSERT_TRUE(id);
        m_recordId = *id;
    }

    int rowCount(const QString &table)
    {
        QSqlQuery query(m_db);
        if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    qint64 m_recordId = 0;
};
SYNCDESK_STORE_ON_BOTH_BACKENDS(LocalChangeOutbox);

TEST_P(LocalChangeOutbox, ALocalChangeUpdatesTheRecordAndQueuesEachField)
{
    LocalChangeWriter writer(m_db);
    ASSERT_TRUE(writer.apply(
        m_recordId, QJsonObject{{u"title"_s, u"CTO"_s}, {u"score"_s, 42}, {u"fax"_s, QJsonValue()}},
        T0));

    const std::optional<LocalRecord> record = RecordStore(m_db).find(m_recordId);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->fields.value(u"title"_s).toString(), u"CTO"_s);
    EXPECT_EQ(record->fields.value(u"name"_s).toString(), u"Ada"_s);
    EXPECT_EQ(record->syncState, RecordSyncState::Pending);
    EXPECT_EQ(record->updatedAt, T0);

    OutboxStore outbox(m_db);
    const QList<OutboxEntry> waiting = outbox.waiting(10);
    ASSERT_EQ(waiting.size(), 3);
    QJsonObject queued;
    for (const OutboxEntry &entry : waiting) {
        EXPECT_EQ(entry.recordId, m_recordId);
        EXPECT_EQ(entry.queuedAt, T0);
        queued.insert(entry.field, entry.newValue);
    }
    // Values keep their JSON types through the column.
    EXPECT_EQ(queued.value(u"title"_s), QJsonValue(u"CTO"_s));
    EXPECT_EQ(queued.value(u"score"_s), QJsonValue(42));
    EXPECT_TRUE(queued.value(u"fax"_s).isNull());
}

TEST_P(LocalChangeOutbox, TheLatestValueOfAFieldWins)
{
    LocalChangeWriter writer(m_db);
    ASSERT_TRUE(writer.apply(m_recordId, QJsonObject{{u"title"_s, u"CTO"_s}}, T0));
    ASSERT_TRUE(writer.apply(m_recordId, QJsonObject{{u"title"_s, u"CEO"_s}}, T0.addSecs(5)));
    const QList<OutboxEntry> waiting = OutboxStore(m_db).waiting(10);
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting.first().newValue.toString(), u"CEO"_s);
}

TEST_P(LocalChangeOutbox, AFailureMidwayWritesNothing)
{
    // The database itself refuses the second outbox row, after the record update and
    // the first row have been written inside the transaction.
    ASSERT_TRUE(refuseInserts(u"outbox"_s, u"NEW.field = 'zz_boom'"_s, u"injected"_s));
    LocalChangeWriter writer(m_db);
    EXPECT_FALSE(
        writer.apply(m_recordId, QJsonObject{{u"title"_s, u"CTO"_s}, {u"zz_boom"_s, 1}}, T0));
    EXPECT_TRUE(writer.lastError().contains(u"injected"_s)) << writer.lastError().toStdString();

    const std::optional<LocalRecord> record = RecordStore(m_db).find(m_recordId);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->fields.value(u"title"_s).toString(), u"Engineer"_s);
    EXPECT_FALSE(record->fields.contains(u"zz_boom"_s));
    EXPECT_EQ(record->syncState, RecordSyncState::Synced);
    EXPECT_EQ(rowCount(u"outbox"_s), 0);
}

TEST_P(LocalChangeOutbox, AChangeToAMissingRecordWritesNothing)
{
    LocalChangeWriter writer(m_db);
    EXPECT_FALSE(writer.apply(m_recordId + 100, QJsonObject{{u"title"_s, u"CTO"_s}}, T0));
    EXPECT_EQ(rowCount(u"outbox"_s), 0);
}

TEST_P(LocalChangeOutbox, ConfirmedEntriesAreDeletedWithTheRecordMarkedSynced)
{
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(
        m_recordId, QJsonObject{{u"title"_s, u"CTO"_s}, {u"name"_s, u"Ada L."_s}}, T0));
    OutboxStore outbox(m_db);
    const QList<OutboxEntry> waiting = outbox.waiting(10);
    ASSERT_EQ(waiting.size(), 2);
    ASSERT_TRUE(outbox.markInFlight(u"batch-1"_s, {waiting[0].id, waiting[1].id}));
    EXPECT_EQ(outbox.waitingCount(), 0);
    EXPECT_EQ(outbox.inBatch(u"batch-1"_s).size(), 2);
    // An entry in flight cannot join a second batch.
    EXPECT_FALSE(outbox.markInFlight(u"batch-2"_s, {waiting[0].id}));

    // A change made while the batch is out is a new entry, not a rewrite of the one in flight.
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(m_recordId, QJsonObject{{u"title"_s, u"CEO"_s}}, T0));
    EXPECT_EQ(outbox.inBatch(u"batch-1"_s).size(), 2);

    ASSERT_TRUE(outbox.recordOutcome({.confirmedEntryIds = {waiting[0].id, waiting[1].id}}));
    EXPECT_TRUE(outbox.inBatch(u"batch-1"_s).isEmpty());
    // The later change still waits, so the record is not yet synced.
    EXPECT_EQ(RecordStore(m_db).find(m_recordId)->syncState, RecordSyncState::Pending);

    const QList<OutboxEntry> later = outbox.waiting(10);
    ASSERT_EQ(later.size(), 1);
    ASSERT_TRUE(outbox.markInFlight(u"batch-2"_s, {later[0].id}));
    ASSERT_TRUE(outbox.recordOutcome({.confirmedEntryIds = {later[0].id}}));
    EXPECT_EQ(RecordStore(m_db).find(m_recordId)->syncState, RecordSyncState::Synced);
    EXPECT_EQ(rowCount(u"outbox"_s), 0);
}

TEST_P(LocalChangeOutbox, FailedEntriesAreHeldByTheirFailureUntilItIsResolved)
{
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(m_recordId, QJsonObject{{u"title"_s, u""_s}}, T0));
    OutboxStore outbox(m_db);
    const qint64 entryId = outbox.waiting(1).first().id;
    ASSERT_TRUE(outbox.markInFlight(u"batch-1"_s, {entryId}));

    BatchOutcome outcome;
    outcome.failures.append({.entryIds = {entryId},
                             .failure = {.itemKind = SyncFailure::ItemKind::Record,
                                         .itemId = m_recordId,
                                         .category = FailureCategory::Validation,
                                         .sfStatusCode = u"FIELD_CUSTOM_VALIDATION_EXCEPTION"_s,
                                         .message = u"Title is required"_s,
                                         .fields = {u"Title"_s}}});
    ASSERT_TRUE(outbox.recordOutcome(outcome));

    FailureStore failures(m_db);
    ASSERT_EQ(failures.count(), 1);
    const SyncFailure failure = failures.all().first();
    EXPECT_EQ(failure.sfStatusCode, u"FIELD_CUSTOM_VALIDATION_EXCEPTION"_s);
    EXPECT_EQ(RecordStore(m_db).find(m_recordId)->syncState, RecordSyncState::Failed);
    // Held back: kept, but not offered to the next batch.
    EXPECT_EQ(rowCount(u"outbox"_s), 1);
    EXPECT_EQ(outbox.waitingCount(), 0);

    ASSERT_TRUE(failures.resolve(failure.id));
    const QList<OutboxEntry> released = outbox.waiting(10);
    ASSERT_EQ(released.size(), 1);
    EXPECT_EQ(released.first().id, entryId);
    EXPECT_FALSE(released.first().failureId);
}

TEST_P(LocalChangeOutbox, AnOutcomeThatCannotBeRecordedKeepsTheBatchInFlight)
{
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(
        m_recordId, QJsonObject{{u"title"_s, u"CTO"_s}, {u"name"_s, u"Ada L."_s}}, T0));
    OutboxStore outbox(m_db);
    const QList<OutboxEntry> waiting = outbox.waiting(10);
    ASSERT_TRUE(outbox.markInFlight(u"batch-1"_s, {waiting[0].id, waiting[1].id}));

    // The second entry's failure cannot be stored (the database refuses it): the first
    // entry's deletion must be undone with it, or a confirmed change would be lost
    // together with an unconfirmed one.
    ASSERT_TRUE(refuseInserts(u"sync_failures"_s, QString(), u"injected"_s));
    BatchOutcome outcome;
    outcome.confirmedEntryIds = {waiting[0].id};
    outcome.failures.append(
        {.entryIds = {waiting[1].id}, .failure = {.itemId = m_recordId, .message = u"timeout"_s}});
    EXPECT_FALSE(outbox.recordOutcome(outcome));
    EXPECT_EQ(outbox.inBatch(u"batch-1"_s).size(), 2);

    // After a crash, entries still in flight go back to waiting.
    EXPECT_EQ(outbox.releaseInFlight(), 2);
    EXPECT_EQ(outbox.waitingCount(), 2);
}

namespace {

BatchOutcome::Failed validationFailure(qint64 recordId, QList<qint64> entryIds)
{
    return {.entryIds = std::move(entryIds),
            .failure = {.itemKind = SyncFailure::ItemKind::Record,
                        .itemId = recordId,
                        .category = FailureCategory::Validation,
                        .sfStatusCode = u"FIELD_CUSTOM_VALIDATION_EXCEPTION"_s,
                        .message = u"Title is required"_s,
                        .fields = {u"Title"_s}}};
}

} // namespace

// A value held by a failure must not come back after a newer edit of the same field went
// out: Salesforce would end on the older value, and the next poll copy it back.
TEST_P(LocalChangeOutbox, ANewerEditReplacesAValueHeldByAFailureAndTheEmptyFailureGoes)
{
    LocalChangeWriter writer(m_db);
    ASSERT_TRUE(writer.apply(m_recordId, QJsonObject{{u"title"_s, u"Old"_s}}, T0));
    OutboxStore outbox(m_db);
    const qint64 oldEntry = outbox.waiting(1).first().id;
    ASSERT_TRUE(outbox.markInFlight(u"batch-1"_s, {oldEntry}));
    BatchOutcome outcome;
    outcome.failures.append(validationFailure(m_recordId, {oldEntry}));
    ASSERT_TRUE(outbox.recordOutcome(outcome));
    ASSERT_EQ(FailureStore(m_db).count(), 1);

    ASSERT_TRUE(writer.apply(m_recordId, QJsonObject{{u"title"_s, u"New"_s}}, T0.addSecs(60)));

    const QList<OutboxEntry> left = outbox.forRecord(m_recordId);
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.first().newValue.toString(), u"New"_s);
    EXPECT_FALSE(left.first().failureId);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
}

TEST_P(LocalChangeOutbox, AFailureOfAValueAlreadySupersededIsDroppedNotHeld)
{
    LocalChangeWriter writer(m_db);
    ASSERT_TRUE(writer.apply(m_recordId, QJsonObject{{u"title"_s, u"Old"_s}}, T0));
    OutboxStore outbox(m_db);
    const qint64 oldEntry = outbox.waiting(1).first().id;
    ASSERT_TRUE(outbox.markInFlight(u"batch-1"_s, {oldEntry}));
    // Edited again while the old value is on its way, and then the old one fails.
    ASSERT_TRUE(writer.apply(m_recordId, QJsonObject{{u"title"_s, u"New"_s}}, T0.addSecs(60)));
    BatchOutcome outcome;
    outcome.failures.append(validationFailure(m_recordId, {oldEntry}));
    ASSERT_TRUE(outbox.recordOutcome(outcome));

    EXPECT_EQ(FailureStore(m_db).count(), 0);
    const QList<OutboxEntry> left = outbox.forRecord(m_recordId);
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.first().newValue.toString(), u"New"_s);
    EXPECT_EQ(outbox.waitingCount(), 1);
}

TEST_P(LocalChangeOutbox, AConfirmedValueBecomesTheFieldsAgreedBaseButASettledUnsentOneDoesNot)
{
    LocalChangeWriter writer(m_db);
    ASSERT_TRUE(
        writer.apply(m_recordId, QJsonObject{{u"title"_s, u"Sent"_s}, {u"name"_s, u"Ida"_s}}, T0));
    OutboxStore outbox(m_db);
    QList<qint64> titleEntry, nameEntry;
    for (const OutboxEntry &entry : outbox.waiting(10))
        (entry.field == u"title"_s ? titleEntry : nameEntry).append(entry.id);
    ASSERT_EQ(titleEntry.size(), 1);
    ASSERT_EQ(nameEntry.size(), 1);

    BatchOutcome outcome;
    outcome.confirmedEntryIds = titleEntry;
    outcome.settledUnsentEntryIds = nameEntry;
    ASSERT_TRUE(outbox.recordOutcome(outcome));

    const LocalRecord record = *RecordStore(m_db).find(m_recordId);
    EXPECT_EQ(record.crmBase.value(u"title"_s).toString(), u"Sent"_s);
    // mergeFromCrm knew no base; an unsent value is not what Salesforce holds.
    EXPECT_FALSE(record.crmBase.contains(u"name"_s));
    EXPECT_EQ(outbox.forRecord(m_recordId).size(), 0);
}

TEST_P(LocalChangeOutbox, StringValuesSurviveTheirOwnJsonQuoting)
{
    const QStringList texts{u""_s,           u"plain"_s,          u"say \"hi\""_s,
                            u"C:\\path\\"_s, u"two\nlines\r\n"_s, u"tab\there"_s,
                            u"bell\u0007"_s, u"Zoë 東京 🚀"_s};
    for (const QString &text : texts) {
        const QString encoded = OutboxStore::encodeValue(text);
        EXPECT_EQ(OutboxStore::decodeValue(encoded), QJsonValue(text)) << encoded.toStdString();
        // Valid JSON on its own, as other readers of the column (SQLite's json_*) need.
        const QJsonDocument wrapped =
            QJsonDocument::fromJson(QString(u'[' + encoded + u']').toUtf8());
        EXPECT_TRUE(wrapped.isArray()) << encoded.toStdString();
    }
    EXPECT_EQ(OutboxStore::encodeValue(42), u"42"_s);
    EXPECT_EQ(OutboxStore::encodeValue(QJsonValue()), u"null"_s);
}

// Set-based statements go a few hundred ids at a time: a batch larger than one chunk, with
// a partial last one, is marked and settled whole.
TEST_P(LocalChangeOutbox, ABatchOfManyChunksIsMarkedInFlightAndSettledWhole)
{
    LocalChangeWriter writer(m_db);
    RecordStore records(m_db);
    QList<qint64> recordIds;
    for (int i = 0; i < 260; ++i) {
        const std::optional<qint64> id = records.insert(LocalRecord{});
        ASSERT_TRUE(id);
        recordIds.append(*id);
        ASSERT_TRUE(writer.apply(*id, {{u"LastName"_s, u"P%1"_s.arg(i)}, {u"Email"_s, i}}, T0));
    }
    OutboxStore outbox(m_db);
    const QList<OutboxEntry> waiting = outbox.waiting(10'000);
    ASSERT_EQ(waiting.size(), 520);
    QList<qint64> entryIds;
    for (const OutboxEntry &entry : waiting)
        entryIds.append(entry.id);
    ASSERT_GT(entryIds.size(), TableAccess::kIdsPerStatement);

    ASSERT_TRUE(outbox.markInFlight(u"batch-1"_s, entryIds));
    EXPECT_EQ(outbox.inBatch(u"batch-1"_s).size(), 520);
    // An entry already in flight fails the whole mark, and nothing changes.
    EXPECT_FALSE(outbox.markInFlight(u"batch-2"_s, {entryIds.last()}));
    EXPECT_TRUE(outbox.inBatch(u"batch-2"_s).isEmpty());

    BatchOutcome outcome;
    outcome.confirmedEntryIds = entryIds;
    ASSERT_TRUE(outbox.recordOutcome(outcome));
    EXPECT_EQ(rowCount(u"outbox"_s), 0);
    for (qint64 id : {recordIds.first(), recordIds.last()}) {
        const std::optional<LocalRecord> record = records.find(id);
        ASSERT_TRUE(record);
        EXPECT_EQ(record->syncState, RecordSyncState::Synced);
        EXPECT_EQ(record->crmBase.value(u"LastName"_s), record->fields.value(u"LastName"_s));
        EXPECT_EQ(record->crmBase.value(u"Email"_s), record->fields.value(u"Email"_s));
    }
}
