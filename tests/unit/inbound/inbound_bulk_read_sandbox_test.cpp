// Inbound reads through Bulk API 2.0 query jobs against the real syncdesk-sandbox org
// (30,000 Contacts beside the default org): a first import above a lowered threshold reads
// the Contacts through one query job and ends with the very records, bases, stamps and
// watermarks the SOQL path stores; the org's meter, SyncDesk's ledger and the report agree
// on the calls; a 5xx on a results page, and a restart while a page is held, resume at
// that page of the same job; a failed job is replaced once; below
// the threshold nothing changes.
#include "salesforce/api_call_ledger.h"
#include "sandbox_workspace_test.h"
#include "store/database.h"
#include "store/inbound_bulk_read_store.h"
#include "store/watermark_store.h"
#include "sync/bulk_progress.h"
#include "sync/default_field_mappings.h"
#include "sync/inbound_poll.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kContacts = 30'000;
constexpr qint64 kThreshold = 10'000;
constexpr qint64 kPageRecords = 10'000;

class InboundBulkReadSandbox : public test::SandboxWorkspaceTest
{
protected:
    QStringList sandboxArguments() const override
    {
        return {u"--contacts"_s, QString::number(kContacts)};
    }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SandboxWorkspaceTest::SetUp());
        m_ledger = std::make_unique<ApiCallLedger>(m_db);
        m_ledger->attach(m_client.get());
        m_poll = makePoll(m_db, kThreshold);
    }

    void TearDown() override
    {
        m_poll.reset();
        m_ledger.reset();
        SandboxWorkspaceTest::TearDown();
    }

    std::unique_ptr<InboundPoll> makePoll(QSqlDatabase db, qint64 threshold)
    {
        auto poll = std::make_unique<InboundPoll>(db, m_client.get());
        poll->setBulkThreshold(threshold);
        poll->bulkRead()->setPageRecords(kPageRecords);
        poll->bulkRead()->setPollIntervals(std::chrono::milliseconds(20),
                                           std::chrono::milliseconds(200));
        return poll;
    }

    InboundReport poll(InboundPoll &poll)
    {
        std::optional<InboundReport> report;
        poll.poll([&report](InboundReport r) { report = std::move(r); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return report.has_value(); }, kWaitMs));
        return report.value_or(InboundReport{.calls = -1});
    }

    qint64 ledgerCalls()
    {
        QSqlQuery count(m_db);
        if (!count.exec(u"SELECT COUNT(*) FROM api_calls"_s) || !count.next())
            return -1;
        return count.value(0).toLongLong();
    }

    // Query jobs the org has, as its test controls list them.
    int queryJobs()
    {
        int jobs = 0;
        const QJsonArray list = sandboxControl(u"/_sandbox/bulk"_s).value(u"jobs"_s).toArray();
        for (const QJsonValue &job : list)
            jobs += job.toObject().value(u"kind"_s).toString() == u"query"_s ? 1 : 0;
        return jobs;
    }

    void addFault(const QJsonObject &fault) { sandboxControl(u"/_sandbox/faults"_s, fault); }

    // Every CRM-linked record as the store keeps it, by CRM object and id, without the
    // local row id and local times.
    static QMap<QString, QString> storedRecords(QSqlDatabase db)
    {
        QMap<QString, QString> records;
        QSqlQuery rows(db);
        EXPECT_TRUE(rows.exec(
            u"SELECT crm_object, crm_id, kind, fields_json, crm_base_json, "
            "crm_modstamp, sync_state, CASE WHEN crm_deleted_at IS NULL THEN 1 ELSE 0 END "
            "FROM records "
            "WHERE crm_id IS NOT NULL"_s));
        auto canonical = [](const QVariant &json) {
            return QString::fromUtf8(
                QJsonDocument(QJsonDocument::fromJson(json.toString().toUtf8()).object())
                    .toJson(QJsonDocument::Compact));
        };
        while (rows.next()) {
            records.insert(rows.value(0).toString() + u':' + rows.value(1).toString(),
                           QStringList{rows.value(2).toString(), canonical(rows.value(3)),
                                       canonical(rows.value(4)), rows.value(5).toString(),
                                       rows.value(6).toString(), rows.value(7).toString()}
                               .join(u" | "_s));
        }
        return records;
    }

    static QMap<QString, QString> watermarks(QSqlDatabase db)
    {
        QMap<QString, QString> marks;
        QSqlQuery rows(db);
        EXPECT_TRUE(rows.exec(
            u"SELECT crm_object, system_modstamp, inbound_fields FROM sync_watermarks"_s));
        while (rows.next())
            marks.insert(rows.value(0).toString(),
                         rows.value(1).toString() + u" | "_s + rows.value(2).toString());
        return marks;
    }

    qint64 orgCount(const QString &object)
    {
        const auto result = query(u"SELECT COUNT() FROM "_s + object);
        return result ? result->totalSize : -1;
    }

    qint64 localCount(const QString &crmObject)
    {
        QSqlQuery rows(m_db);
        rows.prepare(u"SELECT COUNT(*) FROM records WHERE crm_object = ? AND "
                     "crm_deleted_at IS NULL"_s);
        rows.addBindValue(crmObject);
        if (!rows.exec() || !rows.next())
            return -1;
        return rows.value(0).toLongLong();
    }

    std::unique_ptr<ApiCallLedger> m_ledger;
    std::unique_ptr<InboundPoll> m_poll;
};

} // namespace

