// Kills the engine process with SIGKILL again and again in the middle of a large sync
// against a sandbox org, then lets it finish and compares the org with the workspace
// record by record: no queued change lost, no record or Task created twice.
#include "org_rows.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "signed_in_sandbox.h"
#include "store/activity_store.h"
#include "store/database.h"
#include "store/local_change_writer.h"
#include "store/record_store.h"
#include "sync/default_field_mappings.h"
#include "sync/syncdesk_external_id.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kPeople = 4'000;
constexpr int kEditedPeople = 1'500;
constexpr int kActivities = 1'200;
constexpr int kKills = 12;
constexpr int kWaitMs = 120'000;

const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

class EngineKillTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dbPath = m_dir.filePath(u"workspace.sqlite"_s);
        const DatabaseConnection connection = Database::open(m_dbPath);
        ASSERT_TRUE(connection.ok());
        m_db = connection.db;
        ensureDefaultFieldMappings(m_db);

        // A small seeded org, so that the first inbound poll is quick and the sync's
        // time goes to our own changes; answers 80 ms late, as from an org across the
        // internet, so that kills land while batches are in flight (on loopback a batch
        // is settled within milliseconds of being sent).
        ASSERT_NO_FATAL_FAILURE(test::startSignedInSandbox(
            m_network, m_org,
            {u"--contacts"_s, u"40"_s, u"--leads"_s, u"30"_s, u"--accounts"_s, u"20"_s,
             u"--opportunities"_s, u"10"_s, u"--latency"_s, u"80"_s}));
        m_session = std::make_unique<OrgSession>(&m_network, m_org.tokenClient.get(), m_org.tokens);
        m_client = std::make_unique<SalesforceClient>(m_session.get());
    }

    void TearDown() override { Database::closeForThisThread(m_dbPath); }

    // The workspace as reps fill it: new people, then edits to some of them, then calls
    // and emails logged against them.
    void fillWorkspace()
    {
        RecordStore records(m_db);
        LocalChangeWriter writer(m_db);
        for (int i = 0; i < kPeople; ++i) {
            LocalRecord record;
            record.kind = RecordKind::Person;
            const std::optional<qint64> id = records.insert(record);
            ASSERT_TRUE(id);
            m_people.append(*id);
            ASSERT_TRUE(writer.apply(*id,
                                     {{u"LastName"_s, u"Person %1"_s.arg(i)},
                                      {u"Email"_s, u"p%1@example.test"_s.arg(i)}},
                                     T0));
        }
        for (int i = 0; i < kEditedPeople; ++i) {
            ASSERT_TRUE(writer.apply(m_people.at(i * 2), {{u"Title"_s, u"Title %1"_s.arg(i)}},
                                     T0.addSecs(60)));
        }
        ActivityStore activities(m_db);
        for (int i = 0; i < kActivities; ++i) {
            Activity activity;
            activity.externalId = u"act-%1"_s.arg(i);
            activity.kind = i % 3 == 0 ? Activity::Kind::Email : Activity::Kind::Call;
            activity.recordId = m_people.at(i % kPeople);
            activity.subject = u"Call %1"_s.arg(i);
            activity.occurredAt = T0.addSecs(120 + i);
            if (activity.kind == Activity::Kind::Call)
                activity.durationSeconds = 30 + i % 600;
            ASSERT_TRUE(activities.add(activity));
        }
    }

    QStringList runnerArguments() const { return {m_dbPath, m_org.baseUrl.toString()}; }

    // Starts the engine and kills it `delayMs` after it signed in. Returns whether
    // the workspace had work in flight at the moment it died.
    bool runAndKill(int delayMs)
    {
        QProcess runner;
        runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        runner.start(QStringLiteral(SYNCDESK_ENGINE_RUNNER), runnerArguments());
        EXPECT_TRUE(runner.waitForStarted());
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return runner.canReadLine() || runner.state() == QProcess::NotRunning; },
            kWaitMs));
        QTest::qWait(delayMs);
        runner.kill(); // SIGKILL: no handler runs, no transaction is finished
        runner.waitForFinished();
        return inFlightCount() > 0;
    }

    QString runToCompletion()
    {
        QProcess runner;
        runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        runner.start(QStringLiteral(SYNCDESK_ENGINE_RUNNER), runnerArguments());
        EXPECT_TRUE(runner.waitForStarted());
        EXPECT_TRUE(runner.waitForFinished(kWaitMs));
        return QString::fromUtf8(runner.readAllStandardOutput());
    }

    int scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
        return query.value(0).toInt();
    }

    // What each run of the engine did, for a failure's message.
    QString syncLog()
    {
        QSqlQuery query(m_db);
        QString log;
        if (!query.exec(u"SELECT kind, calls, items_ok, items_failed, summary FROM sync_runs "
                        "ORDER BY id"_s))
            return query.lastError().text();
        while (query.next()) {
            log += u"%1 calls=%2 ok=%3 failed=%4 %5\n"_s.arg(query.value(0).toString())
                       .arg(query.value(1).toInt())
                       .arg(query.value(2).toInt())
                       .arg(query.value(3).toInt())
                       .arg(query.value(4).toString());
        }
        return log;
    }

    int inFlightCount()
    {
        return scalar(u"SELECT (SELECT COUNT(*) FROM outbox WHERE batch_id IS NOT NULL) + "
                      u"(SELECT COUNT(*) FROM activities WHERE batch_id IS NOT NULL)"_s);
    }

    QList<QJsonObject> queryAll(const QString &soql)
    {
        return test::queryAllRows(*m_client, soql, kWaitMs);
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    QSqlDatabase m_db;
    QNetworkAccessManager m_network;
    test::SignedInSandbox m_org;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<SalesforceClient> m_client;
    QList<qint64> m_people;
};

} // namespace

