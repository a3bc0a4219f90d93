#pragma once

// Team mode's multi-process harness (issue 15): a throwaway PostgreSQL cluster, a sandbox org,
// two engine hosts (`syncdesk-cli --database … sync` with data folders of their own, signed in
// through the private keychain of run_with_keyring.sh) and consoles (`syncdesk-cli import`).
#include "org_rows.h"
#include "postgres_test.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "signed_in_sandbox.h"
#include "store/api_call_ledger_store.h"
#include "store/database.h"
#include "store/postgres_database.h"
#include "sync/default_field_mappings.h"
#include "usage/api_call_record.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>
#include <iostream>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::test {

inline constexpr int kKills = 10;
inline constexpr qint64 kTakeoverLimitMs = 10'000;
inline constexpr int kWaitMs = 120'000;
// A call the org answered this long before a SIGKILL may never have reached the ledger.
inline constexpr qint64 kCutByKillMs = 5'000;

inline bool longForm()
{
    return qEnvironmentVariableIntValue("SYNCDESK_TEAM_FAILOVER_LONG") == 1;
}

// One engine host: its own data folder, its own syncdesk-cli sync process (started again
// after each kill) and the lines it printed.
struct EngineHost
{
    QString name;
    QString dataDir;
    std::unique_ptr<QProcess> process;
    QStringList lines;
    QByteArray partial;
    bool holds = false;       // said it holds the lease, since its last start
    qint64 acquiredAtMs = -1; // when it last said so
    int acquisitions = 0;
    QString log;

    bool running() const { return process && process->state() != QProcess::NotRunning; }
};

