// ApiUsageLogReader against the real syncdesk-sandbox binary (its ApiTotalUsage event log
// and EventLogFile) and a real SQLite store: a week of published files is listed, fetched
// once and stored per integration; a restart fetches nothing again; without "View Event
// Log Files" the reader stores a clear message and spends one call, nothing else.
#include "salesforce/api_call_ledger.h"
#include "salesforce/api_usage_log_reader.h"
#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "signed_in_sandbox.h"
#include "store/api_call_ledger_store.h"
#include "store/database.h"
#include "store/integration_usage_query.h"
#include "usage/api_call_record.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <iostream>
#include <memory>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kWaitMs = 60'000;

class UsageLogReaderSandbox : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dbPath = m_dir.filePath(u"syncdesk.sqlite"_s);
    }

    void TearDown() override
    {
        m_reader.reset();
        m_ledger.reset();
        m_client.reset();
        m_session.reset();
        m_db = QSqlDatabase();
        Database::closeForThisThread(m_dbPath);
    }

    void startOrg(const QStringList &arguments)
    {
        test::SignedInSandbox org;
        ASSERT_NO_FATAL_FAILURE(test::startSignedInSandbox(m_network, org, arguments));
        m_process = std::move(org.process);
        m_tokenClient = std::move(org.tokenClient);
        m_session = std::make_unique<OrgSession>(&m_network, m_tokenClient.get(), org.tokens);
        m_client = std::make_unique<SalesforceClient>(m_session.get());
        const DatabaseConnection connection = Database::open(m_dbPath);
        ASSERT_TRUE(connection.ok());
        m_db = connection.db;
        m_ledger = std::make_unique<ApiCallLedger>(m_db);
        m_ledger->attach(m_client.get());
        startReader();
    }

    // A new reader, as after a restart: it knows only what the store keeps.
    void startReader()
    {
        m_reader =
            std::make_unique<ApiUsageLogReader>(m_db, m_client.get(), [this] { return now(); });
    }

    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds); }

    UsageLogReadReport read()
    {
        std::optional<UsageLogReadReport> report;
        m_reader->read([&report](UsageLogReadReport r) { report = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return report.has_value(); }, kWaitMs));
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_client->callsPending() == 0; }, kWaitMs));
        return report.value_or(UsageLogReadReport{});
    }

    qint64 usageLogCallsInLedger()
    {
        return ApiCallLedgerStore(m_db)
            .countsByCategorySince(QDateTime::currentDateTimeUtc().addDays(-1))
            .value(CallCategory::UsageLog);
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxOrgProcess> m_process;
    std::unique_ptr<OAuthTokenClient> m_tokenClient;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<SalesforceClient> m_client;
    std::unique_ptr<ApiCallLedger> m_ledger;
    std::unique_ptr<ApiUsageLogReader> m_reader;
    QSqlDatabase m_db;
    qint64 m_offsetSeconds = 0;
};

} // namespace

TEST_F(UsageLogReaderSandbox, FetchesEachPublishedFileOnceAndARestartFetchesNothingAgain)
{
    ASSERT_NO_FATAL_FAILURE(startOrg({u"--simulate"_s, u"lively"_s}));
    ASSERT_TRUE(m_reader->isDue(now()));
    const UsageLogReadReport first = read();
    ASSERT_FALSE(first.callError) << first.callError->summary().toStdString();
    EXPECT_FALSE(first.refused);
    EXPECT_GT(first.filesStored, 0);
    EXPECT_EQ(first.filesUnreadable, 0);
    EXPECT_EQ(first.calls, 1 + first.filesStored); // one listing, one download per file
    EXPECT_EQ(usageLogCallsInLedger(), first.calls);
    const qsizetype stored = ApiUsageLogStore(m_db).storedFiles().size();
    EXPECT_EQ(stored, first.filesStored);

    // Within the hour nothing is due, whatever the cycles do.
    EXPECT_FALSE(m_reader->isDue(now()));

    // A restart an hour later: one listing; only files published since are fetched.
    m_offsetSeconds = 3600;
    startReader();
    ASSERT_TRUE(m_reader->isDue(now()));
    const UsageLogReadReport second = read();
    ASSERT_FALSE(second.callError);
    EXPECT_EQ(second.calls, 1 + second.filesStored);
    QSet<QString> ids;
    for (const EventLogFileInfo &file : ApiUsageLogStore(m_db).storedFiles())
        ids.insert(file.id);
    EXPECT_EQ(ids.size(), stored + second.filesStored);

    // The week's integrations, by name, with SyncDesk's own row absent or exact.
    const IntegrationUsageReport week =
        IntegrationUsageQuery(m_db).report(UsageGrouping::Integration, 7 * 24, now());
    EXPECT_FALSE(week.coveredHours.isEmpty());
    EXPECT_GE(week.rows.size(), 4);
    qint64 sum = 0;
    for (const IntegrationUsageRow &row : week.rows)
        sum += row.calls;
    EXPECT_EQ(sum, week.orgCalls);
    EXPECT_TRUE(week.problem.isEmpty());
}

