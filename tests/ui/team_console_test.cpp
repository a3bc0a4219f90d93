// Team mode's consoles (issue 15) against a real PostgreSQL server: two TeamConsoleControls,
// each on connections of its own, see each other's changes and the engine's results through
// LISTEN/NOTIFY; the latency from a commit to the other console's signal is measured. The
// "engine" here is the test, doing what TeamEngineRelay does: claim, finish, notify.
#include "postgres_test.h"
#include "store/database.h"
#include "store/engine_presence_store.h"
#include "store/failure_store.h"
#include "store/postgres_database.h"
#include "store/settings_store.h"
#include "store/team_command_store.h"
#include "store/team_events.h"
#include "sync/team_console_control.h"
#include "sync/team_engine_relay.h"
#include "team_roles.h"
#include "threshold_dialog.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <iostream>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::test {
namespace {

constexpr int kWaitMs = 5000;

class TeamConsoleTest : public PostgresTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(PostgresTest::SetUp());
        // The engine's side (the owner), and two consoles: the same server and user, each
        // with URLs of its own, hence connections of its own (Database keys them by URL).
        m_owner = databaseUrl();
        PostgresDatabase::rememberPassword(*DatabaseUrl::parse(m_owner), rolePassword());
        const DatabaseConnection opened = Database::open(m_owner);
        ASSERT_TRUE(opened.ok()) << opened.error->message.toStdString();
        m_consoleA = m_owner + u"&application_name=console-a"_s;
        m_consoleB = m_owner + u"&application_name=console-b"_s;
    }

    void TearDown() override
    {
        m_consoles.clear();
        for (const QString &location : {m_owner, m_consoleA, m_consoleB, m_viewer})
            if (!location.isEmpty())
                Database::closeForThisThread(location);
    }

    TeamConsoleControl *startConsole(const QString &location)
    {
        auto console = std::make_unique<TeamConsoleControl>(location);
        QString error;
        EXPECT_TRUE(console->start(&error)) << error.toStdString();
        m_consoles.push_back(std::move(console));
        return m_consoles.back().get();
    }

    QSqlDatabase db(const QString &location) { return Database::forThisThread(location).db; }

    qint64 addFailure()
    {
        SyncFailure failure;
        failure.itemId = 1;
        failure.category = FailureCategory::Validation;
        failure.message = u"FIELD_CUSTOM_VALIDATION_EXCEPTION"_s;
        failure.firstFailedAt = failure.lastTryAt = QDateTime::currentDateTimeUtc();
        FailureStore failures(db(m_owner));
        const std::optional<qint64> id = failures.add(failure);
        EXPECT_TRUE(id) << failures.lastError().toStdString();
        return id.value_or(0);
    }

    qint64 commandCount()
    {
        QSqlQuery query(db(m_owner));
        EXPECT_TRUE(query.exec(u"SELECT COUNT(*) FROM commands"_s) && query.next());
        return query.value(0).toLongLong();
    }

    // What TeamEngineRelay does with a console's command: claim it, carry it out (here: the
    // caller's `effect`), record the result and announce it.
    void carryOutAsEngine(qint64 commandId, TeamCommand::State state, const QString &result,
                          const std::function<void()> &effect = {})
    {
        TeamCommandStore commands(db(m_owner));
        ASSERT_TRUE(commands.claim(commandId)) << commands.lastError().toStdString();
        if (effect)
            effect();
        ASSERT_TRUE(commands.finish(commandId, state, result, QDateTime::currentDateTimeUtc()));
        ASSERT_TRUE(TeamEvents::notify(db(m_owner), TeamEvents::EventsChannel,
                                       TeamEvents::commandEvent(commandId)));
    }

    QString m_owner;
    QString m_consoleA;
    QString m_consoleB;
    QString m_viewer;
    std::vector<std::unique_ptr<TeamConsoleControl>> m_consoles;
};

