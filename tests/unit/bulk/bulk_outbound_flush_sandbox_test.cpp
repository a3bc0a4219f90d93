// The outbound flush's Bulk API 2.0 route against the real syncdesk-sandbox org: a backlog
// of new people big enough goes in one ingest job of a handful of calls (the org's meter
// and SyncDesk's ledger agree), the records come back linked; refused rows become
// validation failures with Salesforce's code; and a job a crash interrupts while the org
// processes it is resumed after restart (polled, its results read), never uploaded again,
// each change reaching the org once.
#include "flush_until_done.h"
#include "salesforce/api_call_ledger.h"
#include "sandbox_workspace_test.h"
#include "store/bulk_job_store.h"
#include "store/failure_store.h"
#include "store/local_change_writer.h"
#include "store/outbox_store.h"
#include "store/record_store.h"
#include "sync/bulk_outbound_flush.h"
#include "sync/outbound_flush.h"
#include "sync/syncdesk_external_id.h"

#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

class BulkOutboundFlushSandbox : public test::SandboxWorkspaceTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SandboxWorkspaceTest::SetUp());
        m_ledger = std::make_unique<ApiCallLedger>(m_db);
        m_ledger->attach(m_client.get());
        makeFlush();
    }

    void TearDown() override
    {
        m_flush.reset();
        m_ledger.reset();
        SandboxWorkspaceTest::TearDown();
    }

    void makeFlush()
    {
        m_flush = std::make_unique<OutboundFlush>(m_db, m_client.get());
        m_flush->bulk()->bulkClient()->setPollIntervals(std::chrono::milliseconds(20),
                                                        std::chrono::milliseconds(200));
    }

    // Local people with two fields each (two outbox entries); `withoutLastName` of them
    // lack LastName, which Salesforce requires of a new Contact.
    QList<qint64> createPeople(int count, int withoutLastName = 0)
    {
        QList<qint64> ids;
        RecordStore records(m_db);
        LocalChangeWriter writer(m_db);
        for (int i = 0; i < count; ++i) {
            const std::optional<qint64> id = records.insert(LocalRecord{});
            EXPECT_TRUE(id);
            if (!id)
                return ids;
            QJsonObject fields{{u"Email"_s, u"p%1@example.test"_s.arg(*id)}};
            fields.insert(i < withoutLastName ? u"Title"_s : u"LastName"_s,
                          u"Person, \"%1\""_s.arg(i));
            EXPECT_TRUE(writer.apply(*id, fields, T0));
            ids.append(*id);
        }
        return ids;
    }

    FlushReport flush() { return test::flushUntilDone(*m_flush, kWaitMs); }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    qint64 ledgerCalls()
    {
        return scalar(u"SELECT COUNT(*) FROM api_calls WHERE category = 'outbound_update'"_s);
    }

    // The org's SyncDesk Contacts; a duplicate external id fails the test.
    QHash<QString, QString> orgContactIds()
    {
        QHash<QString, QString> ids;
        const auto result = query(u"SELECT Id, SyncDesk_Id__c FROM Contact WHERE "
                                  u"SyncDesk_Id__c LIKE 'sd-%'"_s);
        EXPECT_TRUE(result);
        if (!result)
            return ids;
        for (const QJsonValue &value : result->records) {
            const QJsonObject contact = value.toObject();
            const QString key = contact.value(u"SyncDesk_Id__c"_s).toString();
            EXPECT_FALSE(ids.contains(key)) << "duplicate " << key.toStdString();
            ids.insert(key, contact.value(u"Id"_s).toString());
        }
        return ids;
    }

    std::unique_ptr<ApiCallLedger> m_ledger;
    std::unique_ptr<OutboundFlush> m_flush;
};

} // namespace

TEST_F(BulkOutboundFlushSandbox, ABacklogOfNewPeopleGoesInOneJobOfFiveCalls)
{
    constexpr int kPeople = 12'000; // 24,000 changes: 12 composite calls
    const QList<qint64> ids = createPeople(kPeople);
    ASSERT_EQ(ids.size(), kPeople);

    const qint64 before = sandboxUsed();
    const FlushReport report = flush();
    const qint64 spent = sandboxUsed() - before;
    // create, upload, close, one poll, the successful results (no row failed: no second file).
    EXPECT_EQ(spent, 5);
    EXPECT_EQ(ledgerCalls(), spent);
    EXPECT_EQ(report.calls, spent);
    EXPECT_EQ(report.recordsSent, kPeople);
    EXPECT_EQ(report.succeeded, kPeople);
    EXPECT_EQ(report.failed, 0);
    EXPECT_FALSE(report.callError);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM bulk_jobs"_s), 0);

    const QHash<QString, QString> org = orgContactIds();
    ASSERT_EQ(org.size(), kPeople);
    RecordStore records(m_db);
    const SyncDeskExternalId externalIds = SyncDeskExternalId::of(m_db);
    for (qint64 id : {ids.first(), ids[kPeople / 2], ids.last()}) {
        const std::optional<LocalRecord> record = records.find(id);
        ASSERT_TRUE(record);
        EXPECT_EQ(record->crmObject, u"Contact"_s);
        EXPECT_EQ(record->crmId, org.value(externalIds.forRecord(id)));
        EXPECT_EQ(record->syncState, RecordSyncState::Synced);
    }
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM records WHERE crm_id IS NULL"_s), 0);
    const auto quoted = query(u"SELECT LastName FROM Contact WHERE SyncDesk_Id__c = '"_s +
                              externalIds.forRecord(ids[7]) + u"'"_s);
    ASSERT_TRUE(quoted && quoted->records.size() == 1);
    EXPECT_EQ(quoted->records.first().toObject().value(u"LastName"_s).toString(),
              u"Person, \"7\""_s);
}

