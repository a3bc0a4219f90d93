// syncdesk-cli as scripts use it: a process with its own --data-dir, checked against
// what it prints, its exit code and what it changed in the store.
#include "app_paths.h"
#include "cli_run.h"
#include "postgres_cluster.h"
#include "sandbox/sandbox_org_process.h"
#include "store/activity_store.h"
#include "store/api_call_ledger_store.h"
#include "store/api_usage_log_store.h"
#include "store/connection_store.h"
#include "store/database.h"
#include "store/failure_store.h"
#include "store/field_mapping_store.h"
#include "store/local_change_writer.h"
#include "store/outbox_store.h"
#include "store/record_store.h"
#include "store/settings_store.h"
#include "store/usage_sample_store.h"
#include "sync/credit_wait.h"
#include "sync/service_switches.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_temp.isValid());
        m_dataDir = m_temp.filePath(u"state"_s);
        QString error;
        const std::optional<AppPaths> paths = AppPaths::prepare(m_dataDir, &error);
        ASSERT_TRUE(paths) << error.toStdString();
        m_dbPath = paths->databasePath();
        const DatabaseConnection connection = Database::open(m_dbPath);
        ASSERT_TRUE(connection.ok()) << connection.error->message.toStdString();
        m_db = connection.db;
    }
    void TearDown() override
    {
        m_db = QSqlDatabase();
        Database::closeForThisThread(m_dbPath);
    }

    CliResult cli(const QStringList &args) { return runCli(m_dataDir, args); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_temp.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    static QJsonValue json(const CliResult &result)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    void connectOrg()
    {
        ConnectionStore store(m_db);
        OrgConnection org;
        org.label = u"acme"_s;
        org.instanceUrl = QUrl(u"https://acme.my.salesforce.com"_s);
        org.loginHost = u"https://login.salesforce.com"_s;
        org.orgId = u"00DTESTORG"_s;
        org.username = u"005TESTUSER"_s;
        org.apiVersion = u"v62.0"_s;
        org.clientId = u"SyncDeskDesktop"_s;
        const std::optional<qint64> id = store.save(org);
        ASSERT_TRUE(id && store.setActive(*id));
    }

    void recordCall(const QDateTime &at, CallCategory category, int status = 200)
    {
        ApiCallRecord call;
        call.at = at;
        call.category = category;
        call.endpoint = u"/services/data/v62.0/composite"_s;
        call.httpStatus = status;
        if (status == 403)
            call.errorCode = u"REQUEST_LIMIT_EXCEEDED"_s;
        ASSERT_TRUE(ApiCallLedgerStore(m_db).record(call));
    }

    qint64 addFailure(FailureCategory category, const QDateTime &nextRetryAt)
    {
        SyncFailure failure;
        failure.itemId = 1;
        failure.category = category;
        failure.sfStatusCode = u"REQUIRED_FIELD_MISSING"_s;
        failure.message = u"Required fields are missing: [LastName]"_s;
        failure.nextRetryAt = nextRetryAt;
        const std::optional<qint64> id = FailureStore(m_db).add(failure);
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    QTemporaryDir m_temp;
    QString m_dataDir;
    QString m_dbPath;
    QSqlDatabase m_db;
};

const QDateTime kNow = QDateTime::currentDateTimeUtc();

} // namespace

TEST_F(CliTest, VersionHelpAndUnknownCommand)
{
    const CliResult version = cli({u"--version"_s});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.contains(QStringLiteral(SYNCDESK_VERSION)));
    for (const QString &command :
         {u"status"_s, u"usage"_s, u"failures"_s, u"sync"_s, u"services"_s, u"threshold"_s,
          u"fields"_s, u"import"_s, u"connect"_s, u"disconnect"_s}) {
        const CliResult help = cli({command, u"--help"_s});
        EXPECT_EQ(help.exitCode, 0) << command.toStdString();
        EXPECT_TRUE(help.out.contains(command)) << help.out.toStdString();
    }
    const CliResult unknown = cli({u"frobnicate"_s});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(u"frobnicate"_s));
    EXPECT_EQ(cli({u"status"_s, u"--no-such-option"_s}).exitCode, 1);
}

TEST_F(CliTest, DataDirThatCannotBeCreatedIsRefusedClearly)
{
    const QString file = writeFile(u"plain-file"_s, "x");
    const CliResult result = runCli(file + u"/state"_s, {u"status"_s});
    EXPECT_EQ(result.exitCode, 4);
    EXPECT_TRUE(result.err.contains(u"Cannot create the data folder"_s))
        << result.err.toStdString();
}

TEST_F(CliTest, DatabaseOptionTakesASqliteFileOrAServerAndRefusesBadUrls)
{
    // A SQLite URL, after the command: that file is the store, not the data folder's.
    const QString other = m_temp.filePath(u"other.sqlite"_s);
    const CliResult sqlite = cli({u"status"_s, u"--database"_s, u"sqlite://"_s + other});
    EXPECT_EQ(sqlite.exitCode, 2) << sqlite.err.toStdString(); // not connected: nothing recorded
    EXPECT_TRUE(QFile::exists(other));

    // A PostgreSQL URL is team mode's store: a server that cannot be reached is named, and the
    // data folder gets no SQLite file in its place.
    const CliResult team = cli({u"--database=postgresql://syncdesk@127.0.0.1:1/syncdesk"
                                "?sslmode=verify-full"_s,
                                u"status"_s});
    EXPECT_EQ(team.exitCode, 2);
    EXPECT_TRUE(team.err.contains(u"Could not connect to the SyncDesk database "
                                  "postgresql://syncdesk@127.0.0.1:1/syncdesk"_s))
        << team.err.toStdString();

    // A password in the URL is refused without being repeated.
    const CliResult password =
        cli({u"status"_s, u"--database"_s, u"postgresql://syncdesk:Hunter-2@db.example.com/x"_s});
    EXPECT_EQ(password.exitCode, 4);
    EXPECT_TRUE(password.err.contains(u"keychain"_s)) << password.err.toStdString();
    EXPECT_FALSE(password.err.contains(u"Hunter-2"_s));
    EXPECT_FALSE(password.out.contains(u"Hunter-2"_s));

    const CliResult typo =
        cli({u"status"_s, u"--database"_s, u"postgresql://u@h/d?sslmod=require"_s});
    EXPECT_EQ(typo.exitCode, 4);
    EXPECT_TRUE(typo.err.contains(u"sslmod"_s)) << typo.err.toStdString();
    EXPECT_EQ(cli({u"status"_s, u"--database"_s}).exitCode, 1);
}