TEST_F(TeamConsoleTest, AThresholdSavedOnOneConsoleReachesTheOtherWithinASecond)
{
    TeamConsoleControl *a = startConsole(m_consoleA);
    TeamConsoleControl *b = startConsole(m_consoleB);
    QSignalSpy changed(b, &TeamConsoleControl::configurationChanged);

    constexpr int kRepetitions = 20;
    std::vector<double> latenciesMs;
    for (int i = 0; i < kRepetitions; ++i) {
        const int threshold = 10000 + i;
        // What the threshold dialog does on console A: write, then the console tells.
        ASSERT_TRUE(SettingsStore(db(m_consoleA)).setValue(SettingKeys::ThresholdCalls, threshold));
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        a->reloadConfiguration();
        ASSERT_TRUE(changed.wait(kWaitMs)) << "repetition " << i;
        latenciesMs.push_back(sinceCommit.nsecsElapsed() / 1e6);
        EXPECT_EQ(SettingsStore(db(m_consoleB)).value(SettingKeys::ThresholdCalls), threshold);
        changed.clear();
    }
    std::sort(latenciesMs.begin(), latenciesMs.end());
    const double median = (latenciesMs[kRepetitions / 2 - 1] + latenciesMs[kRepetitions / 2]) / 2;
    std::cout << "[ figures  ] commit on console A to configurationChanged on console B, "
              << kRepetitions << " times: min " << latenciesMs.front() << " ms, median " << median
              << " ms, max " << latenciesMs.back() << " ms" << std::endl;
    EXPECT_LT(median, 1000.0);
    EXPECT_LT(latenciesMs.back(), 1000.0);
    // Each save also asked the engine to read the configuration again.
    EXPECT_EQ(TeamCommandStore(db(m_owner)).pending().size(), kRepetitions);
}

