// The real `syncdesk-cli sync` killed with SIGKILL at each stage of a Bulk API 2.0 ingest
// job against the real sandbox org process, then started again until it converges: before
// the upload (job created, its id stored), after the upload (not closed), while the org
// processes the job, and while its results are read. The sandbox holds the request of the
// stage unanswered (a "hold" fault), so the kill lands exactly there, whatever the speed
// of the machine. Afterwards: no change lost, no Contact twice, no job given data twice,
// and the org's meter equals SyncDesk's ledger.
#include "app_paths.h"
#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "signed_in_sandbox.h"
#include "store/bulk_job_store.h"
#include "store/database.h"
#include "store/record_store.h"
#include "store/settings_store.h"
#include "sync/default_field_mappings.h"
#include "sync/syncdesk_external_id.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// Enough for one job to spend fewer calls than composite (11 calls): create, upload, close,
// polls and results come to 9.
constexpr int kGroup = 11'000;
constexpr int kWaitMs = 240'000;
constexpr int kMaxRuns = 6;

class BulkKillTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!qEnvironmentVariableIsSet("SYNCDESK_PRIVATE_KEYRING"))
            GTEST_SKIP() << "needs a private keyring: ctest runs it through run_with_keyring.sh";
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = m_dir.filePath(u"data"_s);
        m_requestLog = m_dir.filePath(u"org-requests.jsonl"_s);
        ASSERT_NO_FATAL_FAILURE(test::startSignedInSandbox(
            m_network, m_org,
            {u"--contacts"_s, u"20"_s, u"--leads"_s, u"10"_s, u"--accounts"_s, u"10"_s,
             u"--opportunities"_s, u"5"_s, u"--request-log"_s, m_requestLog}));
        m_session = std::make_unique<OrgSession>(&m_network, m_org.tokenClient.get(), m_org.tokens);
        m_client = std::make_unique<SalesforceClient>(m_session.get());

        QString output;
        ASSERT_EQ(cli({u"connect"_s, u"--login-url"_s, m_org.baseUrl.toString()}, &output), 0)
            << output.toStdString();
        m_dbPath = AppPaths::prepare(m_dataDir)->databasePath();
        const DatabaseConnection connection = Database::open(m_dbPath);
        ASSERT_TRUE(connection.ok());
        m_db = connection.db;
        ASSERT_TRUE(ensureDefaultFieldMappings(m_db));
        // The route still asks Bulk to spend fewer calls than composite; the key only
        // lets it be considered.
        ASSERT_TRUE(SettingsStore(m_db).setValue(SettingKeys::BulkThresholdRecords, 1'000));
        m_usedAtStart = used();
        m_ledgerAtStart = ledgerCalls();
    }

    void TearDown() override
    {
        m_db = QSqlDatabase();
        if (!m_dbPath.isEmpty())
            Database::closeForThisThread(m_dbPath);
    }

    int cli(const QStringList &arguments, QString *output = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(SYNCDESK_CLI_BIN),
                      QStringList{u"--data-dir"_s, m_dataDir} + arguments);
        if (!process.waitForFinished(kWaitMs)) {
            process.kill();
            process.waitForFinished();
        }
        const QString text = QString::fromUtf8(process.readAll());
        std::printf("syncdesk-cli %s: %lld ms\n", qPrintable(arguments.join(u' ')),
                    qint64(timer.elapsed()));
        m_cliLog += text;
        if (output)
            *output = text;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // People as a CSV the CLI imports: group `group`, everyone's Title `title`. A second
    // import of a group matches its people by Email and changes their Title only.
    void import(int group, const QString &title)
    {
        const QString path = m_dir.filePath(u"people-%1.csv"_s.arg(group));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("FirstName,LastName,Email,Title\n");
        for (int i = 0; i < kGroup; ++i)
            file.write(u"Bulk,Person %1-%2,p%1-%2@example.test,%3\n"_s.arg(group)
                           .arg(i)
                           .arg(title)
                           .toUtf8());
        file.close();
        QString output;
        ASSERT_EQ(cli({u"import"_s, u"people"_s, path}, &output), 0) << output.toStdString();
    }

    QJsonObject control(const QByteArray &method, const QString &name, const QJsonObject &body = {})
    {
        QNetworkRequest request(m_org.baseUrl.resolved(QUrl(u"/_sandbox/"_s + name)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson()));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(kWaitMs));
        EXPECT_EQ(reply->error(), QNetworkReply::NoError) << name.toStdString();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    qint64 used() { return control("GET", u"usage"_s).value(u"used"_s).toInteger(-1); }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    // The ledger's calls the org counts: not the token endpoint's, nor the 401 that each
    // start's first call gets (the CLI keeps no access token; the org counts no refusal of
    // a session).
    qint64 ledgerCalls()
    {
        return scalar(u"SELECT COUNT(*) FROM api_calls WHERE category <> 'auth' AND "
                      u"http_status <> 401"_s);
    }

    // Starts `sync --once` with `hold` waiting in the org's fault plan, waits until the org
    // holds the request (the plan is empty again) and kills the CLI there. Returns the
    // Bulk job the workspace recorded.
    BulkJobRow killAt(const QJsonObject &hold)
    {
        control("POST", u"faults"_s, hold);
        QProcess sync;
        sync.setProcessChannelMode(QProcess::MergedChannels);
        sync.start(QStringLiteral(SYNCDESK_CLI_BIN),
                   {u"--data-dir"_s, m_dataDir, u"sync"_s, u"--once"_s});
        EXPECT_TRUE(sync.waitForStarted());
        const bool held = QTest::qWaitFor(
            [&] {
                return sync.state() == QProcess::NotRunning ||
                       control("GET", u"faults"_s).value(u"faults"_s).toArray().isEmpty();
            },
            kWaitMs);
        const bool stillRunning = sync.state() == QProcess::Running;
        sync.kill(); // SIGKILL: no handler runs, no transaction is finished
        sync.waitForFinished();
        m_cliLog += QString::fromUtf8(sync.readAll());
        EXPECT_TRUE(held && stillRunning) << "the CLI ended before reaching the held request:\n"
                                          << m_cliLog.toStdString();
        control("DELETE", u"faults"_s);
        const QList<BulkJobRow> jobs = BulkJobStore(m_db).all();
        EXPECT_EQ(jobs.size(), 1) << "first job: " << jobs.value(0).operation.toStdString()
                                  << " at stage " << int(jobs.value(0).stage);
        return jobs.value(0);
    }

    // `sync --once` again and again, as an admin restarting it would, until nothing waits
    // and no job is left; returns how many runs it took.
    int converge()
    {
        for (int run = 1; run <= kMaxRuns; ++run) {
            QString output;
            EXPECT_EQ(cli({u"sync"_s, u"--once"_s}, &output), 0) << output.toStdString();
            if (scalar(u"SELECT COUNT(*) FROM outbox"_s) == 0 &&
                scalar(u"SELECT COUNT(*) FROM bulk_jobs"_s) == 0)
                return run;
        }
        ADD_FAILURE() << "no convergence after " << kMaxRuns << " runs:\n"
                      << m_cliLog.right(4'000).toStdString();
        return kMaxRuns;
    }

    // The org's SyncDesk Contacts by external id; a second Contact with one fails the test.
    QHash<QString, QJsonObject> orgContacts()
    {
        std::optional<SalesforceResult<QueryResult>> result;
        m_client->query(u"SELECT Id, SyncDesk_Id__c, LastName, Email, Title FROM Contact "
                        u"WHERE SyncDesk_Id__c LIKE 'sd-%'"_s,
                        CallCategory::InboundPoll,
                        [&result](const SalesforceResult<QueryResult> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
        QHash<QString, QJsonObject> contacts;
        if (!result || !std::holds_alternative<QueryResult>(*result)) {
            ADD_FAILURE() << "the org's Contacts could not be read";
            return contacts;
        }
        for (const QJsonValue &value : std::get<QueryResult>(*result).records) {
            const QJsonObject contact = value.toObject();
            const QString key = contact.value(u"SyncDesk_Id__c"_s).toString();
            EXPECT_FALSE(contacts.contains(key)) << "duplicate Contact " << key.toStdString();
            contacts.insert(key, contact);
        }
        return contacts;
    }

    // The uploads the org took (not held), by job id, from its request log.
    QHash<QString, int> uploadsByJob()
    {
        QHash<QString, int> uploads;
        QFile log(m_requestLog);
        EXPECT_TRUE(log.open(QIODevice::ReadOnly));
        static const QRegularExpression batches(u"/jobs/ingest/([^/]+)/batches/?$"_s);
        while (!log.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(log.readLine()).object();
            const auto match = batches.match(line.value(u"path"_s).toString());
            if (line.value(u"method"_s).toString() == u"PUT"_s && match.hasMatch() &&
                line.value(u"status"_s).toInt() == 201)
                ++uploads[match.captured(1)];
        }
        return uploads;
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_requestLog;
    QString m_dbPath;
    QSqlDatabase m_db;
    QNetworkAccessManager m_network;
    test::SignedInSandbox m_org;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<SalesforceClient> m_client;
    qint64 m_usedAtStart = 0;
    qint64 m_ledgerAtStart = 0;
    QString m_cliLog;
};

} // namespace

TEST_F(BulkKillTest, AKillAtEachStageOfAnIngestJobLosesNothingAndRepeatsNothing)
{
    // The org's own people first, so that later runs only carry the groups.
    ASSERT_EQ(converge(), 1);

    // 1. Before the upload: new people (an upsert job), killed as the data leaves.
    ASSERT_NO_FATAL_FAILURE(import(1, u"One"_s));
    BulkJobRow job =
        killAt({{u"kind"_s, u"hold"_s}, {u"method"_s, u"PUT"_s}, {u"path"_s, u"/batches"_s}});
    EXPECT_EQ(job.operation, u"upsert"_s);
    EXPECT_EQ(job.stage, BulkJobRow::Stage::Created);
    EXPECT_FALSE(job.jobId.isEmpty()); // kept before the upload
    converge();

    // 2. After the upload, before the close: more new people.
    ASSERT_NO_FATAL_FAILURE(import(2, u"Two"_s));
    job = killAt(
        {{u"kind"_s, u"hold"_s}, {u"method"_s, u"PATCH"_s}, {u"path"_s, u"/jobs/ingest/"_s}});
    EXPECT_EQ(job.stage, BulkJobRow::Stage::Uploaded);
    converge();

    // 3. While the org processes it: the first group's Titles (an update job by Id). Each
    // 10,000 records take 30 s on the org's clock, which only the test moves on.
    ASSERT_NO_FATAL_FAILURE(import(1, u"Three"_s));
    control("POST", u"bulk"_s, {{u"processingDelaySeconds"_s, 30}});
    job =
        killAt({{u"kind"_s, u"hold"_s}, {u"method"_s, u"GET"_s}, {u"path"_s, u"/jobs/ingest/"_s}});
    EXPECT_EQ(job.operation, u"update"_s);
    EXPECT_EQ(job.stage, BulkJobRow::Stage::Closed);
    control("POST", u"bulk"_s, {{u"processingDelaySeconds"_s, 0}});
    control("POST", u"clock"_s, {{u"advanceSeconds"_s, 600}});
    converge();

    // 4. While the results are read: the second group's Titles.
    ASSERT_NO_FATAL_FAILURE(import(2, u"Four"_s));
    job = killAt(
        {{u"kind"_s, u"hold"_s}, {u"method"_s, u"GET"_s}, {u"path"_s, u"/successfulResults"_s}});
    EXPECT_EQ(job.stage, BulkJobRow::Stage::Closed);
    converge();

    // Every call the org counted is in the ledger, and nothing else (the held requests
    // were neither counted nor answered).
    EXPECT_EQ(ledgerCalls() - m_ledgerAtStart, used() - m_usedAtStart);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sync_failures"_s), 0);

    // No job took data twice; the first stage's job never took any (aborted on restart).
    const QHash<QString, int> uploads = uploadsByJob();
    for (auto it = uploads.cbegin(); it != uploads.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << "job " << it.key().toStdString() << " uploaded twice";
    // Each group went up once as new people and once as Titles; the first one again after
    // its job was aborted before its data arrived.
    EXPECT_EQ(uploads.size(), 4);

    // Every person is in the org once, linked, with the last Title.
    const QHash<QString, QJsonObject> contacts = orgContacts();
    EXPECT_EQ(contacts.size(), 2 * kGroup);
    const SyncDeskExternalId externalIds = SyncDeskExternalId::of(m_db);
    QSqlQuery people(m_db);
    ASSERT_TRUE(people.exec(u"SELECT id, crm_id FROM records WHERE kind = 'person' AND "
                            u"crm_object = 'Contact' AND crm_id IS NOT NULL"_s));
    int checked = 0;
    RecordStore records(m_db);
    while (people.next()) {
        const qint64 id = people.value(0).toLongLong();
        const QJsonObject contact = contacts.value(externalIds.forRecord(id));
        if (contact.isEmpty())
            continue; // one of the org's own Contacts
        ++checked;
        EXPECT_EQ(people.value(1).toString(), contact.value(u"Id"_s).toString());
        const std::optional<LocalRecord> local = records.find(id);
        ASSERT_TRUE(local);
        for (const QString &field : {u"LastName"_s, u"Email"_s, u"Title"_s})
            ASSERT_EQ(local->fields.value(field).toString(), contact.value(field).toString())
                << field.toStdString() << " of person " << id;
        const bool second = local->fields.value(u"Email"_s).toString().startsWith(u"p2-"_s);
        ASSERT_EQ(contact.value(u"Title"_s).toString(), second ? u"Four"_s : u"Three"_s);
    }
    EXPECT_EQ(checked, 2 * kGroup);
}
