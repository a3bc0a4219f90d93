// The ledger, the /limits refresher and the describe cache wired to a SalesforceClient
// talking to the real syncdesk-sandbox binary, writing to a real SQLite store: the
// ledger's count matches the org's own, /limits is only spent when the figures are
// stale, a 304 describe is served from the cache, and no token reaches the database
// file or the logs.
#include "salesforce/api_call_ledger.h"
#include "salesforce/describe_cache.h"
#include "salesforce/limits_refresher.h"
#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "sandbox/sandbox_org_process.h"
#include "secret_scan.h"
#include "signed_in_sandbox.h"
#include "store/database.h"
#include "store/settings_store.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace syncdesk;

namespace {

constexpr int kWaitMs = 30'000;

// Every message the run logs, whatever its category or level.
QMutex g_logMutex;
QByteArray g_capturedLog;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_capturedLog +=
            QByteArray(context.category ? context.category : "") + ' ' + message.toUtf8() + '\n';
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class LedgerSandbox : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Debug output on, so anything a component would log is scanned for tokens.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_capturedLog.clear();
        g_previousHandler = qInstallMessageHandler(captureMessage);
        ASSERT_TRUE(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("syncdesk.sqlite"));
    }

    void TearDown() override
    {
        m_refresher.reset();
        m_describes.reset();
        m_ledger.reset();
        m_client.reset();
        m_session.reset();
        m_db = QSqlDatabase();
        Database::closeForThisThread(m_dbPath);
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

    void startOrg(const QStringList &extraArguments = {})
    {
        test::SignedInSandbox org;
        ASSERT_NO_FATAL_FAILURE(test::startSignedInSandbox(m_network, org, extraArguments));
        m_process = std::move(org.process);
        m_tokenClient = std::move(org.tokenClient);
        m_baseUrl = org.baseUrl;
        m_tokens = org.tokens;
        ASSERT_FALSE(m_tokens.accessToken.isEmpty());
        m_session = std::make_unique<OrgSession>(&m_network, m_tokenClient.get(), m_tokens);
        m_client = std::make_unique<SalesforceClient>(m_session.get());

        const DatabaseConnection connection = Database::open(m_dbPath);
        ASSERT_TRUE(connection.ok())
            << (connection.error ? connection.error->message.toStdString() : std::string());
        m_db = connection.db;
        m_ledger = std::make_unique<ApiCallLedger>(m_db);
        m_ledger->attach(m_client.get());
        m_describes = std::make_unique<DescribeCache>(m_client.get(), m_db);
        m_refresher = std::make_unique<LimitsRefresher>(m_client.get(), m_ledger.get(), m_db);
    }

    QJsonObject control(const char *path)
    {
        QNetworkRequest request(m_baseUrl.resolved(QUrl(QString::fromLatin1(path))));
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(kWaitMs)) << path;
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    void controlPost(const char *path, const QByteArray &body)
    {
        QNetworkRequest request(m_baseUrl.resolved(QUrl(QString::fromLatin1(path))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(kWaitMs)) << path;
        EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200) << path;
    }

    qint64 sandboxUsed()
    {
        return control("/_sandbox/usage").value(QStringLiteral("used")).toInteger(-1);
    }

    template <typename T, typename Start> T run(Start start)
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

    // Waits for the refresher's /limits answer and returns the reading.
    std::optional<ApiUsage> waitForLimitsReading()
    {
        QSignalSpy refreshed(m_refresher.get(), &LimitsRefresher::limitsRefreshed);
        QSignalSpy failed(m_refresher.get(), &LimitsRefresher::limitsRefreshFailed);
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return !refreshed.isEmpty() || !failed.isEmpty(); }, kWaitMs));
        EXPECT_TRUE(failed.isEmpty())
            << (failed.isEmpty() ? std::string() : failed.first().first().toString().toStdString());
        if (refreshed.isEmpty())
            return std::nullopt;
        return refreshed.first().first().value<ApiUsage>();
    }

    qint64 ledgerCalls(CallCategory category)
    {
        return ApiCallLedgerStore(m_db).countsByCategorySince(m_runStart).value(category, 0);
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    QSqlDatabase m_db;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxOrgProcess> m_process;
    std::unique_ptr<OAuthTokenClient> m_tokenClient;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<SalesforceClient> m_client;
    std::unique_ptr<ApiCallLedger> m_ledger;
    std::unique_ptr<DescribeCache> m_describes;
    std::unique_ptr<LimitsRefresher> m_refresher;
    OAuthTokens m_tokens;
    QUrl m_baseUrl;
    QDateTime m_runStart = QDateTime::currentDateTimeUtc().addSecs(-1);
};

} // namespace