TEST_F(TeamConsoleTest, ADismissAskedOnOneConsoleIsCarriedOutAndReportedOnBoth)
{
    const qint64 failureId = addFailure();
    TeamConsoleControl *a = startConsole(m_consoleA);
    TeamConsoleControl *b = startConsole(m_consoleB);
    QSignalSpy issued(a, &TeamConsoleControl::commandIssued);
    QSignalSpy finishedA(a, &TeamConsoleControl::commandFinished);
    QSignalSpy finishedB(b, &TeamConsoleControl::commandFinished);
    QSignalSpy failuresB(b, &SyncControl::failuresChanged);

    a->dismissFailures({failureId});
    ASSERT_EQ(issued.size(), 1);
    const qint64 commandId = issued.at(0).at(0).toLongLong();
    const std::optional<TeamCommand> queued = TeamCommandStore(db(m_owner)).byId(commandId);
    ASSERT_TRUE(queued);
    EXPECT_EQ(queued->kind, TeamCommand::Kind::Dismiss);
    EXPECT_EQ(queued->state, TeamCommand::State::Pending);
    EXPECT_TRUE(queued->issuedBy.endsWith(QSysInfo::machineHostName()));

    carryOutAsEngine(commandId, TeamCommand::State::Done, u"1 failure dismissed."_s, [&] {
        ASSERT_TRUE(FailureStore(db(m_owner)).resolve(failureId));
        ASSERT_TRUE(TeamEvents::notify(db(m_owner), TeamEvents::EventsChannel,
                                       QString(TeamEvents::Failures)));
    });
    ASSERT_TRUE(finishedB.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(finishedA.size(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!failuresB.isEmpty(), kWaitMs);
    for (QSignalSpy *spy : {&finishedA, &finishedB}) {
        const auto command = spy->at(0).at(0).value<TeamCommand>();
        EXPECT_EQ(command.id, commandId);
        EXPECT_EQ(command.state, TeamCommand::State::Done);
        EXPECT_EQ(command.result, u"1 failure dismissed."_s);
    }
    EXPECT_EQ(FailureStore(db(m_consoleB)).count(), 0);
}

TEST_F(TeamConsoleTest, ARetryTheEngineRefusesIsReportedAsRefusedOnEveryConsole)
{
    const qint64 failureId = addFailure();
    TeamConsoleControl *a = startConsole(m_consoleA);
    TeamConsoleControl *b = startConsole(m_consoleB);
    QSignalSpy issued(a, &TeamConsoleControl::commandIssued);
    QSignalSpy refusedB(b, &SyncControl::retryRefused);

    a->retryFailures({failureId});
    ASSERT_EQ(issued.size(), 1);
    carryOutAsEngine(issued.at(0).at(0).toLongLong(), TeamCommand::State::Refused,
                     u"1 failure not retried. The org has no API calls left."_s);
    ASSERT_TRUE(refusedB.wait(kWaitMs));
    EXPECT_EQ(refusedB.at(0).at(0).value<QList<qint64>>(), QList<qint64>{failureId});
}

TEST_F(TeamConsoleTest, TheEnginesPresenceIsItsStatusAndASilentEngineIsStopped)
{
    TeamConsoleControl *a = startConsole(m_consoleA);
    EXPECT_EQ(a->status().state, EngineState::Stopped);
    EXPECT_FALSE(a->presence());
    a->setStaleAfter(1500);
    QSignalSpy status(a, &SyncControl::statusChanged);

    EngineStatus syncing;
    syncing.state = EngineState::Syncing;
    syncing.pendingChanges = 7;
    EnginePresence presence;
    presence.host = u"host-b"_s;
    presence.pid = 4242;
    presence.startedAt = presence.updatedAt = QDateTime::currentDateTimeUtc();
    presence.status = syncing.toJson();
    ASSERT_TRUE(EnginePresenceStore(db(m_owner)).announce(presence));
    ASSERT_TRUE(
        TeamEvents::notify(db(m_owner), TeamEvents::EventsChannel, QString(TeamEvents::Status)));
    ASSERT_TRUE(status.wait(kWaitMs));
    EXPECT_EQ(a->status().state, EngineState::Syncing);
    EXPECT_EQ(a->status().pendingChanges, 7);
    EXPECT_EQ(a->presence()->host, u"host-b"_s);

    // No heartbeat: the console reads the row again when it turns stale, and says so.
    QTRY_COMPARE_WITH_TIMEOUT(a->status().state, EngineState::Stopped, kWaitMs);
    EXPECT_TRUE(a->status().detail.startsWith(u"No engine has reported since "_s))
        << a->status().detail.toStdString();
}

TEST_F(TeamConsoleTest, AConsoleWhoseListeningConnectionDroppedListensAgain)
{
    TeamConsoleControl *b = startConsole(m_consoleB);
    QSignalSpy changed(b, &TeamConsoleControl::configurationChanged);
    QSignalSpy failures(b, &SyncControl::failuresChanged);
    // The server drops B's listening connection (a restart or a failover would).
    QString error;
    ASSERT_TRUE(cluster().superuserExec(
        u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
        "'console-b' AND query LIKE 'LISTEN%'"_s,
        &error))
        << error.toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSqlQuery query(db(m_owner));
            return query.exec(u"SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = "
                              "'console-b' AND query LIKE 'LISTEN%'"_s) &&
                   query.next() && query.value(0).toInt() == 0;
        }(),
        kWaitMs);

    // At its next look (staleAfter), B notices, listens again and has every page read again
    // for what it missed; then it hears the next change.
    b->setStaleAfter(300);
    ASSERT_TRUE(failures.wait(kWaitMs));
    changed.clear();
    ASSERT_TRUE(TeamEvents::notify(db(m_owner), TeamEvents::EventsChannel,
                                   QString(TeamEvents::Configuration)));
    ASSERT_TRUE(changed.wait(kWaitMs));
}

