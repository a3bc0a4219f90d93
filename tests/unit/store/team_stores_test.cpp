// Team mode's tables (schema 11) and the store's connections by location, on both backends.
#include "store/database.h"
#include "store/engine_presence_store.h"
#include "store/postgres_database.h"
#include "store/settings_store.h"
#include "store/team_command_store.h"
#include "store/team_events.h"
#include "store_backend_test.h"
#include "sync/engine_status.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QThread>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::test {
namespace {

class TeamStores : public StoreBackendTest
{
protected:
    // Where Database opens the store: the file, or the server's URL (its password
    // remembered for this process, as syncdesk and syncdesk-cli do at start-up).
    QString location()
    {
        if (!onPostgres())
            return m_path;
        PostgresDatabase::rememberPassword(m_url, SharedPostgresCluster::rolePassword());
        return m_url.displayString();
    }

    const QDateTime m_now = QDateTime(QDate(2026, 12, 2), QTime(15, 0), Qt::UTC);
};

TEST_P(TeamStores, ACommandIsIssuedClaimedOnceAndFinishedWithItsResult)
{
    TeamCommandStore commands(openStore());
    const std::optional<qint64> id =
        commands.issue(TeamCommand::Kind::Retry, QJsonObject{{u"failureIds"_s, QJsonArray{4, 7}}},
                       u"ann on ws-12"_s, m_now);
    ASSERT_TRUE(id) << commands.lastError().toStdString();
    const std::optional<qint64> later =
        commands.issue(TeamCommand::Kind::SyncNow, {}, u"bob on ws-3"_s, m_now.addSecs(1));
    ASSERT_TRUE(later);

    QList<TeamCommand> pending = commands.pending();
    ASSERT_EQ(pending.size(), 2);
    EXPECT_EQ(pending.at(0).id, *id); // oldest first
    EXPECT_EQ(pending.at(0).kind, TeamCommand::Kind::Retry);
    EXPECT_EQ(pending.at(0).argument.value(u"failureIds"_s).toArray(), (QJsonArray{4, 7}));
    EXPECT_EQ(pending.at(0).issuedBy, u"ann on ws-12"_s);
    EXPECT_EQ(pending.at(0).issuedAt, m_now);

    EXPECT_TRUE(commands.claim(*id));
    EXPECT_FALSE(commands.claim(*id)); // a second engine finds it taken
    EXPECT_EQ(commands.byId(*id)->state, TeamCommand::State::Running);
    ASSERT_EQ(commands.pending().size(), 1);

    ASSERT_TRUE(commands.finish(*id, TeamCommand::State::Refused,
                                u"No API calls left until 16:00."_s, m_now.addSecs(2)));
    const std::optional<TeamCommand> done = commands.byId(*id);
    ASSERT_TRUE(done);
    EXPECT_EQ(done->state, TeamCommand::State::Refused);
    EXPECT_EQ(done->result, u"No API calls left until 16:00."_s);
    EXPECT_EQ(done->doneAt, m_now.addSecs(2));
    EXPECT_FALSE(commands.byId(*id + 100));
}

TEST_P(TeamStores, TheEngineAnnouncesItselfOverAnEarlierOneAndWithdrawsOnlyItself)
{
    EnginePresenceStore presence(openStore());
    EXPECT_FALSE(presence.current());

    EngineStatus status;
    status.state = EngineState::Syncing;
    status.pendingChanges = 12;
    status.lastSyncAt = m_now;
    ASSERT_TRUE(presence.announce({u"host-a"_s, 100, m_now, m_now, status.toJson()}));
    ASSERT_TRUE(presence.announce({u"host-b"_s, 200, m_now, m_now.addSecs(5), status.toJson()}));

    std::optional<EnginePresence> current = presence.current();
    ASSERT_TRUE(current);
    EXPECT_EQ(current->host, u"host-b"_s);
    EXPECT_EQ(current->pid, 200);
    EXPECT_EQ(current->updatedAt, m_now.addSecs(5));
    const EngineStatus read = EngineStatus::fromJson(current->status);
    EXPECT_EQ(read.state, EngineState::Syncing);
    EXPECT_EQ(read.pendingChanges, 12);
    EXPECT_EQ(read.lastSyncAt, m_now);

    ASSERT_TRUE(presence.withdraw(u"host-a"_s, 100)); // the old engine's stop: not its row
    EXPECT_TRUE(presence.current());
    ASSERT_TRUE(presence.withdraw(u"host-b"_s, 200));
    EXPECT_FALSE(presence.current());
}

TEST_P(TeamStores, AnotherThreadGetsItsOwnConnectionToTheSameStore)
{
    const QString where = location();
    DatabaseConnection opened = Database::open(where);
    ASSERT_TRUE(opened.ok()) << opened.error->message.toStdString();
    ASSERT_TRUE(
        SettingsStore(opened.db).setValue(SettingKeys::SmtpFrom, u"from the first thread"_s));

    QString seen;
    QString otherConnection;
    QThread *worker = QThread::create([&] {
        const DatabaseConnection own = Database::forThisThread(where);
        if (!own.ok()) {
            seen = u"error: "_s + own.error->message;
            return;
        }
        otherConnection = own.db.connectionName();
        seen = SettingsStore(own.db).value(SettingKeys::SmtpFrom);
    });
    worker->start();
    ASSERT_TRUE(worker->wait(30'000));
    delete worker;
    EXPECT_EQ(seen, u"from the first thread"_s);
    EXPECT_NE(otherConnection, opened.db.connectionName());
    opened = {};
    Database::closeForThisThread(where);
}

TEST_P(TeamStores, ANotificationReachesAListenerOnAnotherConnection)
{
    QSqlDatabase sender = openStore();
    if (!onPostgres()) {
        // One admin, one process: nothing to tell, and nothing fails.
        EXPECT_TRUE(TeamEvents::notify(sender, TeamEvents::EventsChannel, u"status"_s));
        return;
    }
    const QString where = location();
    DatabaseConnection listener = Database::forThisThread(where);
    ASSERT_TRUE(listener.ok());
    QSqlDriver *driver = listener.db.driver();
    ASSERT_TRUE(driver->subscribeToNotification(QString(TeamEvents::EventsChannel)));
    QSignalSpy received(driver, &QSqlDriver::notification);

    QString error;
    ASSERT_TRUE(
        TeamEvents::notify(sender, TeamEvents::EventsChannel, TeamEvents::commandEvent(42), &error))
        << error.toStdString();
    ASSERT_TRUE(received.wait(5'000));
    EXPECT_EQ(received.first().at(0).toString(), QString(TeamEvents::EventsChannel));
    EXPECT_EQ(received.first().at(2).toString(), u"command:42"_s);
    driver->unsubscribeFromNotification(QString(TeamEvents::EventsChannel));
    listener = {};
    Database::closeForThisThread(where);
}

TEST(EngineStatusJson, EveryMemberSurvivesTheRoundTrip)
{
    EngineStatus status;
    status.state = EngineState::PausedNoCredits;
    status.lastSyncAt = QDateTime(QDate(2026, 12, 2), QTime(14, 0, 0, 250), Qt::UTC);
    status.nextCheckAt = status.lastSyncAt.addSecs(600);
    status.resumesAt = status.lastSyncAt.addSecs(3600);
    status.pendingChanges = 3;
    status.pendingActivities = 4;
    status.failures = 5;
    status.deferredItems = 6;
    status.heldChanges = 1;
    status.heldActivities = 2;
    status.callsPending = true;
    status.readsUsageLogs = true;
    status.detail = u"No API calls left"_s;
    status.bulk.running = true;
    status.bulk.object = u"Contact"_s;
    status.bulk.total = 100'000;

    const EngineStatus read = EngineStatus::fromJson(status.toJson());
    EXPECT_EQ(read.state, status.state);
    EXPECT_EQ(read.lastSyncAt, status.lastSyncAt);
    EXPECT_FALSE(read.nextSyncAt.isValid());
    EXPECT_EQ(read.nextCheckAt, status.nextCheckAt);
    EXPECT_EQ(read.resumesAt, status.resumesAt);
    EXPECT_EQ(read.pendingChanges, 3);
    EXPECT_EQ(read.pendingActivities, 4);
    EXPECT_EQ(read.failures, 5);
    EXPECT_EQ(read.deferredItems, 6);
    EXPECT_EQ(read.heldChanges, 1);
    EXPECT_EQ(read.heldActivities, 2);
    EXPECT_TRUE(read.callsPending);
    EXPECT_TRUE(read.readsUsageLogs);
    EXPECT_EQ(read.detail, status.detail);
    EXPECT_EQ(read.bulk, status.bulk);
    EXPECT_EQ(EngineStatus::fromJson({}).state, EngineState::Stopped);
}

} // namespace

SYNCDESK_STORE_ON_BOTH_BACKENDS(TeamStores);

} // namespace syncdesk::test