TEST_F(UsageLogReaderSandbox, WithoutThePermissionItSaysSoSpendsOneCallAndWaitsADay)
{
    ASSERT_NO_FATAL_FAILURE(
        startOrg({u"--simulate"_s, u"lively"_s, u"--without-event-log-permission"_s}));
    const UsageLogReadReport report = read();
    EXPECT_TRUE(report.refused);
    EXPECT_FALSE(report.callError);
    EXPECT_EQ(report.calls, 1);
    EXPECT_EQ(report.filesStored, 0);
    EXPECT_EQ(ApiUsageLogStore(m_db).readerState().problem,
              ApiUsageLogReader::missingPermissionMessage());
    EXPECT_TRUE(ApiUsageLogStore(m_db).storedFiles().isEmpty());
    EXPECT_EQ(IntegrationUsageQuery(m_db).report(UsageGrouping::Integration, 24, now()).problem,
              ApiUsageLogReader::missingPermissionMessage());

    // Not again for a day, restart or not.
    m_offsetSeconds = 23 * 3600;
    startReader();
    EXPECT_FALSE(m_reader->isDue(now()));
    m_offsetSeconds = 24 * 3600 + 60;
    EXPECT_TRUE(m_reader->isDue(now()));
}

// The "done when" of issue 13 on the sandbox's named integrations: once the org's clock has
// moved on far enough for the hour's file to be published, the per-integration sum equals
// the org's own count of counted calls, and SyncDesk's row equals what its ledger counted.
TEST_F(UsageLogReaderSandbox, ThePerIntegrationSumIsTheOrgsCountAndSyncDesksRowIsItsLedger)
{
    ASSERT_NO_FATAL_FAILURE(startOrg({u"--other-integrations-per-hour"_s, u"20000"_s}));
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    constexpr int kOurCalls = 5;
    int answered = 0;
    for (int i = 0; i < kOurCalls; ++i)
        m_client->query(u"SELECT Id FROM Contact LIMIT 1"_s, CallCategory::InboundPoll,
                        [&answered](const SalesforceResult<QueryResult> &) { ++answered; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered == kOurCalls; }, kWaitMs));
    QTest::qWait(2000); // the other integrations spend meanwhile

    // The org stands still (nothing more is spent), and its count is read.
    QNetworkRequest request(m_process->baseUrl().resolved(QUrl(u"/_sandbox/simulation"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> stop(
        m_network.post(request, R"({"otherIntegrationsPerHour":0})"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return stop->isFinished(); }, kWaitMs));
    std::unique_ptr<QNetworkReply> usage(
        m_network.get(QNetworkRequest(m_process->baseUrl().resolved(QUrl(u"/_sandbox/usage"_s)))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return usage->isFinished(); }, kWaitMs));
    const qint64 orgCounted =
        QJsonDocument::fromJson(usage->readAll()).object().value(u"used"_s).toInteger(-1);
    ASSERT_GT(orgCounted, kOurCalls);
    const qint64 ledgerCounted = [&] {
        qint64 counted = 0;
        for (const ApiCallRecord &call : ApiCallLedgerStore(m_db).callsSince(startedAt.addSecs(-5)))
            counted += countsAgainstOrgLimit(call) ? 1 : 0;
        return counted;
    }();

    // Seven hours on, the hourly files of those calls are published.
    std::unique_ptr<QNetworkReply> clock(m_network.post(
        [&] {
            QNetworkRequest move(m_process->baseUrl().resolved(QUrl(u"/_sandbox/clock"_s)));
            move.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/json"));
            return move;
        }(),
        R"({"advanceSeconds":25200})"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return clock->isFinished(); }, kWaitMs));
    m_offsetSeconds = 7 * 3600;
    const UsageLogReadReport read = this->read();
    ASSERT_FALSE(read.callError) << read.callError->summary().toStdString();
    ASSERT_GT(read.filesStored, 0);

    const IntegrationUsageReport day =
        IntegrationUsageQuery(m_db).report(UsageGrouping::Integration, 24, now());
    qint64 sum = 0;
    for (const IntegrationUsageRow &row : day.rows) {
        sum += row.calls;
        std::cout << row.name.toStdString() << ": " << row.calls << std::endl;
    }
    EXPECT_EQ(sum, day.orgCalls);
    EXPECT_EQ(day.orgCalls, orgCounted);
    EXPECT_GE(day.rows.size(), 2);
    ASSERT_TRUE(day.syncDesk.has_value());
    // The ledger's calls before the clock moved; the reader's own were stamped seven org
    // hours later, in hours not published yet.
    EXPECT_EQ(day.syncDesk->calls, ledgerCounted);
    EXPECT_EQ(ledgerCounted, kOurCalls);
}