TEST_F(LedgerSandbox, MixedRunMatchesTheOrgsCountAndLeaksNoToken)
{
    ASSERT_NO_FATAL_FAILURE(startOrg({QStringLiteral("--contacts"), QStringLiteral("2500")}));

    const QueryResult contacts = run<QueryResult>([&](auto done) {
        m_client->query(QStringLiteral("SELECT Id FROM Contact"), CallCategory::InboundPoll, done);
    });
    ASSERT_GE(contacts.pages, 2);
    ASSERT_GE(contacts.records.size(), 2);

    QJsonArray updates;
    for (int i = 0; i < 2; ++i)
        updates.append(QJsonObject{
            {QStringLiteral("Id"), contacts.records[i].toObject().value(QStringLiteral("Id"))},
            {QStringLiteral("Title"), QStringLiteral("Ledger %1").arg(i)}});
    const QList<SaveResult> saved = run<QList<SaveResult>>([&](auto done) {
        m_client->updateRecords(QStringLiteral("Contact"), updates, false,
                                CallCategory::OutboundUpdate, done);
    });
    ASSERT_EQ(saved.size(), 2);

    const QList<CompositeSubrequest> subrequests{
        {"POST", m_client->resourcePath(u"sobjects/Account"), QStringLiteral("newAccount"),
         QJsonObject{{QStringLiteral("Name"), QStringLiteral("Ledger Ltd")}}},
        {"GET", m_client->resourcePath(u"sobjects/Account/@{newAccount.id}?fields=Name"),
         QStringLiteral("readBack"), QJsonValue(QJsonValue::Undefined)},
    };
    const QList<CompositeSubresponse> composite = run<QList<CompositeSubresponse>>([&](auto done) {
        m_client->composite(subrequests, true, CallCategory::OutboundUpdate, done);
    });
    ASSERT_EQ(composite.size(), 2);

    const ObjectDescription first = run<ObjectDescription>(
        [&](auto done) { m_describes->describe(QStringLiteral("Contact"), done); });
    EXPECT_FALSE(first.fromCache);
    ASSERT_FALSE(first.json.isEmpty());
    const ObjectDescription second = run<ObjectDescription>(
        [&](auto done) { m_describes->describe(QStringLiteral("Contact"), done); });
    EXPECT_TRUE(second.fromCache);
    EXPECT_EQ(second.json, first.json);

    // Figures were just refreshed by the describe: /limits is not due.
    EXPECT_FALSE(m_refresher->tick(QDateTime::currentDateTimeUtc()));
    // Six minutes on, with no call in between, it is.
    ASSERT_TRUE(m_refresher->tick(QDateTime::currentDateTimeUtc().addSecs(6 * 60)));
    const std::optional<ApiUsage> reading = waitForLimitsReading();
    ASSERT_TRUE(reading.has_value());

    const qint64 orgUsed = sandboxUsed();
    const QList<ApiCallRecord> calls = ApiCallLedgerStore(m_db).callsSince(m_runStart);
    EXPECT_EQ(calls.size(), orgUsed);
    EXPECT_EQ(ledgerCalls(CallCategory::InboundPoll), contacts.pages);
    EXPECT_EQ(ledgerCalls(CallCategory::OutboundUpdate), 2);
    EXPECT_EQ(ledgerCalls(CallCategory::Describe), 2);
    EXPECT_EQ(ledgerCalls(CallCategory::LimitsCheck), 1);

    // The second describe was a 304, and it was recorded (and counted) all the same.
    QList<int> describeStatuses;
    for (const ApiCallRecord &call : calls)
        if (call.category == CallCategory::Describe)
            describeStatuses.append(call.httpStatus);
    EXPECT_EQ(describeStatuses, (QList<int>{200, 304}));

    const std::optional<UsageSample> latest = UsageSampleStore(m_db).latest();
    ASSERT_TRUE(latest.has_value());
    EXPECT_EQ(latest->used, orgUsed);
    EXPECT_EQ(reading->used, orgUsed);

    const OrgUsageSnapshot snapshot = m_ledger->snapshot(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(snapshot.org.has_value());
    EXPECT_EQ(snapshot.org->usage().used, orgUsed);
    EXPECT_EQ(snapshot.ourCalls.countedTotal(), orgUsed);
    EXPECT_EQ(snapshot.ourCalls.counted(CallCategory::Describe), 2);
    EXPECT_EQ(snapshot.otherIntegrations, 0);
    EXPECT_TRUE(m_ledger->lastError().isEmpty()) << m_ledger->lastError().toStdString();

    // No token anywhere the run wrote: the database, its journal, the logs.
    QByteArray written = fileBytes(m_dbPath) + fileBytes(m_dbPath + QStringLiteral("-wal"));
    ASSERT_FALSE(written.isEmpty());
    EXPECT_FALSE(test::containsSecret(written, m_tokens)) << "a token is in the database";
    QMutexLocker lock(&g_logMutex);
    ASSERT_FALSE(g_capturedLog.isEmpty()) << "nothing was logged: the scan would prove nothing";
    EXPECT_FALSE(test::containsSecret(g_capturedLog, m_tokens)) << "a token is in the logs";
}

TEST_F(LedgerSandbox, RefresherSpendsACallOnlyWhenTheFiguresAreStale)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());

    // No figures yet: /limits is due straight away.
    ASSERT_TRUE(m_refresher->tick(QDateTime::currentDateTimeUtc()));
    EXPECT_FALSE(m_refresher->tick(QDateTime::currentDateTimeUtc())) << "one call at a time";
    ASSERT_TRUE(waitForLimitsReading().has_value());
    EXPECT_EQ(ledgerCalls(CallCategory::LimitsCheck), 1);

    // A query answers with the usage header: that refreshes the figures for free.
    run<QueryResult>([&](auto done) {
        m_client->query(QStringLiteral("SELECT Id FROM Account LIMIT 1"), CallCategory::InboundPoll,
                        done);
    });
    const QDateTime refreshedAt = m_ledger->lastFiguresAt();
    ASSERT_TRUE(refreshedAt.isValid());
    const qint64 usedBefore = sandboxUsed();

    EXPECT_FALSE(m_refresher->tick(refreshedAt.addSecs(90)));
    EXPECT_FALSE(m_refresher->tick(refreshedAt.addSecs(5 * 60 - 1)));
    EXPECT_EQ(sandboxUsed(), usedBefore);
    EXPECT_EQ(ledgerCalls(CallCategory::LimitsCheck), 1);

    // A shorter interval from the settings applies at the next tick.
    SettingsStore(m_db).setValue(SettingKeys::LimitsRefreshSeconds, 60);
    ASSERT_TRUE(m_refresher->tick(refreshedAt.addSecs(90)));
    const std::optional<ApiUsage> reading = waitForLimitsReading();
    ASSERT_TRUE(reading.has_value());
    EXPECT_EQ(ledgerCalls(CallCategory::LimitsCheck), 2);
    EXPECT_EQ(sandboxUsed(), usedBefore + 1);

    int limitsSamples = 0;
    for (const UsageSample &sample : UsageSampleStore(m_db).since(m_runStart))
        if (sample.source == UsageSample::LimitsResource)
            ++limitsSamples;
    EXPECT_EQ(limitsSamples, 2);
}

