// The Bulk API 2.0 query client: CSV values typed as the REST answers carry them (pure),
// and against the real syncdesk-sandbox org a queryAll job read page by page by
// Sforce-Locator gives the same rows as a SOQL query, text with quotes, commas and line
// breaks included, with each request one call on the org's meter and in SyncDesk's ledger.
#include "salesforce/api_call_ledger.h"
#include "salesforce/bulk2_query_client.h"
#include "sandbox_workspace_test.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

TEST(Bulk2QueryValues, EmptyIsNullAndTypesFollowTheDescribe)
{
    EXPECT_TRUE(Bulk2QueryClient::toJson({}, Bulk2ValueType::Text).isNull());
    EXPECT_TRUE(Bulk2QueryClient::toJson({}, Bulk2ValueType::Number).isNull());
    EXPECT_EQ(Bulk2QueryClient::toJson("a, \"b\"\nc", Bulk2ValueType::Text),
              QJsonValue(u"a, \"b\"\nc"_s));
    EXPECT_EQ(Bulk2QueryClient::toJson("true", Bulk2ValueType::Boolean), QJsonValue(true));
    EXPECT_EQ(Bulk2QueryClient::toJson("false", Bulk2ValueType::Boolean), QJsonValue(false));
    EXPECT_EQ(Bulk2QueryClient::toJson("12500.5", Bulk2ValueType::Number), QJsonValue(12500.5));
    EXPECT_EQ(Bulk2QueryClient::toJson("2024-01-03T23:52:01.000Z", Bulk2ValueType::DateTime),
              QJsonValue(u"2024-01-03T23:52:01.000+0000"_s));
    // Text a type cannot read stays text rather than becoming something else.
    EXPECT_EQ(Bulk2QueryClient::toJson("n/a", Bulk2ValueType::Number), QJsonValue(u"n/a"_s));

    const QJsonObject describe{
        {u"fields"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"Amount"_s}, {u"type"_s, u"currency"_s}},
                    QJsonObject{{u"name"_s, u"IsWon"_s}, {u"type"_s, u"boolean"_s}},
                    QJsonObject{{u"name"_s, u"CloseDate"_s}, {u"type"_s, u"date"_s}},
                    QJsonObject{{u"name"_s, u"SystemModstamp"_s}, {u"type"_s, u"datetime"_s}}}}};
    const Bulk2ColumnTypes types = Bulk2QueryClient::columnTypesOf(describe);
    EXPECT_EQ(types.value(u"Amount"_s), Bulk2ValueType::Number);
    EXPECT_EQ(types.value(u"IsWon"_s), Bulk2ValueType::Boolean);
    EXPECT_EQ(types.value(u"SystemModstamp"_s), Bulk2ValueType::DateTime);
    EXPECT_FALSE(types.contains(u"CloseDate"_s)); // a date reads the same either way
}

namespace {

class Bulk2QueryClientSandbox : public test::SandboxWorkspaceTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SandboxWorkspaceTest::SetUp());
        m_ledger = std::make_unique<ApiCallLedger>(m_db);
        m_ledger->attach(m_client.get());
        m_bulk = std::make_unique<Bulk2QueryClient>(m_client.get(), CallCategory::InboundPoll);
        m_bulk->setPollIntervals(std::chrono::milliseconds(20), std::chrono::milliseconds(200));
    }

    void TearDown() override
    {
        m_bulk.reset();
        m_ledger.reset();
        SandboxWorkspaceTest::TearDown();
    }

    template <typename T>
    std::optional<T>
    wait(const std::function<void(std::function<void(const SalesforceResult<T> &)>)> &start)
    {
        std::optional<SalesforceResult<T>> result;
        start([&result](const SalesforceResult<T> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
        if (!result)
            return std::nullopt;
        if (const auto *error = std::get_if<SalesforceError>(&*result)) {
            ADD_FAILURE() << error->summary().toStdString();
            return std::nullopt;
        }
        return std::get<T>(*result);
    }

    qint64 ledgerCalls()
    {
        QSqlQuery count(m_db);
        if (!count.exec(u"SELECT COUNT(*) FROM api_calls WHERE category = 'inbound_poll'"_s) ||
            !count.next())
            return -1;
        return count.value(0).toLongLong();
    }

    std::unique_ptr<ApiCallLedger> m_ledger;
    std::unique_ptr<Bulk2QueryClient> m_bulk;
};

} // namespace