// The engine's host clock runs a minute behind this console's: its stamps look a minute
// old, but they move, and a moving stamp is a live engine.
TEST_F(TeamConsoleTest, AnEngineWhoseClockLagsIsAliveWhileItsStampMoves)
{
    TeamConsoleControl *a = startConsole(m_consoleA);
    a->setStaleAfter(1500);
    EngineStatus idle;
    idle.state = EngineState::Idle;
    EnginePresence presence;
    presence.host = u"slow-clock"_s;
    presence.pid = 7;
    presence.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    presence.status = idle.toJson();
    const auto beat = [&](int i) {
        presence.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-60).addMSecs(i);
        ASSERT_TRUE(EnginePresenceStore(db(m_owner)).announce(presence));
        ASSERT_TRUE(TeamEvents::notify(db(m_owner), TeamEvents::EventsChannel,
                                       QString(TeamEvents::Status)));
    };
    QSignalSpy status(a, &SyncControl::statusChanged);
    beat(0);
    ASSERT_TRUE(status.wait(kWaitMs));
    // One stamp alone is judged by the clocks: a minute old.
    EXPECT_FALSE(a->engineAlive());
    // It moves: alive, and stays so while it keeps moving, however old it looks.
    for (int i = 1; i <= 4; ++i) {
        status.clear();
        beat(i * 500);
        ASSERT_TRUE(status.wait(kWaitMs));
        EXPECT_TRUE(a->engineAlive()) << "beat " << i;
        EXPECT_EQ(a->status().state, EngineState::Idle);
        QTest::qWait(500);
    }
    // It stops moving: silent once staleAfter has passed on this console's clock.
    QTRY_COMPARE_WITH_TIMEOUT(a->status().state, EngineState::Stopped, kWaitMs);
    EXPECT_FALSE(a->engineAlive());
}

TEST_F(TeamConsoleTest, AViewersRetryAndThresholdAreRefusedWithAClearMessageAndChangeNothing)
{
    const qint64 failureId = addFailure();
    ASSERT_TRUE(SettingsStore(db(m_owner)).setValue(SettingKeys::ThresholdCalls, 12000));
    QString error;
    ASSERT_EQ(runTeamRolesScript(cluster(), databaseName(), &error), 0) << error.toStdString();
    const QByteArray password = cluster().createRole(u"vera"_s, &error);
    ASSERT_FALSE(password.isEmpty()) << error.toStdString();
    ASSERT_TRUE(cluster().superuserExec(u"GRANT syncdesk_viewer TO vera"_s, &error))
        << error.toStdString();
    m_viewer = cluster().url(u"vera"_s, databaseName());
    PostgresDatabase::rememberPassword(*DatabaseUrl::parse(m_viewer), password);
    const DatabaseConnection opened = Database::open(m_viewer);
    ASSERT_TRUE(opened.ok()) << opened.error->message.toStdString();

    TeamConsoleControl *viewer = startConsole(m_viewer);
    EXPECT_EQ(viewer->role(), AccessRole::Viewer);
    EXPECT_FALSE(viewer->mayAct());
    QSignalSpy refused(viewer, &TeamConsoleControl::actionRefused);
    QSignalSpy issued(viewer, &TeamConsoleControl::commandIssued);

    viewer->retryFailures({failureId});
    ASSERT_EQ(refused.size(), 1);
    EXPECT_EQ(refused.at(0).at(0).toString(),
              u"Your database role (viewer) may not retry sync failures."_s);
    EXPECT_TRUE(issued.isEmpty());
    EXPECT_EQ(commandCount(), 0);
    EXPECT_EQ(FailureStore(db(m_owner)).count(), 1);

    // The threshold through the console's dialog: the database refuses the write.
    ui::ThresholdDialog dialog(db(m_viewer), 15000);
    QSignalSpy saved(&dialog, &ui::ThresholdDialog::thresholdSaved);
    dialog.enabledBox()->setChecked(true);
    dialog.callsBox()->setValue(9000);
    dialog.contactEdit()->setText(u"ops@example.com"_s);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    EXPECT_TRUE(saved.isEmpty());
    EXPECT_EQ(dialog.saveError()->text(),
              u"Your database role (viewer) may not change the usage threshold."_s);
    EXPECT_EQ(SettingsStore(db(m_owner)).value(SettingKeys::ThresholdCalls), 12000);
}

