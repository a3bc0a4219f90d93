// The Bulk API 2.0 ingest client against the real syncdesk-sandbox org: an upsert job by
// SyncDesk_Id__c creates and updates Contacts, a refused row comes back in failedResults
// with Salesforce's error, results are read by header name, and each request is one call
// on the org's meter and one row in SyncDesk's ledger. A refused call gate sends nothing.
#include "salesforce/api_call_ledger.h"
#include "salesforce/bulk2_client.h"
#include "salesforce/bulk2_csv.h"
#include "sandbox_workspace_test.h"

#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

class Bulk2ClientSandbox : public test::SandboxWorkspaceTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SandboxWorkspaceTest::SetUp());
        m_ledger = std::make_unique<ApiCallLedger>(m_db);
        m_ledger->attach(m_client.get());
        m_bulk = std::make_unique<Bulk2Client>(m_client.get(), CallCategory::OutboundUpdate);
        m_bulk->setPollIntervals(std::chrono::milliseconds(20), std::chrono::milliseconds(200));
    }

    void TearDown() override
    {
        m_bulk.reset();
        m_ledger.reset();
        SandboxWorkspaceTest::TearDown();
    }

    template <typename T> T wait(const std::function<void(SalesforceClient::Callback<T>)> &start)
    {
        std::optional<SalesforceResult<T>> result;
        start([&result](const SalesforceResult<T> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
        if (!result)
            return T{};
        if (const auto *error = std::get_if<SalesforceError>(&*result)) {
            ADD_FAILURE() << error->summary().toStdString();
            return T{};
        }
        return std::get<T>(*result);
    }

    QList<Bulk2ResultRow> results(const QString &jobId, Bulk2Results which, const QString &key)
    {
        QList<Bulk2ResultRow> rows;
        wait<Done>([&](auto onDone) {
            m_bulk->results(
                jobId, which, key, [&rows](const Bulk2ResultRow &row) { rows.append(row); },
                onDone);
        });
        return rows;
    }

    qint64 ledgerCalls()
    {
        QSqlQuery count(m_db);
        if (!count.exec(u"SELECT COUNT(*) FROM api_calls WHERE category = 'outbound_update'"_s) ||
            !count.next())
            return -1;
        return count.value(0).toLongLong();
    }

    std::unique_ptr<ApiCallLedger> m_ledger;
    std::unique_ptr<Bulk2Client> m_bulk;
};

} // namespace

TEST_F(Bulk2ClientSandbox, UpsertJobCreatesUpdatesAndReportsRefusedRowsInSixCalls)
{
    const qint64 before = sandboxUsed();

    Bulk2Csv csv({u"SyncDesk_Id__c"_s, u"LastName"_s, u"Email"_s, u"Title"_s});
    csv.addRow({u"sd-test-1"_s, u"O'Hara, \"Jr\""_s, u"one@example.test"_s, u"Buyer"_s});
    csv.addRow({u"sd-test-2"_s, u"Second"_s, QJsonValue(QJsonValue::Undefined),
                QJsonValue(QJsonValue::Null)});
    // A new Contact without LastName: Salesforce refuses the row, not the job.
    csv.addRow({u"sd-test-3"_s, QJsonValue(QJsonValue::Undefined), u"three@example.test"_s,
                QJsonValue(QJsonValue::Undefined)});

    const Bulk2JobInfo created = wait<Bulk2JobInfo>([&](auto onDone) {
        m_bulk->createJob(u"Contact"_s, u"upsert"_s, u"SyncDesk_Id__c"_s, onDone);
    });
    ASSERT_FALSE(created.id.isEmpty());
    EXPECT_EQ(created.state, u"Open"_s);
    wait<Done>([&](auto onDone) { m_bulk->upload(created.id, csv.bytes(), onDone); });
    const Bulk2JobInfo closed =
        wait<Bulk2JobInfo>([&](auto onDone) { m_bulk->closeUpload(created.id, onDone); });
    EXPECT_EQ(closed.state, u"UploadComplete"_s);
    const Bulk2JobInfo done = wait<Bulk2JobInfo>(
        [&](auto onDone) { m_bulk->waitUntilFinished(created.id, nullptr, onDone); });
    EXPECT_EQ(done.state, u"JobComplete"_s);
    EXPECT_EQ(done.recordsProcessed, 3);
    EXPECT_EQ(done.recordsFailed, 1);

    const QList<Bulk2ResultRow> succeeded =
        results(created.id, Bulk2Results::Successful, u"SyncDesk_Id__c"_s);
    ASSERT_EQ(succeeded.size(), 2);
    QSet<QString> keys;
    for (const Bulk2ResultRow &row : succeeded) {
        keys.insert(row.key);
        EXPECT_TRUE(row.created);
        EXPECT_TRUE(row.sfId.startsWith(u"003"_s)) << row.sfId.toStdString();
        EXPECT_TRUE(row.error.isEmpty());
    }
    EXPECT_EQ(keys, (QSet<QString>{u"sd-test-1"_s, u"sd-test-2"_s}));
    const QList<Bulk2ResultRow> failed =
        results(created.id, Bulk2Results::Failed, u"SyncDesk_Id__c"_s);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed[0].key, u"sd-test-3"_s);
    EXPECT_TRUE(failed[0].error.startsWith(u"REQUIRED_FIELD_MISSING:"_s))
        << failed[0].error.toStdString();

    // create, upload, close, one poll (the sandbox finishes before answering), two results.
    const qint64 spent = sandboxUsed() - before;
    EXPECT_EQ(spent, 6);
    EXPECT_EQ(ledgerCalls(), spent);

    const auto org = query(u"SELECT SyncDesk_Id__c, LastName, Title FROM Contact WHERE "
                           u"SyncDesk_Id__c LIKE 'sd-test-%'"_s);
    ASSERT_TRUE(org);
    ASSERT_EQ(org->totalSize, 2);
    for (const QJsonValue &value : org->records) {
        const QJsonObject contact = value.toObject();
        if (contact.value(u"SyncDesk_Id__c"_s).toString() == u"sd-test-1"_s) {
            EXPECT_EQ(contact.value(u"LastName"_s).toString(), u"O'Hara, \"Jr\""_s);
            EXPECT_EQ(contact.value(u"Title"_s).toString(), u"Buyer"_s);
        } else {
            EXPECT_TRUE(contact.value(u"Title"_s).isNull());
        }
    }
}

TEST_F(Bulk2ClientSandbox, ARefusedGateSendsNothing)
{
    const qint64 before = sandboxUsed();
    m_bulk->setCallGate([] { return false; });
    std::optional<SalesforceResult<Bulk2JobInfo>> result;
    m_bulk->createJob(u"Contact"_s, u"upsert"_s, u"SyncDesk_Id__c"_s,
                      [&result](const SalesforceResult<Bulk2JobInfo> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
    const auto *error = std::get_if<SalesforceError>(&*result);
    ASSERT_TRUE(error);
    EXPECT_TRUE(Bulk2Client::isDeferred(*error));
    EXPECT_EQ(sandboxUsed(), before);
    EXPECT_EQ(ledgerCalls(), 0);
}
