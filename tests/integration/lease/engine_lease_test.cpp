// One engine per org, elected by a PostgreSQL advisory lock: stand-in engines as separate
// processes (engine_lease_probe) against a throwaway cluster.
#include "postgres_test.h"
#include "sync/engine_lease.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <iostream>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using syncdesk::EngineLease;

namespace {

const QString kOrgId = u"00D5g000004Fake"_s;

// One stand-in engine process and the lines it printed.
class Probe
{
public:
    Probe(const QString &url, const QByteArray &password)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(SYNCDESK_ENGINE_LEASE_PROBE), {url, kOrgId});
        m_process.write(password + '\n');
        m_process.closeWriteChannel();
    }
    ~Probe()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    // The first line from `from` on that starts with prefix; empty if none came in time.
    QString waitForLine(const QString &prefix, int timeoutMs, qsizetype from = 0)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            while (m_process.canReadLine())
                m_lines.append(QString::fromUtf8(m_process.readLine()).trimmed());
            for (qsizetype i = from; i < m_lines.size(); ++i)
                if (m_lines[i].startsWith(prefix))
                    return m_lines[i];
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        }
    }
    qsizetype lineCount() const { return m_lines.size(); }
    QStringList lines() const { return m_lines; }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
    QStringList m_lines;
};

qint64 field(const QString &line, const QString &name)
{
    for (const QString &part : line.split(u' '))
        if (part.startsWith(name + u'='))
            return part.mid(name.size() + 1).toLongLong();
    return -1;
}

} // namespace

class EngineLeaseTest : public syncdesk::test::PostgresTest
{
protected:
    // The sessions that hold the org's lease, as the server sees them.
    QList<qint64> holders()
    {
        QSqlDatabase db = QSqlDatabase::database(u"lease-observer"_s, false);
        if (!db.isValid())
            db = connectAsRole(u"lease-observer"_s);
        const auto key = static_cast<quint64>(EngineLease::lockKey(kOrgId));
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(u"SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
                               "AND objsubid = 1 AND classid = %1 AND objid = %2"_s.arg(key >> 32)
                                   .arg(key & 0xffffffffULL)))
            << query.lastError().text().toStdString();
        QList<qint64> pids;
        while (query.next())
            pids.append(query.value(0).toLongLong());
        return pids;
    }

    void TearDown() override { QSqlDatabase::removeDatabase(u"lease-observer"_s); }
};

TEST(EngineLeaseKey, TheFifteenAndEighteenCharacterOrgIdsShareAKeyOtherOrgsDoNot)
{
    EXPECT_EQ(EngineLease::lockKey(u"00D5g000004FakeEAA"_s),
              EngineLease::lockKey(u"00D5g000004Fake"_s));
    EXPECT_NE(EngineLease::lockKey(u"00D5g000004Fake"_s),
              EngineLease::lockKey(u"00D5g000004Faka"_s));
}

TEST_F(EngineLeaseTest, AStandbyTakesOverWhenTheHolderIsKilled)
{
    Probe first(databaseUrl(), rolePassword());
    const QString held = first.waitForLine(u"HOLDING"_s, 20000);
    ASSERT_FALSE(held.isEmpty()) << first.lines().join(u'\n').toStdString();

    Probe second(databaseUrl(), rolePassword());
    const QString waiting = second.waitForLine(u"STANDBY"_s, 20000);
    ASSERT_FALSE(waiting.isEmpty()) << second.lines().join(u'\n').toStdString();
    EXPECT_TRUE(waiting.contains(u"syncdesk-engine"_s)) << waiting.toStdString();
    EXPECT_EQ(holders(), QList<qint64>{field(held, u"session"_s)});
    EXPECT_TRUE(second.waitForLine(u"HOLDING"_s, 0).isEmpty());

    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    first.kill();
    // The bound: a standby takes over within 10 s.
    const QString takeover = second.waitForLine(u"HOLDING"_s, 10000);
    ASSERT_FALSE(takeover.isEmpty()) << second.lines().join(u'\n').toStdString();
    std::cout << "[ figures  ] takeover after SIGKILL of the holder: "
              << field(takeover, u"at"_s) - killedAt << " ms" << std::endl;
    EXPECT_EQ(holders(), QList<qint64>{field(takeover, u"session"_s)});
}

TEST_F(EngineLeaseTest, ATerminatedSessionLosesTheLeaseAndTheStandbyTakesIt)
{
    Probe first(databaseUrl(), rolePassword());
    const QString held = first.waitForLine(u"HOLDING"_s, 20000);
    ASSERT_FALSE(held.isEmpty()) << first.lines().join(u'\n').toStdString();
    Probe second(databaseUrl(), rolePassword());
    ASSERT_FALSE(second.waitForLine(u"STANDBY"_s, 20000).isEmpty());

    const qint64 cutAt = QDateTime::currentMSecsSinceEpoch();
    QString error;
    ASSERT_TRUE(cluster().superuserExec(
        u"SELECT pg_terminate_backend(%1)"_s.arg(field(held, u"session"_s)), &error))
        << error.toStdString();

    // The holder notices and stops; the standby takes over; the old holder waits.
    const QString lost = first.waitForLine(u"LOST"_s, 10000);
    EXPECT_FALSE(lost.isEmpty()) << first.lines().join(u'\n').toStdString();
    const QString takeover = second.waitForLine(u"HOLDING"_s, 10000);
    ASSERT_FALSE(takeover.isEmpty()) << second.lines().join(u'\n').toStdString();
    std::cout << "[ figures  ] takeover after pg_terminate_backend of the holder: "
              << field(takeover, u"at"_s) - cutAt << " ms" << std::endl;
    const qsizetype afterLost = first.lineCount();
    EXPECT_FALSE(first.waitForLine(u"STANDBY"_s, 10000, afterLost - 1).isEmpty())
        << first.lines().join(u'\n').toStdString();
    EXPECT_EQ(holders(), QList<qint64>{field(takeover, u"session"_s)});
    EXPECT_TRUE(first.waitForLine(u"HOLDING"_s, 0, afterLost).isEmpty());
}
