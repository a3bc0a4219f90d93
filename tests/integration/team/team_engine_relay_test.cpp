// TeamEngineRelay against a real PostgreSQL server: the engine's presence and events as the
// consoles read them, and the consoles' commands carried out through a SyncControl whose
// calls the test sees.
#include "postgres_test.h"
#include "store/database.h"
#include "store/engine_presence_store.h"
#include "store/failure_store.h"
#include "store/postgres_database.h"
#include "store/team_command_store.h"
#include "store/team_events.h"
#include "sync/team_engine_relay.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>
#include <iostream>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::test {
namespace {

// A SyncControl that records what it is asked.
class RecordingControl : public SyncControl
{
public:
    EngineStatus status() const override { return m_status; }
    void syncNow() override { calls.append(u"syncNow"_s); }
    void setPaused(bool paused) override { calls.append(paused ? u"pause"_s : u"resume"_s); }
    void retryFailures(const QList<qint64> &ids) override { retried.append(ids); }
    void dismissFailures(const QList<qint64> &ids) override { dismissed.append(ids); }
    void reloadConfiguration() override { calls.append(u"reload"_s); }
    void refreshUsage() override { calls.append(u"refreshUsage"_s); }
    void cancelBulkJobs() override { calls.append(u"cancelBulk"_s); }

    void report(const EngineStatus &status)
    {
        m_status = status;
        Q_EMIT statusChanged(status);
    }

    QStringList calls;
    QList<QList<qint64>> retried;
    QList<QList<qint64>> dismissed;

private:
    EngineStatus m_status;
};

class TeamEngineRelayTest : public PostgresTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(PostgresTest::SetUp());
        m_location = databaseUrl();
        PostgresDatabase::rememberPassword(*DatabaseUrl::parse(m_location), rolePassword());
        const DatabaseConnection opened = Database::open(m_location);
        ASSERT_TRUE(opened.ok()) << opened.error->message.toStdString();
        // A console: its own connection, listening to what the engine says.
        m_console = connectAsRole(u"console-%1"_s.arg(databaseName()));
        ASSERT_TRUE(
            m_console.driver()->subscribeToNotification(QString(TeamEvents::EventsChannel)));
        QObject::connect(m_console.driver(), &QSqlDriver::notification, m_console.driver(),
                         [this](const QString &, QSqlDriver::NotificationSource,
                                const QVariant &payload) { m_events.append(payload.toString()); });
    }

    void TearDown() override
    {
        m_console = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"console-%1"_s.arg(databaseName()));
        Database::closeForThisThread(m_location);
    }

    // A console asks: the row, then the notification, as the console helper does.
    qint64 issue(TeamCommand::Kind kind, const QJsonObject &argument = {})
    {
        TeamCommandStore commands(m_console);
        const std::optional<qint64> id =
            commands.issue(kind, argument, u"ann on ws-12"_s, QDateTime::currentDateTimeUtc());
        EXPECT_TRUE(id) << commands.lastError().toStdString();
        EXPECT_TRUE(TeamEvents::notify(m_console, TeamEvents::CommandsChannel,
                                       QString::number(id.value_or(0))));
        return id.value_or(0);
    }

    std::optional<TeamCommand> finished(qint64 id, int timeoutMs = 5'000)
    {
        std::optional<TeamCommand> command;
        (void)QTest::qWaitFor(
            [&] {
                command = TeamCommandStore(m_console).byId(id);
                return command && command->state != TeamCommand::State::Pending &&
                       command->state != TeamCommand::State::Running;
            },
            timeoutMs);
        return command;
    }

    qsizetype eventCount(const QString &name) const { return m_events.count(name); }

    QString m_location;
    QSqlDatabase m_console;
    QStringList m_events;
    RecordingControl m_control;
};