TEST_F(CliTest, StatusReportsUsageOurCallsOthersAndCounts)
{
    const CliResult unconnected = cli({u"status"_s, u"--json"_s});
    EXPECT_EQ(unconnected.exitCode, 2);
    EXPECT_TRUE(json(unconnected)[u"org"_s].isNull());

    connectOrg();
    for (int i = 0; i < 3; ++i)
        recordCall(kNow.addSecs(-3600), CallCategory::OutboundUpdate);
    recordCall(kNow.addSecs(-1800), CallCategory::InboundPoll);
    recordCall(kNow.addSecs(-1700), CallCategory::InboundPoll, 403);    // refused: not counted
    recordCall(kNow.addSecs(-30 * 3600), CallCategory::OutboundUpdate); // outside 24 h
    ASSERT_TRUE(UsageSampleStore(m_db).add(
        UsageSample{kNow.addSecs(-600), 12600, 15000, UsageSample::LimitsResource}));
    SettingsStore settings(m_db);
    settings.setValue(SettingKeys::ThresholdCalls, 12000);
    settings.setValue(SettingKeys::AlertContact, u"alerts@example.com"_s);
    addFailure(FailureCategory::Validation, {});

    const CliResult result = cli({u"status"_s, u"--json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject status = json(result).toObject();
    EXPECT_EQ(status[u"org"_s][u"orgId"_s].toString(), u"00DTESTORG"_s);
    EXPECT_EQ(status[u"usage"_s][u"used"_s].toInteger(), 12600);
    EXPECT_EQ(status[u"usage"_s][u"max"_s].toInteger(), 15000);
    EXPECT_DOUBLE_EQ(status[u"usage"_s][u"percent"_s].toDouble(), 84.0);
    EXPECT_EQ(status[u"usage"_s][u"level"_s].toString(), u"orange"_s);
    // 12,600 counted by the org, 4 of them ours by the time of the sample.
    EXPECT_EQ(status[u"usage"_s][u"otherIntegrations"_s].toInteger(), 12596);
    EXPECT_EQ(status[u"ourCalls24h"_s][u"total"_s].toInteger(), 4);
    EXPECT_EQ(status[u"ourCalls24h"_s][u"refusedForLimit"_s].toInteger(), 1);
    EXPECT_EQ(status[u"ourCalls24h"_s][u"byCategory"_s][u"outbound_update"_s].toInteger(), 3);
    EXPECT_EQ(status[u"ourCalls24h"_s][u"byCategory"_s][u"inbound_poll"_s].toInteger(), 1);
    EXPECT_EQ(status[u"threshold"_s][u"calls"_s].toInt(), 12000);
    EXPECT_TRUE(status[u"threshold"_s][u"enabled"_s].toBool());
    EXPECT_EQ(status[u"threshold"_s][u"contact"_s].toString(), u"alerts@example.com"_s);
    EXPECT_TRUE(status[u"forecast"_s].isObject());
    EXPECT_EQ(status[u"engine"_s][u"state"_s].toString(), u"stopped"_s);
    EXPECT_EQ(status[u"failures"_s].toInt(), 1);
    EXPECT_EQ(status[u"pendingChanges"_s].toInt(), 0);
    EXPECT_EQ(status[u"deferredItems"_s].toInt(), 0);

    const CliResult text = cli({u"status"_s});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(u"12600 of 15000"_s)) << text.out.toStdString();
}

TEST_F(CliTest, UsageRowsAreComputedFromTheLedgerAndSamples)
{
    EXPECT_EQ(cli({u"usage"_s, u"--since"_s, u"24h"_s}).exitCode, 2); // nothing recorded
    EXPECT_EQ(cli({u"usage"_s, u"--since"_s, u"2w"_s}).exitCode, 4);

    const QDateTime hourA = kNow.addSecs(-5 * 3600);
    const QDateTime hourB = kNow.addSecs(-2 * 3600);
    recordCall(hourA, CallCategory::OutboundUpdate);
    recordCall(hourA, CallCategory::OutboundUpdate);
    recordCall(hourB, CallCategory::ActivityLogging);
    recordCall(kNow.addDays(-3), CallCategory::Describe);
    ASSERT_TRUE(UsageSampleStore(m_db).add(UsageSample{hourB, 900, 15000, UsageSample::Header}));

    const CliResult hourly = cli({u"usage"_s, u"--since"_s, u"24h"_s, u"--json"_s});
    ASSERT_EQ(hourly.exitCode, 0) << hourly.err.toStdString();
    const QJsonArray rows = json(hourly).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0][u"outbound_update"_s].toInteger(), 2);
    EXPECT_EQ(rows[0][u"ourTotal"_s].toInteger(), 2);
    EXPECT_TRUE(rows[0][u"orgUsed"_s].isNull());
    EXPECT_EQ(rows[1][u"activity_logging"_s].toInteger(), 1);
    EXPECT_EQ(rows[1][u"orgUsed"_s].toInteger(), 900);
    EXPECT_EQ(rows[1][u"orgMax"_s].toInteger(), 15000);
    EXPECT_EQ(rows[1][u"otherIntegrations"_s].toInteger(), 900 - 3);
    EXPECT_EQ(QDateTime::fromString(rows[0][u"start"_s].toString(), Qt::ISODate)
                  .secsTo(QDateTime::fromString(rows[1][u"start"_s].toString(), Qt::ISODate)),
              3 * 3600);

    const CliResult daily = cli({u"usage"_s, u"--since"_s, u"7d"_s, u"--csv"_s});
    ASSERT_EQ(daily.exitCode, 0);
    const QStringList lines = daily.out.trimmed().split(u'\n');
    EXPECT_TRUE(lines.first().startsWith(u"start,orgUsed,orgMax,activity_logging,"_s));
    qint64 describeCalls = 0;
    const int describeColumn = lines.first().split(u',').indexOf(u"describe"_s);
    for (const QString &line : lines.mid(1))
        describeCalls += line.split(u',').value(describeColumn).toLongLong();
    EXPECT_EQ(describeCalls, 1);
    EXPECT_GE(lines.size(), 2);
}