class TeamFailoverTest : public PostgresTest
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIntValue("SYNCDESK_PRIVATE_KEYRING") != 1)
            GTEST_SKIP() << "needs the private keyring of run_with_keyring.sh";
        ASSERT_NO_FATAL_FAILURE(PostgresTest::SetUp());
        ASSERT_TRUE(m_dir.isValid());
        m_url = databaseUrl();
        PostgresDatabase::rememberPassword(*DatabaseUrl::parse(m_url), rolePassword());
        m_requestLog = m_dir.filePath(u"org-requests.jsonl"_s);
        // Answers 40 ms late, as from an org across the internet, so that kills land while
        // batches are in flight.
        ASSERT_NO_FATAL_FAILURE(
            startSignedInSandbox(m_network, m_org,
                                 {u"--contacts"_s, u"10"_s, u"--leads"_s, u"5"_s, u"--accounts"_s,
                                  u"5"_s, u"--opportunities"_s, u"2"_s, u"--latency"_s, u"40"_s,
                                  u"--request-log"_s, m_requestLog}));
        m_session = std::make_unique<OrgSession>(&m_network, m_org.tokenClient.get(), m_org.tokens);
        m_client = std::make_unique<SalesforceClient>(m_session.get());
        m_usedAtStart = sandboxUsed();

        // Each host: the database password and the integration user's sign-in in its
        // keychain, once (here both hosts share the test's private keychain).
        for (const QString &name : {u"host-a"_s, u"host-b"_s}) {
            auto host = std::make_unique<EngineHost>();
            host->name = name;
            host->dataDir = m_dir.filePath(name);
            m_hosts.push_back(std::move(host));
        }
        QString output;
        ASSERT_EQ(
            cli(m_hosts[0]->dataDir, {u"database-password"_s}, &output, rolePassword() + '\n'), 0)
            << output.toStdString();
        for (const auto &host : m_hosts) {
            ASSERT_EQ(cli(host->dataDir, {u"connect"_s, u"--login-url"_s, m_org.baseUrl.toString()},
                          &output),
                      0)
                << output.toStdString();
        }
        const DatabaseConnection opened = Database::open(m_url);
        ASSERT_TRUE(opened.ok()) << opened.error->message.toStdString();
        m_db = opened.db;
        ASSERT_TRUE(ensureDefaultFieldMappings(m_db));
    }

    void TearDown() override
    {
        for (const auto &host : m_hosts) {
            if (host->running()) {
                host->process->kill();
                host->process->waitForFinished();
            }
        }
        m_db = QSqlDatabase();
        if (!m_url.isEmpty())
            Database::closeForThisThread(m_url);
    }

    QStringList cliArguments(const QString &dataDir, const QStringList &arguments) const
    {
        return QStringList{u"--data-dir"_s, dataDir, u"--database"_s, m_url} + arguments;
    }

    int cli(const QString &dataDir, const QStringList &arguments, QString *output = nullptr,
            const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(SYNCDESK_CLI_BIN), cliArguments(dataDir, arguments));
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(kWaitMs)) {
            process.kill();
            process.waitForFinished();
        }
        if (output)
            *output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    void startEngine(EngineHost &host)
    {
        host.process = std::make_unique<QProcess>();
        host.process->setProcessChannelMode(QProcess::MergedChannels);
        host.holds = false;
        host.partial.clear();
        host.process->start(QStringLiteral(SYNCDESK_CLI_BIN),
                            cliArguments(host.dataDir, {u"sync"_s}));
        ASSERT_TRUE(host.process->waitForStarted(10'000));
    }

    // SIGKILL: no handler runs, the lease's session just ends. What it printed before is
    // read while it still counts as the holder.
    void killEngine(EngineHost &host)
    {
        host.process->kill();
        host.process->waitForFinished();
        collect();
        host.holds = false;
    }

    // Reads what the engines printed; a "holds the engine lease" line while the other engine
    // holds it is the failure this test exists for.
    void collect()
    {
        for (const auto &host : m_hosts) {
            if (!host->process)
                continue;
            host->partial += host->process->readAll();
            qsizetype end;
            while ((end = host->partial.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(host->partial.left(end)).trimmed();
                host->partial.remove(0, end + 1);
                host->log += line + u'\n';
                // A progress line ("10:02:03 syncing  pending …") comes from a running engine.
                if (line.mid(8, 9) == u" syncing "_s)
                    EXPECT_TRUE(host->holds) << host->name.toStdString()
                                             << " synced without the lease: " << line.toStdString();
                if (line.startsWith(u"Lost the engine lease"_s))
                    host->holds = false;
                if (!line.contains(u"holds the engine lease"_s))
                    continue;
                for (const auto &other : m_hosts) {
                    if (other != host)
                        EXPECT_FALSE(other->running() && other->holds)
                            << host->name.toStdString() << " took the lease while "
                            << other->name.toStdString() << " held it";
                }
                host->holds = true;
                host->acquiredAtMs = QDateTime::currentMSecsSinceEpoch();
                ++host->acquisitions;
            }
        }
    }

    EngineHost *holder()
    {
        collect();
        for (const auto &host : m_hosts)
            if (host->running() && host->holds)
                return host.get();
        return nullptr;
    }

    EngineHost *waitForHolder(int timeoutMs)
    {
        EngineHost *found = nullptr;
        (void)QTest::qWaitFor([&] { return (found = holder()) != nullptr; }, timeoutMs);
        return found;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next()) {
            ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
            return -1;
        }
        return query.value(0).toLongLong();
    }

    qint64 inFlight()
    {
        return scalar(u"SELECT (SELECT COUNT(*) FROM outbox WHERE batch_id IS NOT NULL) + "
                      "(SELECT COUNT(*) FROM activities WHERE batch_id IS NOT NULL)"_s);
    }

    // Console 1 adds people (group `group`); console 2 logs calls against an earlier group.
    QString peopleCsv(int group)
    {
        const QString path = m_dir.filePath(u"people-%1.csv"_s.arg(group));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("FirstName,LastName,Email\n");
        for (int i = 0; i < m_peoplePerGroup; ++i)
            file.write(u"Team,Person %1-%2,t%1-%2@example.test\n"_s.arg(group).arg(i).toUtf8());
        return path;
    }

    QString activitiesCsv(int group)
    {
        const QString path = m_dir.filePath(u"activities-%1.csv"_s.arg(group));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("Type,Subject,PersonEmail,Date,DurationSeconds\n");
        for (int i = 0; i < m_activitiesPerGroup; ++i)
            file.write(u"call,Call %1-%2,t%1-%2@example.test,2026-12-01T10:%3:00Z,60\n"_s.arg(group)
                           .arg(i)
                           .arg(i % 60, 2, 10, QChar(u'0'))
                           .toUtf8());
        return path;
    }

    std::unique_ptr<QProcess> startConsole(const QString &console, const QString &kind,
                                           const QString &csv)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QStringLiteral(SYNCDESK_CLI_BIN),
                       cliArguments(m_dir.filePath(console), {u"import"_s, kind, csv}));
        return process;
    }

    void finishConsole(std::unique_ptr<QProcess> &process)
    {
        if (!process)
            return;
        // It may have finished already, while the harness waited for something else.
        if (process->state() != QProcess::NotRunning)
            ASSERT_TRUE(process->waitForFinished(kWaitMs));
        EXPECT_EQ(process->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(process->exitCode(), 0) << QString::fromUtf8(process->readAll()).toStdString();
        process.reset();
    }

    QJsonObject control(const QByteArray &method, const QString &name)
    {
        QNetworkRequest request(m_org.baseUrl.resolved(QUrl(u"/_sandbox/"_s + name)));
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(kWaitMs));
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    qint64 sandboxUsed() { return control("GET", u"usage"_s).value(u"used"_s).toInteger(-1); }

    QList<QJsonObject> queryAll(const QString &soql)
    {
        return queryAllRows(*m_client, soql, kWaitMs);
    }

    void verifyOrg(int people, int activities);
    void verifyMeter();

    QTemporaryDir m_dir;
    QString m_url;
    QSqlDatabase m_db;
    QString m_requestLog;
    QNetworkAccessManager m_network;
    SignedInSandbox m_org;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<SalesforceClient> m_client;
    std::vector<std::unique_ptr<EngineHost>> m_hosts;
    QList<qint64> m_killedAtMs;
    qint64 m_usedAtStart = 0;
    int m_peoplePerGroup = longForm() ? 1'500 : 150;
    int m_activitiesPerGroup = longForm() ? 600 : 60;
};

} // namespace syncdesk::test