TEST_F(EngineKillTest, RepeatedKillsLoseNothingAndDuplicateNothing)
{
    ASSERT_NO_FATAL_FAILURE(fillWorkspace());

    // Seeded delays, so a failure can be replayed; spread over sign-in, the first poll
    // and the batches.
    QRandomGenerator random(20261127);
    int killsWithWorkInFlight = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        if (runAndKill(int(random.bounded(150, 1500))))
            ++killsWithWorkInFlight;
    }
    std::printf("kills: %d, with a batch in flight when killed: %d\n", kKills,
                killsWithWorkInFlight);
    // Without this the test would prove nothing about a crash mid-batch.
    EXPECT_GT(killsWithWorkInFlight, 0);

    const QString finalRun = runToCompletion();
    EXPECT_TRUE(finalRun.contains(u"done"_s)) << finalRun.toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sync_failures"_s), 0);

    // Every local person is in the org exactly once, with its latest values.
    QHash<QString, QJsonObject> contacts;
    for (const QJsonObject &contact :
         queryAll(u"SELECT Id, SyncDesk_Id__c, LastName, Email, Title FROM Contact WHERE "
                  u"SyncDesk_Id__c LIKE 'sd-%'"_s)) {
        const QString key = contact.value(u"SyncDesk_Id__c"_s).toString();
        EXPECT_FALSE(contacts.contains(key)) << "duplicate Contact " << key.toStdString();
        contacts.insert(key, contact);
    }
    EXPECT_EQ(contacts.size(), kPeople);
    RecordStore records(m_db);
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        const std::optional<LocalRecord> local = records.find(m_people.at(i));
        ASSERT_TRUE(local);
        const QJsonObject contact =
            contacts.value(SyncDeskExternalId::of(m_db).forRecord(m_people.at(i)));
        ASSERT_FALSE(contact.isEmpty()) << "missing in the org: person " << m_people.at(i);
        EXPECT_EQ(local->crmId, contact.value(u"Id"_s).toString());
        for (const QString &field : {u"LastName"_s, u"Email"_s, u"Title"_s}) {
            EXPECT_EQ(local->fields.value(field).toString(), contact.value(field).toString())
                << field.toStdString() << " of person " << m_people.at(i);
        }
    }
    // The org's own people came in once each, and ours were not imported a second time.
    EXPECT_EQ(records.count(RecordKind::Person), kPeople + 40 + 30)
        << "final run:\n"
        << finalRun.toStdString() << "sync log:\n"
        << syncLog().toStdString();

    // One Task per activity, never two.
    QSet<QString> taskKeys;
    for (
        const QJsonObject &task : queryAll(
            u"SELECT Id, SyncDesk_Activity_Id__c FROM Task WHERE SyncDesk_Activity_Id__c != null"_s)) {
        const QString key = task.value(u"SyncDesk_Activity_Id__c"_s).toString();
        EXPECT_FALSE(taskKeys.contains(key)) << "duplicate Task " << key.toStdString();
        taskKeys.insert(key);
    }
    EXPECT_EQ(taskKeys.size(), kActivities);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM activities WHERE crm_task_id IS NULL"_s), 0);
}
