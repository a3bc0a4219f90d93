// `syncdesk-cli services` run as a process: the list with each service's switch, calls in
// 24 hours and held work; on and off saved where the engine reads them; an unknown name
// refused with the valid ones, changing nothing.
#include "app_paths.h"
#include "cli_run.h"
#include "store/activity_store.h"
#include "store/api_call_ledger_store.h"
#include "store/database.h"
#include "sync/service_switches.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class CliServices : public ::testing::Test
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
        ASSERT_TRUE(connection.ok());
        m_db = connection.db;
    }
    void TearDown() override
    {
        m_db = QSqlDatabase();
        Database::closeForThisThread(m_dbPath);
    }

    CliResult cli(const QStringList &args) { return runCli(m_dataDir, args); }

    // The listed services by name.
    QHash<QString, QJsonObject> listed()
    {
        const CliResult result = cli({u"services"_s, u"list"_s, u"--json"_s});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        QHash<QString, QJsonObject> byName;
        const QJsonArray rows =
            QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"services"_s).toArray();
        for (const QJsonValue &row : rows)
            byName.insert(row[u"name"_s].toString(), row.toObject());
        return byName;
    }

    QTemporaryDir m_temp;
    QString m_dataDir;
    QString m_dbPath;
    QSqlDatabase m_db;
};

} // namespace

TEST_F(CliServices, ListOnAndOffAndAnUnknownName)
{
    QHash<QString, QJsonObject> services = listed();
    ASSERT_EQ(services.size(), 6);
    for (const QString &name : allSyncServiceNames())
        EXPECT_TRUE(services.value(name)[u"on"_s].toBool()) << name.toStdString();

    ApiCallRecord call;
    call.at = QDateTime::currentDateTimeUtc().addSecs(-60);
    call.category = CallCategory::ActivityLogging;
    call.endpoint = u"/services/data/v62.0/composite"_s;
    call.httpStatus = 200;
    ASSERT_TRUE(ApiCallLedgerStore(m_db).record(call));

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
