// The real engine (engine_runner, its own process) SIGKILLed while the results of an
// inbound Bulk API 2.0 query job are read, then started again: the first import of 30,000
// Contacts above a lowered threshold goes through one query job; the sandbox holds the
// results request unanswered (a "hold" fault), so the kill lands exactly there. The next
// engine resumes the same job (no second query job), and the workspace ends with every
// Contact of the org once.
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "signed_in_sandbox.h"
#include "store/database.h"
#include "store/inbound_bulk_read_store.h"
#include "store/settings_store.h"
#include "sync/default_field_mappings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kWaitMs = 240'000;

class InboundBulkKillTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dbPath = m_dir.filePath(u"workspace.sqlite"_s);
        const DatabaseConnection connection = Database::open(m_dbPath);
        ASSERT_TRUE(connection.ok());
        m_db = connection.db;
        ASSERT_TRUE(ensureDefaultFieldMappings(m_db));
        // The route still asks the job to spend fewer calls than composite.
        ASSERT_TRUE(SettingsStore(m_db).setValue(SettingKeys::BulkReadThresholdRows, 10'000));
        ASSERT_NO_FATAL_FAILURE(test::startSignedInSandbox(
            m_network, m_org, {u"--contacts"_s, u"30000"_s, u"--leads"_s, u"30"_s}));
    }

    void TearDown() override
    {
        m_db = QSqlDatabase();
        Database::closeForThisThread(m_dbPath);
    }

    QJsonObject control(const QString &name, const QJsonObject &body = {})
    {
        QNetworkRequest request(m_org.baseUrl.resolved(QUrl(u"/_sandbox/"_s + name)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(
            body.isEmpty() ? m_network.get(request)
                           : m_network.post(request, QJsonDocument(body).toJson()));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(kWaitMs));
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    int queryJobs()
    {
        int jobs = 0;
        for (const QJsonValue &job : control(u"bulk"_s).value(u"jobs"_s).toArray())
            jobs += job.toObject().value(u"kind"_s).toString() == u"query"_s ? 1 : 0;
        return jobs;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
        return query.value(0).toLongLong();
    }

    QStringList runnerArguments() const { return {m_dbPath, m_org.baseUrl.toString()}; }

    QTemporaryDir m_dir;
    QString m_dbPath;
    QSqlDatabase m_db;
    QNetworkAccessManager m_network;
    test::SignedInSandbox m_org;
};

} // namespace

TEST_F(InboundBulkKillTest, AKillWhileResultsAreReadResumesTheSameJob)
{
    control(u"faults"_s, {{u"kind"_s, u"hold"_s}, {u"path"_s, u"/results"_s}});
    {
        QProcess runner;
        runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        runner.start(QStringLiteral(SYNCDESK_ENGINE_RUNNER), runnerArguments());
        ASSERT_TRUE(runner.waitForStarted());
        // The held results request has arrived: the plan is empty.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return control(u"faults"_s).value(u"faults"_s).toArray().isEmpty() ||
                       runner.state() == QProcess::NotRunning;
            },
            kWaitMs));
        ASSERT_EQ(runner.state(), QProcess::Running);
        runner.kill(); // SIGKILL: no handler runs, no transaction is finished
        runner.waitForFinished();
    }
    const std::optional<InboundBulkReadRow> read = InboundBulkReadStore(m_db).find(u"Contact"_s);
    ASSERT_TRUE(read);
    EXPECT_FALSE(read->jobId.isEmpty());
    EXPECT_EQ(queryJobs(), 1);

    QProcess runner;
    runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    runner.start(QStringLiteral(SYNCDESK_ENGINE_RUNNER), runnerArguments());
    ASSERT_TRUE(runner.waitForStarted());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !InboundBulkReadStore(m_db).find(u"Contact"_s) ||
                   runner.state() == QProcess::NotRunning;
        },
        kWaitMs));
    runner.kill();
    runner.waitForFinished();

    EXPECT_FALSE(InboundBulkReadStore(m_db).find(u"Contact"_s));
    EXPECT_EQ(queryJobs(), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM records WHERE crm_object = 'Contact'"_s), 30'000);
    EXPECT_EQ(scalar(u"SELECT COUNT(DISTINCT crm_id) FROM records WHERE crm_object = 'Contact'"_s),
              30'000);
}