TEST_F(InboundBulkReadSandbox, FirstImportGoesBulkAndStoresWhatTheSoqlPathStores)
{
    // Values the CSV has to carry: quotes, commas and line breaks, and nulls.
    const auto some = query(u"SELECT Id FROM Contact ORDER BY Id LIMIT 2"_s);
    ASSERT_TRUE(some && some->records.size() == 2);
    for (const auto &[index, fields] : QList<std::pair<int, QJsonObject>>{
             {0, {{u"Title"_s, u"Says \"hi\", then\nleaves"_s}, {u"Phone"_s, QJsonValue::Null}}},
             {1, {{u"Title"_s, QJsonValue::Null}, {u"Phone"_s, u"+1 555 0100, ext. 2"_s}}}}) {
        std::optional<SalesforceResult<Done>> done;
        m_client->updateRecord(
            u"Contact"_s, some->records.at(index).toObject().value(u"Id"_s).toString(), fields,
            CallCategory::OutboundUpdate, [&done](const SalesforceResult<Done> &r) { done = r; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return done.has_value(); }, kWaitMs));
        ASSERT_TRUE(std::holds_alternative<Done>(*done));
    }
    const qint64 contacts = orgCount(u"Contact"_s);
    ASSERT_GE(contacts, kContacts);

    QList<BulkProgress> progress;
    m_poll->bulkRead()->setProgressReporter(
        [&progress](const BulkProgress &p) { progress.append(p); });
    const qint64 before = sandboxUsed();
    const qint64 ledgerBefore = ledgerCalls();
    const InboundReport report = poll(*m_poll);
    ASSERT_FALSE(report.callError) << report.callError->summary().toStdString();
    EXPECT_TRUE(report.storeError.isEmpty()) << report.storeError.toStdString();
    EXPECT_TRUE(report.objectErrors.isEmpty());
    ASSERT_EQ(report.bulkReads.keys(), QStringList{u"Contact"_s});
    EXPECT_EQ(queryJobs(), 1);
    EXPECT_EQ(sandboxUsed() - before, report.calls);
    EXPECT_EQ(ledgerCalls() - ledgerBefore, report.calls);
    // Composite rounds for the first pages (the other objects' pages go on beside), the
    // describe, the create, one poll, three pages of 10,000: well under 15 Contact pages.
    EXPECT_LT(report.calls, 1 + (contacts - 2000 + 1999) / 2000);
    EXPECT_EQ(localCount(u"Contact"_s), contacts);
    EXPECT_FALSE(InboundBulkReadStore(m_db).find(u"Contact"_s)); // done: forgotten
    // Progress as every Bulk job reports it: rows applied so far, then the end.
    ASSERT_GE(progress.size(), 3);
    EXPECT_TRUE(progress.first().running);
    EXPECT_EQ(progress.first().direction, BulkProgress::Direction::Read);
    EXPECT_EQ(progress.first().object, u"Contact"_s);
    EXPECT_FALSE(progress.last().running);
    EXPECT_GE(progress.last().processed, contacts - 2000);
    // The job's own: the describe, the create, one poll, three pages of 10,000.
    EXPECT_EQ(progress.last().calls, 6);
    EXPECT_FALSE(progress.last().why.isEmpty());

    // The same org read the SOQL way into another workspace.
    QTemporaryDir otherDir;
    const QString otherPath = otherDir.filePath(u"soql.sqlite"_s);
    {
        const DatabaseConnection other = Database::open(otherPath);
        ASSERT_TRUE(other.ok());
        ASSERT_TRUE(ensureDefaultFieldMappings(other.db));
        auto soqlPoll = makePoll(other.db, 1'000'000'000);
        const InboundReport soql = poll(*soqlPoll);
        ASSERT_FALSE(soql.callError);
        EXPECT_TRUE(soql.bulkReads.isEmpty());
        // Read over many pages, and the Activity tab is told why not through Bulk.
        ASSERT_TRUE(soql.restReads.contains(u"Contact"_s));
        EXPECT_TRUE(soql.restReads.value(u"Contact"_s).contains(u"under the Bulk API threshold"_s))
            << soql.restReads.value(u"Contact"_s).toStdString();
        EXPECT_EQ(soql.created, report.created);
        const QMap<QString, QString> viaBulk = storedRecords(m_db);
        const QMap<QString, QString> viaSoql = storedRecords(other.db);
        EXPECT_EQ(viaBulk.size(), viaSoql.size());
        int differing = 0;
        for (auto it = viaSoql.cbegin(); it != viaSoql.cend(); ++it) {
            if (viaBulk.value(it.key()) != it.value() && ++differing <= 3)
                ADD_FAILURE() << it.key().toStdString() << "\n soql: " << it.value().toStdString()
                              << "\n bulk: " << viaBulk.value(it.key()).toStdString();
        }
        EXPECT_EQ(differing, 0);
        EXPECT_EQ(watermarks(m_db), watermarks(other.db));
    }
    Database::closeForThisThread(otherPath);

    // Then a quiet poll: one call, nothing new, no job.
    const qint64 beforeQuiet = sandboxUsed();
    const InboundReport quiet = poll(*m_poll);
    EXPECT_EQ(quiet.calls, 1);
    EXPECT_EQ(sandboxUsed() - beforeQuiet, 1);
    EXPECT_TRUE(quiet.bulkReads.isEmpty());
    EXPECT_EQ(quiet.created + quiet.updated + quiet.deleted + quiet.conflicts, 0);
    EXPECT_EQ(queryJobs(), 1);
}

