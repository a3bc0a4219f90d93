// syncdesk-cli end to end with the real keychain: connect, import, one headless sync
// cycle against a sandbox org, disconnect. Runs only inside run_with_keyring.sh (a private
// Secret Service), never against the user's own keyring.
#include "alerts/smtp_settings.h"
#include "app_paths.h"
#include "cli_run.h"
#include "postgres_cluster.h"
#include "sandbox/sandbox_org_process.h"
#include "secrets/keychain_secret_store.h"
#include "secrets/secret_wait.h"
#include "store/api_call_ledger_store.h"
#include "store/connection_store.h"
#include "store/database.h"
#include "store/database_url.h"
#include "store/engine_presence_store.h"
#include "store/outbox_store.h"
#include "store/settings_store.h"
#include "sync/engine_status.h"
#include "usage/api_call_record.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <gtest/gtest.h>
#include <iostream>
#include <memory>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace Qt::Literals::StringLiterals;

TEST(CliKeyring, ConnectImportSyncOnceAndDisconnect)
{
    if (qEnvironmentVariableIntValue("SYNCDESK_PRIVATE_KEYRING") != 1)
        GTEST_SKIP() << "needs the private keyring of run_with_keyring.sh";

    QTemporaryDir temp;
    const QString dataDir = temp.filePath(u"state"_s);
    SandboxOrgProcess::Options options;
    options.program = QStringLiteral(SYNCDESK_SANDBOX_BIN);
    options.simulateLivelyOrg = false;
    SandboxOrgProcess sandbox(options);
    QSignalSpy started(&sandbox, &SandboxOrgProcess::started);
    sandbox.start();
    ASSERT_TRUE(!started.isEmpty() || started.wait(15'000));

    const CliResult connected =
        runCli(dataDir, {u"connect"_s, u"--login-url"_s, sandbox.baseUrl().toString()});
    ASSERT_EQ(connected.exitCode, 0) << connected.err.toStdString();

    QFile csv(temp.filePath(u"people.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("FirstName,LastName,Email\nAda,Lovelace,ada@example.com\n"
              "Grace,Hopper,grace@example.com\n");
    csv.close();
    ASSERT_EQ(runCli(dataDir, {u"import"_s, u"people"_s, csv.fileName()}).exitCode, 0);

    // Piped output: plain lines, one per state change, no terminal control codes.
    const CliResult synced = runCli(dataDir, {u"sync"_s, u"--once"_s});
    ASSERT_EQ(synced.exitCode, 0) << synced.out.toStdString() << synced.err.toStdString();
    EXPECT_TRUE(synced.out.contains(u" syncing "_s)) << synced.out.toStdString();
    EXPECT_FALSE(synced.out.contains(u"\x1b["_s));

    const QString dbPath = AppPaths::prepare(dataDir)->databasePath();
    {
        const DatabaseConnection db = Database::open(dbPath);
        ASSERT_TRUE(db.ok());
        EXPECT_EQ(OutboxStore(db.db).waitingCount(), 0);
        const auto byCategory = ApiCallLedgerStore(db.db).countsByCategorySince(
            QDateTime::currentDateTimeUtc().addSecs(-3600));
        EXPECT_GT(byCategory.value(CallCategory::OutboundUpdate), 0);
    }
    Database::closeForThisThread(dbPath);

    // A long-running engine: a second one is refused while it runs, status sees it, and
    // SIGTERM stops it the orderly way.
    QProcess engine;
    QString engineOutput;
    QObject::connect(&engine, &QProcess::readyReadStandardOutput, &engine,
                     [&] { engineOutput += QString::fromUtf8(engine.readAllStandardOutput()); });
    engine.start(QStringLiteral(SYNCDESK_CLI_BIN), {u"--data-dir"_s, dataDir, u"sync"_s});
    ASSERT_TRUE(engine.waitForStarted(10'000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return engineOutput.contains(u" idle "_s); }, 30'000))
        << engineOutput.toStdString();
    const CliResult second = runCli(dataDir, {u"sync"_s, u"--once"_s});
    EXPECT_EQ(second.exitCode, 2);
    EXPECT_TRUE(second.err.contains(u"already running"_s)) << second.err.toStdString();
    const CliResult status = runCli(dataDir, {u"status"_s, u"--json"_s});
    const QJsonObject engineStatus =
        QJsonDocument::fromJson(status.out.toUtf8()).object()[u"engine"_s].toObject();
    EXPECT_EQ(engineStatus[u"state"_s].toString(), u"running"_s);
    EXPECT_EQ(engineStatus[u"pid"_s].toInteger(), engine.processId());
    EXPECT_TRUE(engineStatus[u"lastSyncAt"_s].isString()); // the --once cycle's run
    QSignalSpy engineFinished(&engine, &QProcess::finished);
    engine.terminate();
    ASSERT_TRUE(engineFinished.wait(30'000));
    EXPECT_EQ(engine.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(engine.exitCode(), 0);
    engineOutput += QString::fromUtf8(engine.readAllStandardOutput());
    EXPECT_TRUE(engineOutput.contains(u"Stopping the engine"_s)) << engineOutput.toStdString();

    const CliResult disconnected = runCli(dataDir, {u"disconnect"_s});
    EXPECT_EQ(disconnected.exitCode, 0) << disconnected.err.toStdString();
    EXPECT_TRUE(disconnected.out.contains(u"revoked"_s)) << disconnected.out.toStdString();
    EXPECT_EQ(runCli(dataDir, {u"sync"_s, u"--once"_s}).exitCode, 2);
}

namespace {

qint64 sandboxUsed(QNetworkAccessManager &network, const QUrl &baseUrl)
{
    std::unique_ptr<QNetworkReply> reply(
        network.get(QNetworkRequest(baseUrl.resolved(QUrl(u"/_sandbox/usage"_s)))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    EXPECT_TRUE(finished.wait(30'000));
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"used"_s).toInteger(-1);
}

// The calls the ledger says the org counted, since `since`.
qint64 ledgerCounted(const QString &dbPath, const QDateTime &since)
{
    qint64 counted = 0;
    {
        const DatabaseConnection db = Database::open(dbPath);
        EXPECT_TRUE(db.ok());
        for (const ApiCallRecord &call : ApiCallLedgerStore(db.db).callsSince(since))
            counted += countsAgainstOrgLimit(call) ? 1 : 0;
    }
    Database::closeForThisThread(dbPath);
    return counted;
}

// A quiet sandbox org (with `arguments`) and `dataDir` connected to it by `syncdesk-cli
// connect`.
void startAndConnect(const QString &dataDir, const QStringList &arguments,
                     std::unique_ptr<SandboxOrgProcess> &sandbox)
{
    SandboxOrgProcess::Options options;
    options.program = QStringLiteral(SYNCDESK_SANDBOX_BIN);
    options.simulateLivelyOrg = false;
    options.extraArguments = arguments;
    sandbox = std::make_unique<SandboxOrgProcess>(options);
    QSignalSpy started(sandbox.get(), &SandboxOrgProcess::started);
    sandbox->start();
    ASSERT_TRUE(!started.isEmpty() || started.wait(15'000));
    const CliResult connected =
        runCli(dataDir, {u"connect"_s, u"--login-url"_s, sandbox->baseUrl().toString()});
    ASSERT_EQ(connected.exitCode, 0) << connected.err.toStdString();
}

} // namespace

// Each `sync --once` waits until every call it sent is answered and recorded, so the ledger
// equals the org's own meter on every run; describes are refreshed by their age in the
// store (once a day), so a run with nothing to do costs its one inbound poll.
TEST(CliKeyring, EverySyncOnceIsInTheLedgerAndAnIdleOneCostsOneCall)
{
    if (qEnvironmentVariableIntValue("SYNCDESK_PRIVATE_KEYRING") != 1)
        GTEST_SKIP() << "needs the private keyring of run_with_keyring.sh";

    QTemporaryDir temp;
    const QString dataDir = temp.filePath(u"state"_s);
    std::unique_ptr<SandboxOrgProcess> org;
    ASSERT_NO_FATAL_FAILURE(startAndConnect(dataDir, {}, org));
    SandboxOrgProcess &sandbox = *org;
    const QString dbPath = AppPaths::prepare(dataDir)->databasePath();

    QNetworkAccessManager network;
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-1);
    qint64 meterBefore = sandboxUsed(network, sandbox.baseUrl());
    qint64 ledgerBefore = ledgerCounted(dbPath, since);
    for (int run = 1; run <= 4; ++run) {
        const CliResult synced = runCli(dataDir, {u"sync"_s, u"--once"_s});
        ASSERT_EQ(synced.exitCode, 0) << synced.out.toStdString() << synced.err.toStdString();
        const qint64 meter = sandboxUsed(network, sandbox.baseUrl()) - meterBefore;
        const qint64 ledger = ledgerCounted(dbPath, since) - ledgerBefore;
        std::cout << "sync --once run " << run << ": org meter " << meter << ", ledger " << ledger
                  << std::endl;
        EXPECT_EQ(meter, ledger) << "run " << run;
        if (run > 1)
            EXPECT_EQ(meter, 1) << "run " << run;
        meterBefore += meter;
        ledgerBefore += ledger;
    }
}

// A long Bulk API 2.0 job in `sync --once` (the sandbox takes 3 s per 10,000 records): piped
// output prints its progress as lines, `status --json` from another process sees it, and
// Ctrl+C (SIGINT) cancels the job: the process exits 0 once what the org processed is
// recorded, the rest waits for the next sync, and the org's meter equals the ledger.
TEST(CliKeyring, CtrlCDuringABulkJobCancelsItAndStatusShowsItsProgress)
{
    if (qEnvironmentVariableIntValue("SYNCDESK_PRIVATE_KEYRING") != 1)
        GTEST_SKIP() << "needs the private keyring of run_with_keyring.sh";

    QTemporaryDir temp;
    const QString dataDir = temp.filePath(u"state"_s);
    std::unique_ptr<SandboxOrgProcess> org;
    ASSERT_NO_FATAL_FAILURE(startAndConnect(dataDir, {u"--bulk-processing-delay"_s, u"3"_s}, org));
    SandboxOrgProcess &sandbox = *org;
    constexpr int kPeople = 60'000; // 18 s of the org's processing: time to cancel
    QFile csv(temp.filePath(u"people.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("LastName,Email\n");
    for (int i = 0; i < kPeople; ++i)
        csv.write("Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) +
                  "@bulk.example.test\n");
    csv.close();
    ASSERT_EQ(runCli(dataDir, {u"import"_s, u"people"_s, csv.fileName()}).exitCode, 0);
    const QString dbPath = AppPaths::prepare(dataDir)->databasePath();
    QNetworkAccessManager network;
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 meterBefore = sandboxUsed(network, sandbox.baseUrl());
    const qint64 ledgerBefore = ledgerCounted(dbPath, since);

    QProcess engine;
    QString output;
    QObject::connect(&engine, &QProcess::readyReadStandardOutput, &engine,
                     [&] { output += QString::fromUtf8(engine.readAllStandardOutput()); });
    engine.start(QStringLiteral(SYNCDESK_CLI_BIN),
                 {u"--data-dir"_s, dataDir, u"sync"_s, u"--once"_s});
    ASSERT_TRUE(engine.waitForStarted(10'000));
    // Part processed: the progress line says how far (in the C locale of the test).
    static const QRegularExpression progress(
        u"Sending ([1-9][0-9,]*) of 60,000 records through Bulk API · [0-9]+ calls · "_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return progress.match(output).hasMatch(); }, 60'000))
        << output.toStdString();
    const QJsonObject bulk =
        QJsonDocument::fromJson(runCli(dataDir, {u"status"_s, u"--json"_s}).out.toUtf8())
            .object()[u"bulk"_s]
            .toObject();
    EXPECT_TRUE(bulk[u"running"_s].toBool());
    EXPECT_EQ(bulk[u"total"_s].toInteger(), kPeople);
    EXPECT_EQ(bulk[u"direction"_s].toString(), u"send"_s);

    ASSERT_EQ(::kill(pid_t(engine.processId()), SIGINT), 0);
    QSignalSpy finished(&engine, &QProcess::finished);
    ASSERT_TRUE(!finished.isEmpty() || finished.wait(60'000));
    output += QString::fromUtf8(engine.readAllStandardOutput());
    EXPECT_EQ(engine.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(engine.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(u"Cancelling the Bulk API job"_s)) << output.toStdString();
    EXPECT_FALSE(output.contains(u"Stopping the engine"_s)) << output.toStdString();

    {
        const DatabaseConnection db = Database::open(dbPath);
        ASSERT_TRUE(db.ok());
        const int waiting = OutboxStore(db.db).waitingCount();
        EXPECT_GT(waiting, 0) << output.toStdString();
        EXPECT_LT(waiting, 2 * kPeople);
    }
    Database::closeForThisThread(dbPath);
    const QJsonObject after =
        QJsonDocument::fromJson(runCli(dataDir, {u"status"_s, u"--json"_s}).out.toUtf8()).object();
    EXPECT_TRUE(after[u"bulk"_s].isNull());
    EXPECT_EQ(sandboxUsed(network, sandbox.baseUrl()) - meterBefore,
              ledgerCounted(dbPath, since) - ledgerBefore);
}

namespace {

// A throwaway PostgreSQL server whose login role `syncdesk` owns the empty database `team`.
struct TeamServer
{
    std::unique_ptr<PostgresCluster> cluster;
    QByteArray password;
    QString url;
};

void startTeamServer(TeamServer &server)
{
    QString error;
    server.cluster = PostgresCluster::start(&error);
    ASSERT_TRUE(server.cluster) << error.toStdString();
    server.password = server.cluster->createRole(u"syncdesk"_s, &error);
    ASSERT_FALSE(server.password.isEmpty()) << error.toStdString();
    ASSERT_TRUE(server.cluster->createDatabase(u"team"_s, u"syncdesk"_s, &error))
        << error.toStdString();
    server.url = server.cluster->url(u"syncdesk"_s, u"team"_s);
}

} // namespace

// migrate --to reads the server's password from the keychain entry team mode names
// (database_password/<user>@<host>:<port>); a wrong one is reported, never shown.
TEST(CliKeyring, MigrateReadsTheDatabasePasswordFromTheKeychain)
{
    if (qEnvironmentVariableIntValue("SYNCDESK_PRIVATE_KEYRING") != 1)
        GTEST_SKIP() << "needs the private keyring of run_with_keyring.sh";

    TeamServer server;
    ASSERT_NO_FATAL_FAILURE(startTeamServer(server));
    const std::unique_ptr<PostgresCluster> &cluster = server.cluster;
    const QByteArray &password = server.password;
    const QString &url = server.url;

    QTemporaryDir temp;
    const QString dataDir = temp.filePath(u"state"_s);
    const QString dbPath = AppPaths::prepare(dataDir)->databasePath();
    ASSERT_TRUE(Database::open(dbPath).ok());
    Database::closeForThisThread(dbPath);

    KeychainSecretStore keychain;
    auto store = [&](const QByteArray &value) {
        SecretResult written;
        QEventLoop loop;
        keychain.writeSecret(DatabaseUrl::parse(url)->passwordKey(), value,
                             [&](const SecretResult &result) {
                                 written = result;
                                 loop.quit();
                             });
        loop.exec();
        return written.ok();
    };
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PGPASSWORD"_s);
    environment.insert(u"PGPASSFILE"_s, temp.filePath(u"none"_s));

    ASSERT_TRUE(store("Wrong-Password-17"));
    const CliResult refused = runCli(dataDir, {u"migrate"_s, u"--to"_s, url}, environment);
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(u"refused the password"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"database_password/syncdesk@"_s))
        << refused.err.toStdString();
    EXPECT_FALSE(QString(refused.out + refused.err).contains(u"Wrong-Password-17"_s));

    ASSERT_TRUE(store(password));
    const CliResult copied = runCli(dataDir, {u"migrate"_s, u"--to"_s, url}, environment);
    EXPECT_EQ(copied.exitCode, 0) << copied.err.toStdString();
    EXPECT_TRUE(copied.out.contains(u"Copied "_s)) << copied.out.toStdString();
    EXPECT_FALSE(QString(copied.out + copied.err).contains(QString::fromUtf8(password)));
}

// Team mode's database password goes into the keychain only once the server accepted it, and
// every later command given --database finds it there: the URL never carries it.
TEST(CliKeyring, DatabasePasswordIsCheckedBeforeItIsKeptAndCommandsSignInWithIt)
{
    if (qEnvironmentVariableIntValue("SYNCDESK_PRIVATE_KEYRING") != 1)
        GTEST_SKIP() << "needs the private keyring of run_with_keyring.sh";

    TeamServer server;
    ASSERT_NO_FATAL_FAILURE(startTeamServer(server));
    const std::unique_ptr<PostgresCluster> &cluster = server.cluster;
    const QByteArray &password = server.password;
    const QString &url = server.url;

    QTemporaryDir temp;
    const QString dataDir = temp.filePath(u"state"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PGPASSWORD"_s);
    environment.insert(u"PGPASSFILE"_s, temp.filePath(u"none"_s));
    const QStringList setThreshold{
        u"--database"_s,     url, u"threshold"_s, u"set"_s, u"9000"_s, u"--contact"_s,
        u"ops@example.com"_s};

    const CliResult withoutPassword = runCli(dataDir, setThreshold, environment);
    EXPECT_NE(withoutPassword.exitCode, 0);
    EXPECT_TRUE(withoutPassword.err.contains(u"database_password/syncdesk@"_s))
        << withoutPassword.err.toStdString();

    const QStringList keep{u"--database"_s, url, u"database-password"_s};
    const CliResult wrong = runCli(dataDir, keep, environment, "Wrong-Password-17\n");
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_TRUE(wrong.err.contains(u"Not stored"_s)) << wrong.err.toStdString();
    EXPECT_FALSE(QString(wrong.out + wrong.err).contains(u"Wrong-Password-17"_s));
    EXPECT_NE(runCli(dataDir, setThreshold, environment).exitCode, 0); // nothing was kept

    const CliResult kept = runCli(dataDir, keep, environment, password + "\n");
    EXPECT_EQ(kept.exitCode, 0) << kept.err.toStdString();
    EXPECT_FALSE(QString(kept.out + kept.err).contains(QString::fromUtf8(password)));

    const CliResult set = runCli(dataDir, setThreshold, environment);
    EXPECT_EQ(set.exitCode, 0) << set.err.toStdString();
    const QSqlDatabase db = cluster->connect(u"check"_s, u"syncdesk"_s, password, u"team"_s);
    ASSERT_TRUE(db.isValid());
    EXPECT_EQ(SettingsStore(db).value(SettingKeys::ThresholdCalls), 9000);
    EXPECT_EQ(SettingsStore(db).value(SettingKeys::AlertContact), u"ops@example.com"_s);

    const CliResult forgot = runCli(dataDir, keep + QStringList{u"--forget"_s}, environment);
    EXPECT_EQ(forgot.exitCode, 0) << forgot.err.toStdString();
    EXPECT_NE(runCli(dataDir, setThreshold, environment).exitCode, 0);
}

// In team mode `status` names the engine that announced itself in the shared database, on
// whichever host it runs, and stops calling it running once it has gone silent.
TEST(CliKeyring, StatusNamesTheTeamEngineAndSaysWhenItWentSilent)
{
    if (qEnvironmentVariableIntValue("SYNCDESK_PRIVATE_KEYRING") != 1)
        GTEST_SKIP() << "needs the private keyring of run_with_keyring.sh";

    TeamServer server;
    ASSERT_NO_FATAL_FAILURE(startTeamServer(server));
    const std::unique_ptr<PostgresCluster> &cluster = server.cluster;
    const QByteArray &password = server.password;
    const QString &url = server.url;
    QTemporaryDir temp;
    const QString dataDir = temp.filePath(u"state"_s);
    ASSERT_EQ(runCli(dataDir, {u"--database"_s, url, u"database-password"_s},
                     QProcessEnvironment::systemEnvironment(), password + "\n")
                  .exitCode,
              0);

    const auto engineOf = [&] {
        const CliResult result = runCli(dataDir, {u"--database"_s, url, u"status"_s, u"--json"_s});
        // No org connected yet: status says so with its exit code, and reports the rest.
        EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
        return QJsonDocument::fromJson(result.out.toUtf8()).object()[u"engine"_s].toObject();
    };
    EXPECT_EQ(engineOf()[u"state"_s].toString(), u"stopped"_s); // migrated, nobody announced

    const QSqlDatabase db = cluster->connect(u"engine"_s, u"syncdesk"_s, password, u"team"_s);
    ASSERT_TRUE(db.isValid());
    EngineStatus syncing;
    syncing.state = EngineState::Syncing;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(
        EnginePresenceStore(db).announce({u"engine-host-b"_s, 4711, now, now, syncing.toJson()}));
    QJsonObject engine = engineOf();
    EXPECT_EQ(engine[u"state"_s].toString(), u"running"_s);
    EXPECT_EQ(engine[u"host"_s].toString(), u"engine-host-b"_s);
    EXPECT_EQ(engine[u"pid"_s].toInteger(), 4711);
    EXPECT_EQ(engine[u"reportedState"_s].toString(), u"syncing"_s);
    const CliResult text = runCli(dataDir, {u"--database"_s, url, u"status"_s});
    EXPECT_TRUE(text.out.contains(u"running on engine-host-b (process 4711): syncing"_s))
        << text.out.toStdString();

    const QDateTime longAgo = now.addSecs(-EnginePresence::SilentAfterSeconds - 60);
    ASSERT_TRUE(EnginePresenceStore(db).announce(
        {u"engine-host-b"_s, 4711, longAgo, longAgo, syncing.toJson()}));
    engine = engineOf();
    EXPECT_EQ(engine[u"state"_s].toString(), u"stopped"_s);
    EXPECT_EQ(engine[u"host"_s].toString(), u"engine-host-b"_s);
    EXPECT_TRUE(
        runCli(dataDir, {u"--database"_s, url, u"status"_s}).out.contains(u"not seen since"_s));
}

// The engine's host sends the alert emails, so a headless one needs the SMTP login's password
// in its keychain without a window: smtp-password puts it there, under the entry the
// dispatcher reads, and never prints it.
TEST(CliKeyring, SmtpPasswordKeepsTheAlertLoginsPasswordForTheEngine)
{
    if (qEnvironmentVariableIntValue("SYNCDESK_PRIVATE_KEYRING") != 1)
        GTEST_SKIP() << "needs the private keyring of run_with_keyring.sh";

    QTemporaryDir temp;
    const QString dataDir = temp.filePath(u"state"_s);
    const CliResult unset = runCli(dataDir, {u"smtp-password"_s},
                                   QProcessEnvironment::systemEnvironment(), "Mail-Secret-9\n");
    EXPECT_EQ(unset.exitCode, 2);
    EXPECT_TRUE(unset.err.contains(u"No SMTP server"_s)) << unset.err.toStdString();

    const QString dbPath = AppPaths::prepare(dataDir)->databasePath();
    {
        const DatabaseConnection db = Database::open(dbPath);
        ASSERT_TRUE(db.ok());
        SettingsStore settings(db.db);
        ASSERT_TRUE(settings.setValue(SettingKeys::SmtpHost, u"smtp.example.com"_s));
        ASSERT_TRUE(settings.setValue(SettingKeys::SmtpUser, u"alerts"_s));
    }
    Database::closeForThisThread(dbPath);

    const CliResult kept = runCli(dataDir, {u"smtp-password"_s},
                                  QProcessEnvironment::systemEnvironment(), "Mail-Secret-9\n");
    EXPECT_EQ(kept.exitCode, 0) << kept.err.toStdString();
    EXPECT_FALSE(QString(kept.out + kept.err).contains(u"Mail-Secret-9"_s));
    KeychainSecretStore keychain;
    const QString key = SmtpSettings::passwordKey(u"smtp.example.com"_s, u"alerts"_s);
    EXPECT_EQ(SecretWait::read(keychain, key).value, QByteArray("Mail-Secret-9"));

    EXPECT_EQ(runCli(dataDir, {u"smtp-password"_s, u"--forget"_s}).exitCode, 0);
    EXPECT_EQ(SecretWait::read(keychain, key).status, SecretResult::Status::NotFound);
}