TEST_F(Bulk2QueryClientSandbox, PagesByLocatorGiveTheRowsASoqlQueryGives)
{
    const auto some = query(u"SELECT Id FROM Contact ORDER BY Id LIMIT 2"_s);
    ASSERT_TRUE(some && some->records.size() == 2);
    const QString oddId = some->records.at(0).toObject().value(u"Id"_s).toString();
    const QString nullId = some->records.at(1).toObject().value(u"Id"_s).toString();
    const QString odd = u"Says \"hi\", then\nleaves, \"twice\"\r\n"_s;
    const QList<std::pair<QString, QJsonObject>> edits{
        {oddId, QJsonObject{{u"Title"_s, odd}}},
        {nullId, QJsonObject{{u"Title"_s, QJsonValue::Null}, {u"Phone"_s, QJsonValue::Null}}}};
    for (const auto &edit : edits) {
        ASSERT_TRUE(wait<Done>([&](auto onDone) {
            m_client->updateRecord(u"Contact"_s, edit.first, edit.second,
                                   CallCategory::OutboundUpdate, onDone);
        }));
    }
    const QString soql = u"SELECT Id, FirstName, LastName, Title, Phone, Email, IsDeleted, "
                         "SystemModstamp FROM Contact"_s;
    const auto viaRest = query(soql);
    ASSERT_TRUE(viaRest);
    ASSERT_GT(viaRest->records.size(), 2000);

    const qint64 before = sandboxUsed();
    const qint64 ledgerBefore = ledgerCalls();
    const auto job =
        wait<Bulk2JobInfo>([&](auto onDone) { m_bulk->createJob(soql, true, onDone); });
    ASSERT_TRUE(job);
    const auto done = wait<Bulk2JobInfo>(
        [&](auto onDone) { m_bulk->waitUntilFinished(job->id, nullptr, onDone); });
    ASSERT_TRUE(done);
    EXPECT_EQ(done->state, u"JobComplete"_s);

    const Bulk2ColumnTypes types{{u"IsDeleted"_s, Bulk2ValueType::Boolean},
                                 {u"SystemModstamp"_s, Bulk2ValueType::DateTime}};
    QHash<QString, QJsonObject> viaBulk;
    QString locator;
    int pages = 0;
    int chunks = 0;
    do {
        const auto page = wait<Bulk2QueryPage>([&](auto onDone) {
            m_bulk->resultsPage(
                job->id, locator, 1000, types, 300,
                [&](const QJsonArray &rows) {
                    ++chunks;
                    EXPECT_LE(rows.size(), 300);
                    for (const QJsonValue &row : rows)
                        viaBulk.insert(row.toObject().value(u"Id"_s).toString(), row.toObject());
                    return true;
                },
                onDone);
        });
        ASSERT_TRUE(page);
        EXPECT_EQ(page->records, std::min<qint64>(1000, viaRest->records.size() - pages * 1000));
        locator = page->nextLocator;
        ++pages;
    } while (!locator.isEmpty() && pages < 100);
    EXPECT_EQ(pages, (viaRest->records.size() + 999) / 1000);
    EXPECT_GE(chunks, pages * 4 - 1);

    ASSERT_EQ(viaBulk.size(), viaRest->records.size());
    for (const QJsonValue &value : viaRest->records) {
        QJsonObject row = value.toObject();
        row.remove(u"attributes"_s);
        EXPECT_EQ(viaBulk.value(row.value(u"Id"_s).toString()), row)
            << row.value(u"Id"_s).toString().toStdString();
    }
    EXPECT_EQ(viaBulk.value(oddId).value(u"Title"_s).toString(), odd);
    EXPECT_TRUE(viaBulk.value(nullId).value(u"Title"_s).isNull());

    // Create, one poll (the sandbox runs the job before answering), one call per page.
    EXPECT_EQ(m_bulk->requestsSent(), 2 + pages);
    EXPECT_EQ(sandboxUsed() - before, m_bulk->requestsSent());
    EXPECT_EQ(ledgerCalls() - ledgerBefore, m_bulk->requestsSent());
}