// `usage --by`: the org's ApiTotalUsage counts by integration, SyncDesk's row, coverage and
// the ledger against the logs; nothing covered yet is exit 2 with a reason.
TEST_F(CliTest, UsageByAppListsIntegrationsSyncDeskCoverageAndTheLedgerDifference)
{
    const CliResult empty = cli({u"usage"_s, u"--by"_s, u"app"_s, u"--json"_s});
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_TRUE(empty.err.contains(u"cover none"_s)) << empty.err.toStdString();
    EXPECT_EQ(cli({u"usage"_s, u"--by"_s, u"team"_s}).exitCode, 4);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime hour = QDateTime::fromSecsSinceEpoch(
        now.toSecsSinceEpoch() / 3600 * 3600 - 5 * 3600, QTimeZone::utc());
    UsageLogParseResult counts;
    const auto add = [&](const QString &app, const QString &client, qint64 calls) {
        counts.counts.append(UsageLogCount{
            hour, UsageLogCaller{QString(), app, u"005"_s, u"u@x.com"_s, client, u"REST"_s},
            calls});
    };
    add(u"Pardot, Marketing Sync"_s, QString(), 30);
    add(u"SyncDeskDesktop"_s, u"SyncDesk"_s, 3);
    add(QString(), u"curl"_s, 7);
    ASSERT_TRUE(ApiUsageLogStore(m_db).storeFile(EventLogFileInfo{u"0AT1"_s, true, hour, 1, 100},
                                                 counts, now));
    recordCall(hour.addSecs(60), CallCategory::InboundPoll);
    recordCall(hour.addSecs(120), CallCategory::InboundPoll);

    const CliResult byApp = cli({u"usage"_s, u"--by"_s, u"app"_s, u"--json"_s});
    ASSERT_EQ(byApp.exitCode, 0) << byApp.err.toStdString();
    const QJsonObject report = json(byApp).toObject();
    EXPECT_EQ(report[u"orgCalls"_s].toInteger(), 40);
    const QJsonArray rows = report[u"rows"_s].toArray();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0][u"name"_s].toString(), u"Pardot, Marketing Sync"_s);
    EXPECT_DOUBLE_EQ(rows[0][u"share"_s].toDouble(), 0.75);
    EXPECT_TRUE(rows[0][u"change"_s].isNull());
    EXPECT_EQ(rows[1][u"name"_s].toString(), u"u@x.com via curl"_s);
    EXPECT_EQ(report[u"syncDesk"_s][u"calls"_s].toInteger(), 3);
    EXPECT_EQ(report[u"coverage"_s][u"coveredHours"_s].toInteger(), 1);
    EXPECT_EQ(report[u"coverage"_s][u"uncoveredHours"_s].toArray().size(), 23);
    EXPECT_EQ(report[u"ledger"_s][u"ledgerCalls"_s].toInteger(), 2);
    EXPECT_EQ(report[u"ledger"_s][u"loggedCalls"_s].toInteger(), 3);
    EXPECT_EQ(report[u"ledger"_s][u"difference"_s].toInteger(), 1);

    const CliResult csv = cli({u"usage"_s, u"--by"_s, u"client"_s, u"--7d"_s, u"--csv"_s});
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList lines = csv.out.trimmed().split(u'\n');
    EXPECT_EQ(lines.first(), u"name,calls,share,previousCalls,change,syncDesk"_s);
    EXPECT_EQ(lines.size(), 4);
}

TEST_F(CliTest, FailuresListRetryAndDismissChangeTheStore)
{
    const qint64 validation = addFailure(FailureCategory::Validation, {});
    const qint64 credits = addFailure(FailureCategory::NoApiCredits, kNow.addSecs(3600));

    const CliResult all = cli({u"failures"_s, u"list"_s, u"--json"_s});
    ASSERT_EQ(all.exitCode, 0);
    EXPECT_EQ(json(all).toArray().size(), 2);
    const CliResult some =
        cli({u"failures"_s, u"list"_s, u"--category"_s, u"no_api_credits"_s, u"--json"_s});
    ASSERT_EQ(json(some).toArray().size(), 1);
    EXPECT_EQ(json(some).toArray()[0][u"id"_s].toInteger(), credits);
    EXPECT_EQ(cli({u"failures"_s, u"list"_s, u"--category"_s, u"bogus"_s}).exitCode, 4);

    // An unknown ID refuses the whole request.
    const CliResult bad = cli({u"failures"_s, u"retry"_s, QString::number(credits), u"9999"_s});
    EXPECT_EQ(bad.exitCode, 4);
    EXPECT_GT(FailureStore(m_db).find(credits)->nextRetryAt, QDateTime::currentDateTimeUtc());

    const CliResult retried = cli({u"failures"_s, u"retry"_s, QString::number(credits)});
    ASSERT_EQ(retried.exitCode, 0) << retried.err.toStdString();
    EXPECT_TRUE(retried.out.contains(u"1 failure marked due"_s)) << retried.out.toStdString();
    EXPECT_TRUE(retried.out.contains(u"No engine is running"_s));
    EXPECT_LE(FailureStore(m_db).find(credits)->nextRetryAt, QDateTime::currentDateTimeUtc());
    EXPECT_EQ(cli({u"failures"_s, u"retry"_s}).exitCode, 1);

    const CliResult dismissed = cli({u"failures"_s, u"dismiss"_s, QString::number(validation)});
    ASSERT_EQ(dismissed.exitCode, 0) << dismissed.err.toStdString();
    EXPECT_FALSE(FailureStore(m_db).find(validation));
    EXPECT_EQ(FailureStore(m_db).count(), 1);
}

