// A console's command carried out by the real team-mode engine (issue 15): `syncdesk-cli
// --database … sync` holding the lease, a console writing the command and notifying, the
// engine's answer in the commands table and its new state in engine_presence.
#include "store/engine_presence_store.h"
#include "store/team_command_store.h"
#include "store/team_events.h"
#include "team_failover_fixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::test {
namespace {

TEST_F(TeamFailoverTest, AConsolesPauseAndResumeAreCarriedOutByTheRunningEngine)
{
    ASSERT_NO_FATAL_FAILURE(startEngine(*m_hosts[0]));
    ASSERT_TRUE(waitForHolder(30'000)) << m_hosts[0]->log.toStdString();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return EnginePresenceStore(m_db).current().has_value(); }, 10'000));

    const auto carryOut = [&](TeamCommand::Kind kind, bool paused) {
        QElapsedTimer timer;
        timer.start();
        TeamCommandStore commands(m_db);
        const std::optional<qint64> id =
            commands.issue(kind, {}, u"ann on ws-12"_s, QDateTime::currentDateTimeUtc());
        ASSERT_TRUE(id) << commands.lastError().toStdString();
        ASSERT_TRUE(TeamEvents::notify(m_db, TeamEvents::CommandsChannel, QString::number(*id)));
        std::optional<TeamCommand> command;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                command = commands.byId(*id);
                return command && command->state == TeamCommand::State::Done;
            },
            10'000))
            << (command ? TeamCommand::stateName(command->state).toStdString() : "none");
        const qint64 doneMs = timer.elapsed();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const std::optional<EnginePresence> presence = EnginePresenceStore(m_db).current();
                return presence &&
                       (presence->status.value(u"state"_s).toString() == u"paused"_s) == paused;
            },
            10'000));
        std::cout << "[ figures  ] " << TeamCommand::kindName(kind).toStdString()
                  << ": done in the commands table after " << doneMs
                  << " ms, the engine's new state in its presence after " << timer.elapsed()
                  << " ms; result: " << command->result.toStdString() << std::endl;
        collect();
        EXPECT_TRUE(m_hosts[0]->log.contains(u"Console command %1: done."_s.arg(*id)))
            << m_hosts[0]->log.toStdString();
    };
    ASSERT_NO_FATAL_FAILURE(carryOut(TeamCommand::Kind::Pause, true));
    ASSERT_NO_FATAL_FAILURE(carryOut(TeamCommand::Kind::Resume, false));
}

// `sync --once --wait` stands by while another engine syncs, and runs its cycle once that
// engine stops.
TEST_F(TeamFailoverTest, OnceWithWaitRunsItsCycleWhenTheOtherEngineStops)
{
    ASSERT_NO_FATAL_FAILURE(startEngine(*m_hosts[0]));
    ASSERT_TRUE(waitForHolder(30'000)) << m_hosts[0]->log.toStdString();
    QProcess once;
    once.setProcessChannelMode(QProcess::MergedChannels);
    once.start(QStringLiteral(SYNCDESK_CLI_BIN),
               cliArguments(m_hosts[1]->dataDir, {u"sync"_s, u"--once"_s, u"--wait"_s}));
    QString output;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            output += QString::fromUtf8(once.readAll());
            return output.contains(u"Standing by: held by syncdesk-engine"_s);
        },
        15'000))
        << output.toStdString();
    m_hosts[0]->process->terminate();
    ASSERT_TRUE(m_hosts[0]->process->waitForFinished(30'000));
    ASSERT_TRUE(once.waitForFinished(60'000));
    output += QString::fromUtf8(once.readAll());
    EXPECT_EQ(once.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(u"This engine holds the engine lease"_s)) << output.toStdString();
    EXPECT_TRUE(output.contains(u" syncing "_s)) << output.toStdString();
}

// The lease's session ends under the engine (pg_terminate_backend, as when the server drops
// it): the engine stops syncing at once, stands by, and takes the lease again as the only one.
TEST_F(TeamFailoverTest, AnEngineThatLosesTheLeaseStopsAndTakesItAgain)
{
    ASSERT_NO_FATAL_FAILURE(startEngine(*m_hosts[0]));
    ASSERT_TRUE(waitForHolder(30'000)) << m_hosts[0]->log.toStdString();
    QSqlQuery terminate(m_db);
    ASSERT_TRUE(terminate.exec(u"SELECT pg_terminate_backend(pid) FROM pg_locks "
                               "WHERE locktype = 'advisory' AND granted"_s))
        << terminate.lastError().text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            collect();
            return m_hosts[0]->acquisitions >= 2;
        },
        20'000))
        << m_hosts[0]->log.toStdString();
    const QString log = m_hosts[0]->log;
    const qsizetype lost = log.indexOf(u"Lost the engine lease"_s);
    ASSERT_GE(lost, 0) << log.toStdString();
    EXPECT_GT(log.indexOf(u"holds the engine lease"_s, lost), lost) << log.toStdString();
    EXPECT_TRUE(m_hosts[0]->running());
    // Announced again by the engine now running.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return EnginePresenceStore(m_db).current().has_value(); }, 10'000));
}

} // namespace
} // namespace syncdesk::test