TEST_F(TeamEngineRelayTest, AnnouncesTheEngineCoalescesStatusesAndWithdrawsOnStop)
{
    TeamEngineRelay relay(m_location, &m_control);
    relay.setHeartbeatInterval(300);
    ASSERT_TRUE(relay.start());
    std::optional<EnginePresence> presence = EnginePresenceStore(m_console).current();
    ASSERT_TRUE(presence);
    EXPECT_EQ(presence->host, QSysInfo::machineHostName());
    EXPECT_EQ(presence->pid, QCoreApplication::applicationPid());
    ASSERT_TRUE(QTest::qWaitFor([&] { return eventCount(u"status"_s) >= 1; }, 5'000));
    m_events.clear();

    // A burst of 200 statuses: the last one reaches the table, in a few writes.
    QElapsedTimer burst;
    burst.start();
    for (int i = 1; i <= 200; ++i) {
        EngineStatus status;
        status.state = EngineState::Syncing;
        status.pendingChanges = i;
        m_control.report(status);
    }
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            presence = EnginePresenceStore(m_console).current();
            return presence && presence->status.value(u"pendingChanges"_s).toInt() == 200;
        },
        5'000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return eventCount(u"status"_s) >= 1; }, 5'000));
    std::cout << "[ figures  ] 200 statuses in a burst: " << eventCount(u"status"_s)
              << " status notification(s), last status in the table after " << burst.elapsed()
              << " ms" << std::endl;
    EXPECT_LE(eventCount(u"status"_s), 3);

    // Without a status, the heartbeat keeps updated_at young.
    const QDateTime before = presence->updatedAt;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            presence = EnginePresenceStore(m_console).current();
            return presence && presence->updatedAt > before;
        },
        3'000));

    relay.stop();
    EXPECT_FALSE(EnginePresenceStore(m_console).current());
}

TEST_F(TeamEngineRelayTest, NamesEachEngineSignalOnTheEventsChannel)
{
    TeamEngineRelay relay(m_location, &m_control);
    ASSERT_TRUE(relay.start());
    Q_EMIT m_control.failuresChanged();
    Q_EMIT m_control.usageRecorded();
    Q_EMIT m_control.runFinished();
    Q_EMIT m_control.describesRefreshed();
    Q_EMIT m_control.usageLogsRead();
    relay.notifyEvent(TeamEvents::Alerts);
    const QStringList expected{u"failures"_s,  u"usage"_s,      u"run"_s,
                               u"describes"_s, u"usage_logs"_s, u"alerts"_s};
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const QString &name : expected)
                if (!m_events.contains(name))
                    return false;
            return true;
        },
        5'000))
        << m_events.join(u", "_s).toStdString();
}

TEST_F(TeamEngineRelayTest, CarriesOutConsoleCommandsAndAnnouncesEachResult)
{
    // Queued while no engine ran: carried out at start.
    const qint64 early = issue(TeamCommand::Kind::Pause);
    TeamEngineRelay relay(m_location, &m_control);
    relay.setQueueCheckInterval(60'000); // the notification must do it, not the timer
    ASSERT_TRUE(relay.start());
    std::optional<TeamCommand> command = finished(early);
    ASSERT_TRUE(command);
    EXPECT_EQ(command->state, TeamCommand::State::Done);
    EXPECT_EQ(m_control.calls, QStringList{u"pause"_s});

    QElapsedTimer latency;
    latency.start();
    const qint64 syncNow = issue(TeamCommand::Kind::SyncNow);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_events.contains(TeamEvents::commandEvent(syncNow)); }, 5'000));
    std::cout << "[ figures  ] sync_now: console -> engine -> console 'command:" << syncNow
              << "' in " << latency.elapsed() << " ms" << std::endl;
    EXPECT_EQ(finished(syncNow)->state, TeamCommand::State::Done);
    EXPECT_TRUE(m_control.calls.contains(u"syncNow"_s));

    const qint64 dismiss = issue(TeamCommand::Kind::Dismiss, {{u"failureIds"_s, QJsonArray{3, 5}}});
    EXPECT_EQ(finished(dismiss)->state, TeamCommand::State::Done);
    ASSERT_EQ(m_control.dismissed.size(), 1);
    EXPECT_EQ(m_control.dismissed.at(0), (QList<qint64>{3, 5}));

    const qint64 reload = issue(TeamCommand::Kind::ReloadConfiguration);
    QSignalSpy reloaded(&relay, &TeamEngineRelay::configurationReloaded);
    EXPECT_EQ(finished(reload)->state, TeamCommand::State::Done);
    EXPECT_EQ(reloaded.size(), 1);
    EXPECT_TRUE(m_control.calls.contains(u"reload"_s));

    // Nothing to cancel: refused, and the engine is not asked.
    const qint64 cancel = issue(TeamCommand::Kind::CancelBulk);
    command = finished(cancel);
    EXPECT_EQ(command->state, TeamCommand::State::Refused);
    EXPECT_FALSE(command->result.isEmpty());
    EXPECT_FALSE(m_control.calls.contains(u"cancelBulk"_s));
}