TEST_F(CliTest, ThresholdSetAndClearValidateLikeTheDialog)
{
    SettingsStore settings(m_db);
    const CliResult notNumber =
        cli({u"threshold"_s, u"set"_s, u"12k"_s, u"--contact"_s, u"a@example.com"_s});
    EXPECT_EQ(notNumber.exitCode, 4);
    EXPECT_TRUE(notNumber.err.contains(u"whole positive number"_s));
    EXPECT_EQ(cli({u"threshold"_s, u"set"_s, u"0"_s, u"--contact"_s, u"a@example.com"_s}).exitCode,
              4);
    const CliResult badEmail =
        cli({u"threshold"_s, u"set"_s, u"12000"_s, u"--contact"_s, u"alerts@"_s});
    EXPECT_EQ(badEmail.exitCode, 4);
    EXPECT_TRUE(badEmail.err.contains(u"not an email address"_s));
    EXPECT_EQ(settings.value(SettingKeys::ThresholdCalls), 0);
    EXPECT_EQ(settings.value(SettingKeys::AlertContact), QString());

    ASSERT_EQ(
        cli({u"threshold"_s, u"set"_s, u"12000"_s, u"--contact"_s, u"crm@example.com"_s}).exitCode,
        0);
    EXPECT_EQ(settings.value(SettingKeys::ThresholdCalls), 12000);
    EXPECT_EQ(settings.value(SettingKeys::AlertContact), u"crm@example.com"_s);
    EXPECT_TRUE(settings.value(SettingKeys::ThresholdEnabled));

    ASSERT_EQ(cli({u"threshold"_s, u"clear"_s}).exitCode, 0);
    EXPECT_EQ(settings.value(SettingKeys::ThresholdCalls), 0);
    EXPECT_FALSE(settings.value(SettingKeys::ThresholdEnabled));
}

TEST_F(CliTest, FieldsExportImportRoundTripAndBrokenFilesChangeNothing)
{
    FieldMappingStore store(m_db);
    const QList<FieldMapping> original{
        {0, u"person"_s, u"email"_s, u"Contact"_s, u"Email"_s, SyncDirection::Both},
        {0, u"person"_s, u"title"_s, u"Contact"_s, u"Title"_s, SyncDirection::FromCrm},
        {0, u"account"_s, u"name"_s, u"Account"_s, u"Name"_s, SyncDirection::ToCrm},
    };
    ASSERT_TRUE(store.replaceAll(original));
    const QString file = m_temp.filePath(u"fields.json"_s);
    ASSERT_EQ(cli({u"fields"_s, u"export"_s, file}).exitCode, 0);

    ASSERT_TRUE(store.replaceAll(
        {{0, u"person"_s, u"phone"_s, u"Lead"_s, u"Phone"_s, SyncDirection::Off}}));
    const CliResult imported = cli({u"fields"_s, u"import"_s, file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const auto described = [](const QList<FieldMapping> &mappings) {
        QStringList lines;
        for (const FieldMapping &m : mappings)
            lines.append(m.localObject + u'.' + m.localField + u'>' + m.crmObject + u'.' +
                         m.crmField + u':' + syncDirectionName(m.direction));
        lines.sort();
        return lines;
    };
    EXPECT_EQ(described(store.all()), described(original));

    const QString broken = writeFile(u"broken.json"_s, "{\"syncdeskFieldMappings\": 1, \"mapp");
    const CliResult refused = cli({u"fields"_s, u"import"_s, broken});
    EXPECT_EQ(refused.exitCode, 4);
    EXPECT_TRUE(refused.err.contains(u"not JSON"_s)) << refused.err.toStdString();
    const QString badDirection =
        writeFile(u"bad.json"_s, R"({"syncdeskFieldMappings": 1, "mappings": [
            {"localObject": "person", "localField": "email", "crmObject": "Contact",
             "crmField": "Email", "direction": "both"},
            {"localObject": "person", "localField": "phone", "crmObject": "Contact",
             "crmField": "Phone", "direction": "sideways"}]})");
    const CliResult wrong = cli({u"fields"_s, u"import"_s, badDirection});
    EXPECT_EQ(wrong.exitCode, 4);
    EXPECT_TRUE(wrong.err.contains(u"mapping 2"_s)) << wrong.err.toStdString();
    EXPECT_EQ(described(store.all()), described(original));
}

TEST_F(CliTest, CsvImportIsAllOrNothingWithLineNumbers)
{
    const QString bad = writeFile(u"bad.csv"_s, "FirstName,LastName,Email\n"
                                                "Ada,Lovelace,ada@example.com\n"
                                                "Bob,Builder,bob@\n");
    const CliResult refused = cli({u"import"_s, u"people"_s, bad});
    EXPECT_EQ(refused.exitCode, 4);
    EXPECT_TRUE(refused.err.contains(u"line 3"_s)) << refused.err.toStdString();
    EXPECT_EQ(RecordStore(m_db).count(RecordKind::Person), 0);

    const QString good = writeFile(u"good.csv"_s, "FirstName,LastName,Email\n"
                                                  "Ada,Lovelace,ada@example.com\n"
                                                  "Grace,Hopper,grace@example.com\n");
    const CliResult imported = cli({u"import"_s, u"people"_s, good});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(RecordStore(m_db).count(RecordKind::Person), 2);
    EXPECT_GT(OutboxStore(m_db).waitingCount(), 0);
    EXPECT_EQ(cli({u"import"_s, u"planets"_s, good}).exitCode, 1);
}