TEST_F(LedgerSandbox, CallsRefusedForASpentLimitAreKeptApartFromCountedOnes)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    run<QueryResult>([&](auto done) {
        m_client->query(QStringLiteral("SELECT Id FROM Account LIMIT 1"), CallCategory::InboundPoll,
                        done);
    });
    // Spend the org's allocation: the next call is refused with 403.
    controlPost("/_sandbox/allocation", "{\"max\":" + QByteArray::number(sandboxUsed()) + "}");
    std::optional<SalesforceResult<QueryResult>> refused;
    m_client->query(QStringLiteral("SELECT Id FROM Account LIMIT 1"), CallCategory::InboundPoll,
                    [&](const SalesforceResult<QueryResult> &r) { refused = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return refused.has_value(); }, kWaitMs));
    ASSERT_TRUE(std::holds_alternative<SalesforceError>(*refused));

    const QList<ApiCallRecord> calls = ApiCallLedgerStore(m_db).callsSince(m_runStart);
    ASSERT_FALSE(calls.isEmpty());
    EXPECT_EQ(calls.last().httpStatus, 403);
    EXPECT_EQ(calls.last().errorCode, QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
    const OrgUsageSnapshot snapshot = m_ledger->snapshot(QDateTime::currentDateTimeUtc());
    EXPECT_EQ(snapshot.ourCalls.refusedForLimit(CallCategory::InboundPoll), 1);
    EXPECT_EQ(snapshot.ourCalls.countedTotal(), sandboxUsed());
}

// The org received a call that got no answer in time, and counted it: so does the ledger
// (a refused connection, which never reached the org, is not).
TEST_F(LedgerSandbox, ACallThatTimedOutIsCountedAsTheOrgCountedIt)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    const qint64 before = sandboxUsed();
    controlPost("/_sandbox/faults",
                R"({"kind":"delay","delayMs":3000,"count":1,"path":"/limits"})");
    m_client->setRequestTimeout(std::chrono::milliseconds(500));
    std::optional<SalesforceResult<OrgLimits>> result;
    m_client->limits(CallCategory::LimitsCheck,
                     [&](const SalesforceResult<OrgLimits> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
    ASSERT_TRUE(std::holds_alternative<SalesforceError>(*result));
    EXPECT_EQ(std::get<SalesforceError>(*result).kind, SalesforceError::Kind::Transient);

    EXPECT_EQ(sandboxUsed() - before, 1);
    const QList<ApiCallRecord> calls = ApiCallLedgerStore(m_db).callsSince(m_runStart);
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.first().httpStatus, 0);
    EXPECT_TRUE(countsAgainstOrgLimit(calls.first()));
    EXPECT_EQ(m_ledger->snapshot(QDateTime::currentDateTimeUtc()).ourCalls.countedTotal(),
              sandboxUsed());
}