// The engine's side as syncdesk-cli sync runs it: a SyncControl behind the real
// TeamEngineRelay, which records what it is asked.
class EngineStandIn : public SyncControl
{
public:
    EngineStatus status() const override { return m_status; }
    void syncNow() override { calls.append(u"syncNow"_s); }
    void setPaused(bool paused) override
    {
        calls.append(paused ? u"pause"_s : u"resume"_s);
        m_status.state = paused ? EngineState::PausedByAdmin : EngineState::Idle;
        Q_EMIT statusChanged(m_status);
    }
    void retryFailures(const QList<qint64> &ids) override { retried.append(ids); }
    void dismissFailures(const QList<qint64> &) override {}
    void reloadConfiguration() override { calls.append(u"reload"_s); }

    QStringList calls;
    QList<QList<qint64>> retried;

private:
    EngineStatus m_status{EngineState::Idle};
};

TEST_F(TeamConsoleTest, CommandsFromAConsoleAreCarriedOutByTheRealRelayAndReportedOnEveryConsole)
{
    const qint64 failureId = addFailure();
    EngineStandIn engine;
    TeamEngineRelay relay(m_owner, &engine);
    relay.setStatusCoalescing(0);
    ASSERT_TRUE(relay.start());
    TeamConsoleControl *a = startConsole(m_consoleA);
    TeamConsoleControl *b = startConsole(m_consoleB);
    EXPECT_EQ(b->status().state, EngineState::Idle);
    EXPECT_EQ(b->presence()->pid, QCoreApplication::applicationPid());

    // Retry, from A to the engine and back to both, timed on B, 20 times.
    QSignalSpy finishedA(a, &TeamConsoleControl::commandFinished);
    QSignalSpy finishedB(b, &TeamConsoleControl::commandFinished);
    constexpr int kRepetitions = 20;
    std::vector<double> roundTripsMs;
    for (int i = 0; i < kRepetitions; ++i) {
        finishedA.clear();
        finishedB.clear();
        QElapsedTimer roundTrip;
        roundTrip.start();
        a->retryFailures({failureId});
        ASSERT_TRUE(finishedB.wait(kWaitMs)) << "repetition " << i;
        roundTripsMs.push_back(roundTrip.nsecsElapsed() / 1e6);
        QTRY_COMPARE_WITH_TIMEOUT(finishedA.size(), 1, kWaitMs);
        const auto retry = finishedB.at(0).at(0).value<TeamCommand>();
        EXPECT_EQ(retry.kind, TeamCommand::Kind::Retry);
        EXPECT_EQ(retry.state, TeamCommand::State::Done);
        EXPECT_FALSE(retry.result.isEmpty());
    }
    std::sort(roundTripsMs.begin(), roundTripsMs.end());
    std::cout << "[ figures  ] retry asked on console A, carried out by TeamEngineRelay, result "
                 "on console B, "
              << kRepetitions << " times: min " << roundTripsMs.front() << " ms, median "
              << (roundTripsMs[kRepetitions / 2 - 1] + roundTripsMs[kRepetitions / 2]) / 2
              << " ms, max " << roundTripsMs.back() << " ms" << std::endl;
    EXPECT_LT(roundTripsMs.back(), 1000.0);
    EXPECT_EQ(engine.retried.size(), kRepetitions);
    EXPECT_EQ(engine.retried.value(0), QList<qint64>{failureId});

    // Pause: the engine's new state reaches B through the presence row.
    a->setPaused(true);
    QTRY_COMPARE_WITH_TIMEOUT(b->status().state, EngineState::PausedByAdmin, kWaitMs);
    EXPECT_TRUE(engine.calls.contains(u"pause"_s));

    // A saved configuration: the engine reads it again, the other console too.
    QSignalSpy configurationB(b, &TeamConsoleControl::configurationChanged);
    a->reloadConfiguration();
    ASSERT_TRUE(configurationB.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(engine.calls.contains(u"reload"_s), kWaitMs);
    relay.stop();
}

qint64 monotonicNs()
{
    // CLOCK_MONOTONIC: one clock for every process of the machine, so a time taken in the
    // child compares with one taken here.
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The other console in a process of its own (started by the test below with
// SYNCDESK_TEAM_CONSOLE_CHILD set; skipped otherwise): it reads the password on stdin, starts
// a TeamConsoleControl and prints the monotonic time of each configurationChanged.
TEST(TeamConsoleChild, ListensInAProcessOfItsOwn)
{
    const QString location = qEnvironmentVariable("SYNCDESK_TEAM_CONSOLE_CHILD");
    if (location.isEmpty())
        GTEST_SKIP() << "started by TeamConsoleTest.AConsoleInAnotherProcessSeesTheChange";
    QFile in;
    ASSERT_TRUE(in.open(stdin, QIODevice::ReadOnly));
    const QByteArray password = in.readLine().trimmed();
    PostgresDatabase::rememberPassword(*DatabaseUrl::parse(location), password);
    ASSERT_TRUE(Database::open(location).ok());
    TeamConsoleControl console(location);
    ASSERT_TRUE(console.start());
    int seen = 0;
    QObject::connect(&console, &TeamConsoleControl::configurationChanged, &console, [&] {
        std::cout << "changed " << monotonicNs() << std::endl;
        ++seen;
    });
    std::cout << "listening" << std::endl;
    QTRY_COMPARE_WITH_TIMEOUT(seen, 20, 60'000);
}

TEST_F(TeamConsoleTest, AConsoleInAnotherProcessSeesTheChangeWithinASecond)
{
    TeamConsoleControl *a = startConsole(m_consoleA);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SYNCDESK_TEAM_CONSOLE_CHILD"_s, m_consoleB);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--gtest_filter=TeamConsoleChild.ListensInAProcessOfItsOwn"_s});
    ASSERT_TRUE(child.waitForStarted());
    child.write(rolePassword() + '\n');
    const auto nextLine = [&child](const QByteArray &prefix) -> QByteArray {
        QByteArray line;
        (void)QTest::qWaitFor(
            [&] {
                while (child.canReadLine()) {
                    line = child.readLine().trimmed();
                    if (line.startsWith(prefix))
                        return true;
                }
                return child.state() == QProcess::NotRunning;
            },
            kWaitMs);
        return line.startsWith(prefix) ? line.mid(prefix.size()) : QByteArray();
    };
    ASSERT_FALSE(nextLine("listening").isNull());

    constexpr int kRepetitions = 20;
    std::vector<double> latenciesMs;
    for (int i = 0; i < kRepetitions; ++i) {
        ASSERT_TRUE(SettingsStore(db(m_consoleA)).setValue(SettingKeys::ThresholdCalls, 20000 + i));
        const qint64 committed = monotonicNs();
        a->reloadConfiguration();
        const QByteArray seenAt = nextLine("changed ");
        ASSERT_FALSE(seenAt.isEmpty()) << "repetition " << i;
        latenciesMs.push_back((seenAt.toLongLong() - committed) / 1e6);
    }
    ASSERT_TRUE(child.waitForFinished(kWaitMs));
    EXPECT_EQ(child.exitCode(), 0);
    std::sort(latenciesMs.begin(), latenciesMs.end());
    std::cout << "[ figures  ] commit on console A to configurationChanged on console B in "
                 "another process, "
              << kRepetitions << " times: min " << latenciesMs.front() << " ms, median "
              << (latenciesMs[kRepetitions / 2 - 1] + latenciesMs[kRepetitions / 2]) / 2
              << " ms, max " << latenciesMs.back() << " ms" << std::endl;
    EXPECT_GT(latenciesMs.front(), 0.0);
    EXPECT_LT(latenciesMs.back(), 1000.0);
}

} // namespace
} // namespace syncdesk::test