TEST_F(CliTest, SecondEngineIsRefusedByTheLock)
{
    QLockFile engine(QDir(m_dataDir).filePath(u"engine.lock"_s));
    ASSERT_TRUE(engine.tryLock(0));
    const CliResult second = cli({u"sync"_s, u"--once"_s});
    EXPECT_EQ(second.exitCode, 2);
    EXPECT_TRUE(second.err.contains(u"already running"_s)) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains(QString::number(QCoreApplication::applicationPid())));

    connectOrg();
    const QJsonObject status = json(cli({u"status"_s, u"--json"_s})).toObject();
    EXPECT_EQ(status[u"engine"_s][u"state"_s].toString(), u"running"_s);
    EXPECT_EQ(status[u"engine"_s][u"pid"_s].toInteger(), QCoreApplication::applicationPid());
}

// A running engine out of credits says when it next asks the org's figures; status shows it
// (and nothing of the kind once that engine is gone).
TEST_F(CliTest, StatusShowsWhenAnEngineWithoutCreditsChecksNext)
{
    connectOrg();
    const QDateTime checkAt = QDateTime::currentDateTimeUtc().addSecs(240);
    ASSERT_TRUE(SettingsStore(m_db).setValue(NextCreditCheckAtKey, checkAt.toString(Qt::ISODate)));
    {
        QLockFile engine(QDir(m_dataDir).filePath(u"engine.lock"_s));
        ASSERT_TRUE(engine.tryLock(0));
        const CliResult human = cli({u"status"_s});
        EXPECT_TRUE(human.out.contains(u"Paused: no API credits; next check "_s +
                                       checkAt.toLocalTime().toString(u"HH:mm"_s)))
            << human.out.toStdString();
        const QJsonObject engineJson =
            json(cli({u"status"_s, u"--json"_s})).toObject()[u"engine"_s].toObject();
        EXPECT_TRUE(engineJson[u"pausedNoCredits"_s].toBool());
        EXPECT_EQ(engineJson[u"nextCheckAt"_s].toString(), checkAt.toString(Qt::ISODate));
    }
    const QJsonObject stopped =
        json(cli({u"status"_s, u"--json"_s})).toObject()[u"engine"_s].toObject();
    EXPECT_FALSE(stopped[u"pausedNoCredits"_s].toBool());
    EXPECT_TRUE(stopped[u"nextCheckAt"_s].isNull());
}