TEST_F(TeamEngineRelayTest, ARetryWhileTheOrgHasNoCallsIsRefusedSayingWhenCallsAreBack)
{
    FailureStore failures(m_console);
    SyncFailure noCredits;
    noCredits.category = FailureCategory::NoApiCredits;
    noCredits.itemId = 1;
    noCredits.message = u"no calls left"_s;
    noCredits.firstFailedAt = noCredits.lastTryAt = QDateTime::currentDateTimeUtc();
    const std::optional<qint64> creditsId = failures.add(noCredits);
    ASSERT_TRUE(creditsId) << failures.lastError().toStdString();
    SyncFailure invalid = noCredits;
    invalid.category = FailureCategory::Validation;
    invalid.itemId = 2;
    const std::optional<qint64> invalidId = failures.add(invalid);
    ASSERT_TRUE(invalidId) << failures.lastError().toStdString();

    EngineStatus paused;
    paused.state = EngineState::PausedNoCredits;
    paused.nextCheckAt = QDateTime(QDate(2026, 12, 6), QTime(5, 0), Qt::UTC);
    m_control.report(paused);
    TeamEngineRelay relay(m_location, &m_control);
    ASSERT_TRUE(relay.start());

    const qint64 refused =
        issue(TeamCommand::Kind::Retry, {{u"failureIds"_s, QJsonArray{*creditsId}}});
    std::optional<TeamCommand> command = finished(refused);
    ASSERT_TRUE(command);
    EXPECT_EQ(command->state, TeamCommand::State::Refused);
    EXPECT_TRUE(command->result.contains(u"2026-12-06T05:00:00Z"_s))
        << command->result.toStdString();
    EXPECT_TRUE(m_control.retried.isEmpty());

    // Retry all: the other failure goes to the engine, the no-credits one is named refused.
    const qint64 all = issue(TeamCommand::Kind::Retry, {{u"failureIds"_s, QJsonArray{}}});
    command = finished(all);
    EXPECT_EQ(command->state, TeamCommand::State::Done);
    ASSERT_EQ(m_control.retried.size(), 1);
    EXPECT_EQ(m_control.retried.at(0), QList<qint64>{*invalidId});
    EXPECT_TRUE(command->result.contains(u"not retried"_s)) << command->result.toStdString();
}

} // namespace
} // namespace syncdesk::test

namespace syncdesk::test {
namespace {

// The server dropping the relay's listening connection (a restart, a failover) must not leave
// the consoles' commands waiting for the slow queue check: the next heartbeat finds the
// connection gone, listens again and reads the queue.
TEST_F(TeamEngineRelayTest, ListensAgainWithinAHeartbeatAfterTheServerDroppedItsConnection)
{
    TeamEngineRelay relay(m_location, &m_control);
    relay.setHeartbeatInterval(300);
    relay.setQueueCheckInterval(600'000); // never, in this test
    ASSERT_TRUE(relay.start());
    ASSERT_EQ(finished(issue(TeamCommand::Kind::SyncNow))->state, TeamCommand::State::Done);

    QSqlQuery terminate(m_console);
    ASSERT_TRUE(terminate.exec(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                               "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                               "AND query LIKE 'LISTEN%'"_s));
    ASSERT_TRUE(terminate.next());
    ASSERT_EQ(terminate.value(0).toInt(), 1) << "the relay's listening connection";

    const qint64 pause = issue(TeamCommand::Kind::Pause);
    const std::optional<TeamCommand> command = finished(pause, 10'000);
    ASSERT_TRUE(command);
    EXPECT_EQ(command->state, TeamCommand::State::Done);
    EXPECT_TRUE(m_control.calls.contains(u"pause"_s));
}

} // namespace
} // namespace syncdesk::test