TEST_F(BulkOutboundFlushSandbox, RefusedRowsBecomeValidationFailuresAndTheRestIsLinked)
{
    constexpr int kPeople = 12'000;
    const QList<qint64> ids = createPeople(kPeople, 3);
    ASSERT_EQ(ids.size(), kPeople);

    const qint64 before = sandboxUsed();
    const FlushReport report = flush();
    const qint64 spent = sandboxUsed() - before;
    EXPECT_EQ(spent, 6); // the failed results too
    EXPECT_EQ(ledgerCalls(), spent);
    EXPECT_EQ(report.succeeded, kPeople - 3);
    EXPECT_EQ(report.failed, 3);

    const QList<SyncFailure> failures = FailureStore(m_db).all();
    ASSERT_EQ(failures.size(), 3);
    for (const SyncFailure &failure : failures) {
        EXPECT_EQ(failure.category, FailureCategory::Validation);
        EXPECT_EQ(failure.sfStatusCode, u"REQUIRED_FIELD_MISSING"_s);
        EXPECT_TRUE(failure.message.contains(u"LastName"_s)) << failure.message.toStdString();
        EXPECT_TRUE(ids.indexOf(failure.itemId) >= 0 && ids.indexOf(failure.itemId) < 3);
        EXPECT_EQ(RecordStore(m_db).find(failure.itemId)->syncState, RecordSyncState::Failed);
    }
    // Their entries are held by the failures; nothing else is left.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox WHERE failure_id IS NULL"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox"_s), 6);
    EXPECT_EQ(orgContactIds().size(), kPeople - 3);
}

TEST_F(BulkOutboundFlushSandbox, AJobInterruptedWhileTheOrgProcessesItIsResumedNotResent)
{
    constexpr int kPeople = 12'000;
    const QList<qint64> ids = createPeople(kPeople);
    ASSERT_EQ(ids.size(), kPeople);
    // Each 10,000 records take 30 s on the org's clock, which only the test moves.
    sandboxControl(u"/_sandbox/bulk"_s, {{u"processingDelaySeconds"_s, 30}});

    const qint64 before = sandboxUsed();
    std::optional<FlushReport> lost;
    m_flush->flush([&lost](FlushReport r) { lost = r; });
    // Closed and polled at least once: the org is processing the job.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QList<BulkJobRow> jobs = BulkJobStore(m_db).all();
            return jobs.size() == 1 && jobs.first().stage == BulkJobRow::Stage::Closed &&
                   m_flush->bulk()->bulkClient()->requestsSent() >= 4;
        },
        kWaitMs));
    // The crash: the flush is gone with its callbacks, nothing settled.
    m_flush.reset();
    EXPECT_FALSE(lost);
    const qint64 beforeRestart = sandboxUsed();
    EXPECT_GE(beforeRestart - before, 4);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox WHERE batch_id IS NOT NULL"_s), 2 * kPeople);

    // The restart: every in-flight mark released, the job's entries marked again.
    makeFlush();
    m_flush->recoverAfterCrash();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox WHERE batch_id IS NOT NULL"_s), 2 * kPeople);
    EXPECT_EQ(OutboxStore(m_db).waitingCount(), 0);
    sandboxControl(u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, 600}});

    const FlushReport report = flush();
    // One poll finds it done, one results file: no create, no upload.
    EXPECT_EQ(sandboxUsed() - beforeRestart, 2);
    EXPECT_EQ(report.calls, 2);
    EXPECT_EQ(report.succeeded, kPeople);
    EXPECT_EQ(ledgerCalls(), sandboxUsed() - before);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM bulk_jobs"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM records WHERE crm_id IS NULL"_s), 0);
    EXPECT_EQ(orgContactIds().size(), kPeople);
    // Nothing is left to send.
    EXPECT_EQ(flush().calls, 0);
}