TEST_F(CliTest, ConnectsToASandboxOrgAndDisconnects)
{
    SandboxOrgProcess::Options options;
    options.program = QStringLiteral(SYNCDESK_SANDBOX_BIN);
    options.simulateLivelyOrg = false;
    SandboxOrgProcess sandbox(options);
    QSignalSpy started(&sandbox, &SandboxOrgProcess::started);
    sandbox.start();
    ASSERT_TRUE(!started.isEmpty() || started.wait(15'000));

    EXPECT_EQ(cli({u"disconnect"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"connect"_s, u"--login-url"_s, u"https://evil.example.com"_s}).exitCode, 4);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SYNCDESK_IN_MEMORY_SECRETS"_s, u"1"_s);
    const CliResult connected = runCli(
        m_dataDir, {u"connect"_s, u"--login-url"_s, sandbox.baseUrl().toString()}, environment);
    ASSERT_EQ(connected.exitCode, 0) << connected.err.toStdString();
    EXPECT_TRUE(connected.out.contains(u"/services/oauth2/authorize?"_s));
    EXPECT_TRUE(connected.out.contains(u"code_challenge="_s));
    const std::optional<OrgConnection> org = ConnectionStore(m_db).active();
    ASSERT_TRUE(org);
    EXPECT_FALSE(org->orgId.isEmpty());
    EXPECT_EQ(org->instanceUrl.port(), sandbox.baseUrl().port());
    EXPECT_TRUE(connected.out.contains(org->orgId));
    // What the CLI printed carries no token (the authorize URL names the refresh_token
    // scope, nothing more).
    EXPECT_FALSE(connected.out.contains(u"access_token"_s));
    EXPECT_FALSE(connected.out.contains(u"Bearer"_s));

    // The in-memory keychain went with the connecting process: nothing is left to revoke,
    // and the connection is forgotten all the same.
    const CliResult disconnected = runCli(m_dataDir, {u"disconnect"_s}, environment);
    EXPECT_EQ(disconnected.exitCode, 0) << disconnected.err.toStdString();
    EXPECT_TRUE(disconnected.out.contains(u"nothing to revoke"_s));
    EXPECT_FALSE(ConnectionStore(m_db).active());
}

TEST_F(CliTest, StatusCountsWorkTheConnectorBudgetHoldsBack)
{
    connectOrg();
    const std::optional<qint64> person = RecordStore(m_db).insert(LocalRecord{
        .kind = RecordKind::Person, .fields = {{u"LastName"_s, u"Lovelace"_s}}, .updatedAt = kNow});
    ASSERT_TRUE(person);
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(
        *person, {{u"LastName"_s, u"Lovelace"_s}, {u"Email"_s, u"ada@example.com"_s}}));
    Activity call;
    call.externalId = u"call-1"_s;
    call.recordId = person;
    call.subject = u"Intro"_s;
    call.occurredAt = kNow;
    ASSERT_TRUE(ActivityStore(m_db).add(call));
    const QDateTime oldestOfOurs = kNow.addSecs(-3600);
    for (int i = 0; i < 3; ++i)
        recordCall(oldestOfOurs.addSecs(i), CallCategory::OutboundUpdate);

    // Without a budget, the same waiting work is pending, not deferred.
    QJsonObject status = json(cli({u"status"_s, u"--json"_s})).toObject();
    EXPECT_EQ(status[u"pendingChanges"_s].toInt(), 2);
    EXPECT_EQ(status[u"pendingActivities"_s].toInt(), 1);
    EXPECT_EQ(status[u"deferredItems"_s].toInt(), 0);
    EXPECT_TRUE(status[u"deferredUntil"_s].isNull());

    // A budget of 3 calls a day, all spent an hour ago: everything waiting is held back
    // until the first of them rolls off the 24-hour window.
    ASSERT_TRUE(SettingsStore(m_db).setValue(SettingKeys::ConnectorBudget, 3));
    const CliResult deferred = cli({u"status"_s, u"--json"_s});
    ASSERT_EQ(deferred.exitCode, 0) << deferred.err.toStdString();
    status = json(deferred).toObject();
    EXPECT_EQ(status[u"deferredItems"_s].toInt(), 3);
    const QDateTime resumes =
        QDateTime::fromString(status[u"deferredUntil"_s].toString(), Qt::ISODate);
    ASSERT_TRUE(resumes.isValid()) << deferred.out.toStdString();
    EXPECT_LE(std::abs(resumes.secsTo(oldestOfOurs.addSecs(24 * 3600))), 2);
    const CliResult text = cli({u"status"_s});
    EXPECT_TRUE(text.out.contains(u"Deferred work:    3"_s)) << text.out.toStdString();

    // A budget with room again: nothing deferred.
    ASSERT_TRUE(SettingsStore(m_db).setValue(SettingKeys::ConnectorBudget, 10));
    EXPECT_EQ(json(cli({u"status"_s, u"--json"_s}))[u"deferredItems"_s].toInt(), 0);
}

TEST_F(CliTest, ConnectingToAnUnpreparedOrgListsWhatIsMissing)
{
    SandboxOrgProcess::Options options;
    options.program = QStringLiteral(SYNCDESK_SANDBOX_BIN);
    options.simulateLivelyOrg = false;
    options.extraArguments = {u"--without-syncdesk-fields"_s};
    SandboxOrgProcess sandbox(options);
    QSignalSpy started(&sandbox, &SandboxOrgProcess::started);
    sandbox.start();
    ASSERT_TRUE(!started.isEmpty() || started.wait(15'000));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SYNCDESK_IN_MEMORY_SECRETS"_s, u"1"_s);
    const CliResult connected = runCli(
        m_dataDir, {u"connect"_s, u"--login-url"_s, sandbox.baseUrl().toString()}, environment);
    ASSERT_EQ(connected.exitCode, 0) << connected.err.toStdString();
    EXPECT_TRUE(connected.out.contains(u"not prepared for SyncDesk: 4 problem"_s))
        << connected.out.toStdString();
    for (const QString &missing : {u"Lead.SyncDesk_Id__c"_s, u"Contact.SyncDesk_Id__c"_s,
                                   u"Account.SyncDesk_Id__c"_s, u"Task.SyncDesk_Activity_Id__c"_s})
        EXPECT_TRUE(connected.out.contains(missing + u": missing"_s)) << missing.toStdString();
    EXPECT_TRUE(connected.out.contains(u"Preparing the org"_s));
    // The check's one call is in the ledger like every other.
    EXPECT_EQ(ApiCallLedgerStore(m_db).callsSince(kNow.addSecs(-60)).size(), 1);

    // doctor without a saved sign-in (the in-memory keychain went with connect) says so
    // rather than checking nothing.
    const CliResult doctor = runCli(m_dataDir, {u"doctor"_s}, environment);
    EXPECT_EQ(doctor.exitCode, 2) << doctor.err.toStdString();
    EXPECT_TRUE(doctor.err.contains(u"connect"_s));
}

TEST_F(CliTest, ServicesListOnAndOffAndAnUnknownName)
{
    // The listed services by name.
    const auto listed = [this] {
        const CliResult result = cli({u"services"_s, u"list"_s, u"--json"_s});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &row : json(result)[u"services"_s].toArray())
            byName.insert(row[u"name"_s].toString(), row.toObject());
        return byName;
    };
    QHash<QString, QJsonObject> services = listed();
    ASSERT_EQ(services.size(), 6);
    for (const QString &name : allSyncServiceNames())
        EXPECT_TRUE(services.value(name)[u"on"_s].toBool()) << name.toStdString();

    ASSERT_NO_FATAL_FAILURE(recordCall(kNow.addSecs(-60), CallCategory::ActivityLogging));

    const CliResult off = cli({u"services"_s, u"off"_s, u"activity-logging"_s});
    ASSERT_EQ(off.exitCode, 0) << off.err.toStdString();
    EXPECT_FALSE(ServiceSwitches::fromStore(m_db).isOn(SyncService::ActivityLogging));
    Activity activity;
    activity.externalId = u"cli-held"_s;
    activity.subject = u"Call"_s;
    activity.occurredAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(ActivityStore(m_db).add(activity));

    services = listed();
    const QJsonObject logging = services.value(u"activity-logging"_s);
    EXPECT_FALSE(logging[u"on"_s].toBool());
    EXPECT_EQ(logging[u"callsLast24h"_s].toInt(), 1);
    EXPECT_EQ(logging[u"held"_s].toInt(), 1);
    EXPECT_EQ(logging[u"heldReason"_s].toString(), u"held: activity logging is off"_s);
    EXPECT_TRUE(services.value(u"leads-from-salesforce"_s)[u"callsShared"_s].toBool());

    const CliResult text = cli({u"services"_s});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(u"(held: activity logging is off)"_s)) << text.out.toStdString();

    const CliResult unknown = cli({u"services"_s, u"off"_s, u"leads"_s});
    EXPECT_EQ(unknown.exitCode, 4);
    EXPECT_TRUE(unknown.err.contains(u"'leads'"_s)) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(u"leads-from-salesforce"_s));
    EXPECT_TRUE(unknown.err.contains(u"Nothing was changed"_s));
    EXPECT_TRUE(ServiceSwitches::fromStore(m_db).isOn(SyncService::LeadsFromSalesforce));
    EXPECT_EQ(cli({u"services"_s, u"toggle"_s, u"leads-from-salesforce"_s}).exitCode, 1);

    ASSERT_EQ(cli({u"services"_s, u"on"_s, u"activity-logging"_s}).exitCode, 0);
    EXPECT_TRUE(ServiceSwitches::fromStore(m_db).isOn(SyncService::ActivityLogging));
    EXPECT_EQ(listed().value(u"activity-logging"_s)[u"held"_s].toInt(), 0);
}

