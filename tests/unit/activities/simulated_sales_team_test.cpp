// The simulated sales team against a real SQLite file: it acts only on people already in
// Salesforce, ticks at the set rate, writes activities and outbox entries, and a seed
// replays the same actions.
#include "store/activity_store.h"
#include "store/database.h"
#include "store/outbox_store.h"
#include "store/record_store.h"
#include "sync/simulated_sales_team.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

class SimulatedSalesTeamTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = open(u"a.sqlite"_s);
        ASSERT_TRUE(m_db.isOpen());
    }

    void TearDown() override
    {
        m_db = QSqlDatabase();
        for (const QString &path : std::as_const(m_paths))
            Database::closeForThisThread(path);
    }

    QSqlDatabase open(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        m_paths.append(path);
        const DatabaseConnection connection = Database::open(path);
        EXPECT_TRUE(connection.ok());
        return connection.db;
    }

    // People and accounts as the inbound sync leaves them: linked to Salesforce.
    static void seedSynced(QSqlDatabase db, int people, int accounts)
    {
        RecordStore records(db);
        for (int i = 0; i < people; ++i)
            ASSERT_TRUE(records.mergeFromCrm(
                RecordKind::Person, u"Contact"_s, u"003000000000%1AAA"_s.arg(i, 3, 10, QChar(u'0')),
                QJsonObject{{u"LastName"_s, QString(u"Person "_s + QString::number(i))}}));
        for (int i = 0; i < accounts; ++i)
            ASSERT_TRUE(records.mergeFromCrm(
                RecordKind::Account, u"Account"_s,
                u"001000000000%1AAA"_s.arg(i, 3, 10, QChar(u'0')),
                QJsonObject{{u"Name"_s, QString(u"Account "_s + QString::number(i))}}));
    }

    static int count(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    QStringList m_paths;
    QSqlDatabase m_db;
};

} // namespace

TEST_F(SimulatedSalesTeamTest, DoesNothingUntilSomeoneIsInSalesforce)
{
    RecordStore records(m_db);
    ASSERT_TRUE(records.insert(LocalRecord{.kind = RecordKind::Person,
                                           .fields = QJsonObject{{u"LastName"_s, u"Local"_s}}}));
    SimulatedSalesTeam team(m_db);
    QSignalSpy acted(&team, &SimulatedSalesTeam::acted);
    for (int i = 0; i < 10; ++i)
        EXPECT_FALSE(team.actOnce());
    EXPECT_EQ(acted.count(), 0);
    EXPECT_EQ(count(m_db, u"SELECT COUNT(*) FROM activities"_s), 0);
    EXPECT_EQ(count(m_db, u"SELECT COUNT(*) FROM outbox"_s), 0);
}

TEST_F(SimulatedSalesTeamTest, TicksAtTheSetRateAndWritesActivitiesAndOutboxEntries)
{
    seedSynced(m_db, 20, 4);
    SimulatedSalesTeam team(m_db);
    team.setRate(6);
    EXPECT_EQ(team.tickInterval(), 10s);
    // A minute of 600 ms at 60 actions a minute: a tick every 10 ms.
    team.setMinuteLength(600ms);
    team.setRate(60);
    EXPECT_EQ(team.tickInterval(), 10ms);

    QSignalSpy acted(&team, &SimulatedSalesTeam::acted);
    team.start();
    EXPECT_TRUE(team.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(acted.count() >= 60, 30'000);
    team.stop();
    EXPECT_FALSE(team.isRunning());
    const int actions = int(acted.count());
    // Whatever a tick had already queued is delivered now; a stopped team queues nothing.
    QCoreApplication::processEvents();
    EXPECT_EQ(acted.count(), actions); // stopped means stopped

    int logged = 0;
    int edits = 0;
    for (const QList<QVariant> &signal : std::as_const(acted)) {
        const QString description = signal.at(0).toString();
        if (description.contains(u" logged a"_s))
            ++logged;
        else if (description.contains(u" set a"_s))
            ++edits;
    }
    EXPECT_EQ(logged + edits, actions);
    EXPECT_GT(logged, 0);
    EXPECT_GT(edits, 0);

    // Every logged action is a waiting activity linked to a synced person.
    EXPECT_EQ(ActivityStore(m_db).pendingCount(), logged);
    EXPECT_EQ(count(m_db, u"SELECT COUNT(*) FROM activities a JOIN records r ON r.id = "
                          "a.record_id WHERE r.kind = 'person' AND r.crm_id IS NOT NULL"_s),
              logged);
    EXPECT_EQ(count(m_db, u"SELECT COUNT(*) FROM activities WHERE kind = 'call' AND "
                          "(duration_seconds IS NULL OR call_type IS NULL)"_s),
              0);
    // Each edit is queued (edits of one field coalesce in the outbox), with its record
    // marked pending in the same transaction.
    const int outbox = OutboxStore(m_db).waitingCount();
    EXPECT_GT(outbox, 0);
    EXPECT_LE(outbox, edits);
    EXPECT_EQ(count(m_db, u"SELECT COUNT(DISTINCT record_id) FROM outbox"_s),
              count(m_db, u"SELECT COUNT(*) FROM records WHERE sync_state = 'pending'"_s));
}

TEST_F(SimulatedSalesTeamTest, TheSameSeedReplaysTheSameActions)
{
    QSqlDatabase other = open(u"b.sqlite"_s);
    seedSynced(m_db, 12, 3);
    seedSynced(other, 12, 3);

    auto run = [](QSqlDatabase db) {
        SimulatedSalesTeam team(db);
        team.setSeed(99);
        QStringList descriptions;
        QObject::connect(&team, &SimulatedSalesTeam::acted, &team,
                         [&descriptions](const QString &text) { descriptions.append(text); });
        for (int i = 0; i < 40; ++i)
            EXPECT_TRUE(team.actOnce());
        return descriptions;
    };
    const QStringList first = run(m_db);
    const QStringList second = run(other);
    EXPECT_EQ(first.size(), 40);
    EXPECT_EQ(first, second);

    QSqlQuery a(m_db);
    QSqlQuery b(other);
    const QString sql = u"SELECT record_id, kind, subject, duration_seconds, call_type FROM "
                        "activities ORDER BY id"_s;
    ASSERT_TRUE(a.exec(sql));
    ASSERT_TRUE(b.exec(sql));
    int rows = 0;
    while (a.next()) {
        ASSERT_TRUE(b.next());
        for (int column = 0; column < 5; ++column)
            EXPECT_EQ(a.value(column), b.value(column));
        ++rows;
    }
    EXPECT_FALSE(b.next());
    EXPECT_GT(rows, 0);
    other = QSqlDatabase();
}