TEST_F(InboundBulkReadSandbox, AFailedResultsPageResumesAtThatPageOfTheSameJob)
{
    // The first results page passes (a delay of 1 ms), the second fails with a 503.
    addFault({{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 1}, {u"path"_s, u"/results"_s}});
    addFault({{u"kind"_s, u"server_error"_s}, {u"status"_s, 503}, {u"path"_s, u"/results"_s}});
    const qint64 before = sandboxUsed();
    const InboundReport first = poll(*m_poll);
    ASSERT_TRUE(first.callError);
    EXPECT_EQ(first.callError->httpStatus, 503);
    // The org does not count the request it answered 503.
    EXPECT_EQ(sandboxUsed() - before, first.calls - 1);
    std::optional<InboundBulkReadRow> read = InboundBulkReadStore(m_db).find(u"Contact"_s);
    ASSERT_TRUE(read);
    EXPECT_FALSE(read->jobId.isEmpty());
    EXPECT_EQ(read->pagesApplied, 1);
    EXPECT_FALSE(read->nextLocator.isEmpty());
    // Results come in no order: the watermark waits for the last page.
    const std::optional<QString> markBefore = WatermarkStore(m_db).watermark(u"Contact"_s);

    const qint64 beforeSecond = sandboxUsed();
    const InboundReport second = poll(*m_poll);
    ASSERT_FALSE(second.callError) << second.callError->summary().toStdString();
    EXPECT_EQ(second.bulkReads.keys(), QStringList{u"Contact"_s});
    // The other objects' composite, then straight to the stored page and the last one:
    // no create, no status poll.
    EXPECT_EQ(second.calls, 3);
    EXPECT_EQ(sandboxUsed() - beforeSecond, second.calls);
    EXPECT_EQ(queryJobs(), 1);
    EXPECT_FALSE(InboundBulkReadStore(m_db).find(u"Contact"_s));
    EXPECT_EQ(localCount(u"Contact"_s), orgCount(u"Contact"_s));
    EXPECT_NE(WatermarkStore(m_db).watermark(u"Contact"_s), markBefore);
}