// status names the services switched off and the work they hold, for people and scripts.
TEST_F(CliTest, StatusListsTheServicesOffAndTheWorkTheyHold)
{
    connectOrg();
    const std::optional<qint64> person = RecordStore(m_db).insert(LocalRecord{
        .kind = RecordKind::Person, .fields = {{u"LastName"_s, u"Hopper"_s}}, .updatedAt = kNow});
    ASSERT_TRUE(person);
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(
        *person, {{u"LastName"_s, u"Hopper"_s}, {u"Email"_s, u"grace@example.com"_s}}));
    for (int i = 0; i < 3; ++i) {
        Activity call;
        call.externalId = u"held-call-%1"_s.arg(i);
        call.recordId = person;
        call.subject = u"Call"_s;
        call.occurredAt = kNow;
        ASSERT_TRUE(ActivityStore(m_db).add(call));
    }

    QJsonObject status = json(cli({u"status"_s, u"--json"_s})).toObject();
    EXPECT_TRUE(status[u"servicesOff"_s].toArray().isEmpty());
    EXPECT_EQ(status[u"heldActivities"_s].toInt(), 0);
    EXPECT_EQ(status[u"heldChanges"_s].toInt(), 0);
    CliResult text = cli({u"status"_s});
    EXPECT_TRUE(text.out.contains(u"Services off:     none\n"_s)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"Held work:        none\n"_s));

    ASSERT_EQ(cli({u"services"_s, u"off"_s, u"activity-logging"_s}).exitCode, 0);
    ASSERT_EQ(cli({u"services"_s, u"off"_s, u"leads-from-salesforce"_s}).exitCode, 0);
    status = json(cli({u"status"_s, u"--json"_s})).toObject();
    EXPECT_EQ(status[u"servicesOff"_s].toArray(),
              (QJsonArray{u"activity-logging"_s, u"leads-from-salesforce"_s}));
    EXPECT_EQ(status[u"heldActivities"_s].toInt(), 3);
    EXPECT_EQ(status[u"heldChanges"_s].toInt(), 0);
    EXPECT_EQ(status[u"pendingActivities"_s].toInt(), 3);
    text = cli({u"status"_s});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(u"Services off:     activity-logging, leads-from-salesforce\n"_s))
        << text.out.toStdString();
    EXPECT_TRUE(
        text.out.contains(u"Held work:        activities 3 (held: activity logging is off)\n"_s))
        << text.out.toStdString();

    ASSERT_EQ(cli({u"services"_s, u"off"_s, u"updates-to-salesforce"_s}).exitCode, 0);
    status = json(cli({u"status"_s, u"--json"_s})).toObject();
    EXPECT_EQ(status[u"heldChanges"_s].toInt(), 2);
    text = cli({u"status"_s});
    EXPECT_TRUE(text.out.contains(u"activities 3 (held: activity logging is off)\n"
                                  "                  changes 2 (held: updates to Salesforce are "
                                  "off)\n"_s))
        << text.out.toStdString();

    // On again: nothing held, nothing listed.
    for (const QString &name :
         {u"activity-logging"_s, u"leads-from-salesforce"_s, u"updates-to-salesforce"_s})
        ASSERT_EQ(cli({u"services"_s, u"on"_s, name}).exitCode, 0);
    status = json(cli({u"status"_s, u"--json"_s})).toObject();
    EXPECT_TRUE(status[u"servicesOff"_s].toArray().isEmpty());
    EXPECT_EQ(status[u"heldActivities"_s].toInt() + status[u"heldChanges"_s].toInt(), 0);
}

// syncdesk-cli migrate --to postgresql://…: this workspace copied into a throwaway cluster.
class CliMigrate : public CliTest
{
public:
    static void SetUpTestSuite()
    {
        s_cluster = PostgresCluster::start(&s_startError);
        if (s_cluster)
            s_password = s_cluster->createRole(u"syncdesk"_s, &s_startError);
    }
    static void TearDownTestSuite() { s_cluster.reset(); }

protected:
    void SetUp() override
    {
        ASSERT_TRUE(s_cluster && !s_password.isEmpty()) << s_startError.toStdString();
        CliTest::SetUp();
    }

    // The password as libpq's own PGPASSWORD: the in-memory keychain of a child process
    // holds none, so libpq answers the server with the one it finds there.
    CliResult migrate(const QStringList &args)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SYNCDESK_IN_MEMORY_SECRETS"_s, u"1"_s);
        environment.insert(u"PGPASSWORD"_s, QString::fromUtf8(s_password));
        return runCli(m_dataDir, QStringList{u"migrate"_s} + args, environment);
    }

    QString newDatabase(const QString &name)
    {
        QString error;
        EXPECT_TRUE(s_cluster->createDatabase(name, u"syncdesk"_s, &error)) << error.toStdString();
        return s_cluster->url(u"syncdesk"_s, name);
    }

    static qint64 count(const QSqlDatabase &db, const QString &table)
    {
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next());
        return query.value(0).toLongLong();
    }

    static inline std::unique_ptr<PostgresCluster> s_cluster;
    static inline QString s_startError;
    static inline QByteArray s_password;
};