TEST_F(InboundBulkReadSandbox, ARestartWhileAPageIsUnderWayResumesAtThatPage)
{
    // The second results page is held unanswered: the engine goes away with it.
    addFault({{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 1}, {u"path"_s, u"/results"_s}});
    addFault({{u"kind"_s, u"hold"_s}, {u"path"_s, u"/results"_s}});
    std::optional<InboundReport> report;
    m_poll->poll([&report](InboundReport r) { report = std::move(r); });
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto read = InboundBulkReadStore(m_db).find(u"Contact"_s);
            return read && read->pagesApplied == 1;
        },
        kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return sandboxControl(u"/_sandbox/faults"_s).value(u"faults"_s).toArray().isEmpty();
        },
        kWaitMs));
    EXPECT_FALSE(report);
    const QString jobId = InboundBulkReadStore(m_db).find(u"Contact"_s)->jobId;

    // A new engine: a new session and client, a new poll.
    m_poll.reset();
    m_ledger.reset();
    m_client = std::make_unique<SalesforceClient>(m_session.get());
    m_poll = makePoll(m_db, kThreshold);
    const InboundReport resumed = poll(*m_poll);
    ASSERT_FALSE(resumed.callError) << resumed.callError->summary().toStdString();
    EXPECT_EQ(resumed.bulkReads.keys(), QStringList{u"Contact"_s});
    // The composite of the other objects and the two pages left.
    EXPECT_EQ(resumed.calls, 3);
    EXPECT_EQ(queryJobs(), 1);
    EXPECT_FALSE(InboundBulkReadStore(m_db).find(u"Contact"_s));
    EXPECT_EQ(localCount(u"Contact"_s), orgCount(u"Contact"_s));
    EXPECT_EQ(sandboxControl(u"/_sandbox/bulk"_s)
                  .value(u"jobs"_s)
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(u"id"_s)
                  .toString(),
              jobId);
}

TEST_F(InboundBulkReadSandbox, AFailedJobIsReplacedByANewOne)
{
    sandboxControl(u"/_sandbox/bulk"_s, {{u"failNextJobs"_s, 1}});
    const InboundReport report = poll(*m_poll);
    ASSERT_FALSE(report.callError) << report.callError->summary().toStdString();
    EXPECT_EQ(queryJobs(), 2);
    EXPECT_FALSE(InboundBulkReadStore(m_db).find(u"Contact"_s));
    EXPECT_EQ(localCount(u"Contact"_s), orgCount(u"Contact"_s));
}

TEST_F(InboundBulkReadSandbox, BelowTheThresholdNothingChanges)
{
    auto poll = makePoll(m_db, InboundPoll::kDefaultBulkThreshold);
    const qint64 contacts = orgCount(u"Contact"_s);
    const qint64 before = sandboxUsed();
    const InboundReport report = this->poll(*poll);
    ASSERT_FALSE(report.callError);
    EXPECT_TRUE(report.bulkReads.isEmpty());
    EXPECT_EQ(queryJobs(), 0);
    // One composite per round of pages: the Contacts' 15 pages, the others beside them.
    EXPECT_EQ(report.calls, (contacts + 1999) / 2000);
    EXPECT_EQ(sandboxUsed() - before, report.calls);
    EXPECT_EQ(localCount(u"Contact"_s), contacts);
}