TEST_F(CliMigrate, CopiesTheWorkspaceOnceAndRefusesASecondCopy)
{
    const std::optional<qint64> ada = RecordStore(m_db).insert(
        {.kind = RecordKind::Person, .fields = QJsonObject{{u"LastName"_s, u"Lovelace"_s}}});
    ASSERT_TRUE(ada);
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(
        *ada, QJsonObject{{u"Title"_s, u"CTO"_s}, {u"Email"_s, u"ada@example.com"_s}}));
    addFailure(FailureCategory::Validation, kNow);
    ASSERT_TRUE(SettingsStore(m_db).setValue(SettingKeys::AlertContact, u"ops@example.com"_s));
    const QString url = newDatabase(u"cli_team"_s);

    const CliResult copied = migrate({u"--to"_s, url});
    ASSERT_EQ(copied.exitCode, 0) << copied.err.toStdString();
    EXPECT_TRUE(copied.out.contains(QRegularExpression(u"records +1\n"_s)))
        << copied.out.toStdString();
    EXPECT_TRUE(copied.out.contains(QRegularExpression(u"outbox +2\n"_s)))
        << copied.out.toStdString();
    EXPECT_TRUE(copied.out.contains(u"The workspace "_s + m_dbPath + u" is unchanged."_s))
        << copied.out.toStdString();

    QString error;
    {
        QSqlDatabase team =
            s_cluster->connect(u"cli-team"_s, u"syncdesk"_s, s_password, u"cli_team"_s, &error);
        ASSERT_TRUE(team.isValid()) << error.toStdString();
        EXPECT_EQ(count(team, u"records"_s), 1);
        EXPECT_EQ(count(team, u"outbox"_s), 2);
        EXPECT_EQ(count(team, u"sync_failures"_s), 1);
        EXPECT_EQ(SettingsStore(team).value(SettingKeys::AlertContact), u"ops@example.com"_s);
        EXPECT_EQ(SettingsStore(team).value(SettingKeys::InstallId),
                  SettingsStore(m_db).value(SettingKeys::InstallId));

        // Again, after one more local record: refused, and the team database is as it was.
        ASSERT_TRUE(RecordStore(m_db).insert({.kind = RecordKind::Account, .fields = {}}));
        const CliResult again = migrate({u"--to"_s, url});
        EXPECT_EQ(again.exitCode, 4);
        EXPECT_TRUE(again.err.contains(u"already holds data: outbox (2 rows), records (1 row)"_s))
            << again.err.toStdString();
        EXPECT_EQ(count(team, u"records"_s), 1);
        EXPECT_EQ(count(m_db, u"records"_s), 2);
    }
    QSqlDatabase::removeDatabase(u"cli-team"_s);
}

TEST_F(CliMigrate, AWorkspaceAnOlderSyncDeskWroteIsRefusedAsItIs)
{
    const QString old = m_temp.filePath(u"old.sqlite"_s);
    const DatabaseConnection connection = Database::open(old, 5);
    ASSERT_TRUE(connection.ok()) << connection.error->message.toStdString();
    Database::closeForThisThread(old);
    const QString url = newDatabase(u"cli_from_old"_s);

    const CliResult refused = migrate({u"--to"_s, url, u"--database"_s, old});
    EXPECT_EQ(refused.exitCode, 4);
    EXPECT_TRUE(refused.err.contains(u"is at schema step 5"_s)) << refused.err.toStdString();
    const DatabaseConnection after = Database::forThisThread(old);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.schemaVersion, 5); // not brought forward by the refused migrate
    Database::closeForThisThread(old);
}

TEST_F(CliMigrate, RefusesBadUrlsAnUnreachableServerAndARunningEngine)
{
    EXPECT_EQ(migrate({}).exitCode, 1);
    const CliResult sqlite = migrate({u"--to"_s, u"sqlite:///tmp/other.sqlite"_s});
    EXPECT_EQ(sqlite.exitCode, 4);
    EXPECT_TRUE(sqlite.err.contains(u"PostgreSQL"_s)) << sqlite.err.toStdString();
    const CliResult password =
        migrate({u"--to"_s, u"postgresql://syncdesk:Hunter-2@127.0.0.1/x"_s});
    EXPECT_EQ(password.exitCode, 4);
    EXPECT_FALSE(password.err.contains(u"Hunter-2"_s));

    // A port nobody listens on (taken from the system, then let go).
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closed = probe.serverPort();
    probe.close();
    const CliResult unreachable =
        migrate({u"--to"_s,
                 u"postgresql://syncdesk@127.0.0.1:%1/team?sslmode=disable&connect_timeout=5"_s.arg(
                     closed)});
    EXPECT_EQ(unreachable.exitCode, 3);
    EXPECT_TRUE(unreachable.err.contains(u"Could not connect"_s)) << unreachable.err.toStdString();

    QLockFile engine(QDir(m_dataDir).filePath(u"engine.lock"_s));
    ASSERT_TRUE(engine.tryLock(0));
    const QString url = newDatabase(u"cli_locked"_s);
    const CliResult locked = migrate({u"--to"_s, url});
    EXPECT_EQ(locked.exitCode, 2);
    EXPECT_TRUE(locked.err.contains(u"engine is running"_s)) << locked.err.toStdString();
    QString error;
    {
        QSqlDatabase target =
            s_cluster->connect(u"cli-locked"_s, u"syncdesk"_s, s_password, u"cli_locked"_s, &error);
        ASSERT_TRUE(target.isValid()) << error.toStdString();
        QSqlQuery tables(target);
        ASSERT_TRUE(tables.exec(u"SELECT COUNT(*) FROM information_schema.tables WHERE "
                                "table_schema = current_schema()"_s) &&
                    tables.next());
        EXPECT_EQ(tables.value(0).toInt(), 0); // not even migrated
    }
    QSqlDatabase::removeDatabase(u"cli-locked"_s);
}
