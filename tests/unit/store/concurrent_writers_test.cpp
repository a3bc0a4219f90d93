// Two connections writing the store at once, as the engine and a console do in team mode: a
// store transaction that reads and then writes sees nobody else's write in between, on
// PostgreSQL as on SQLite (sqlite_transaction_test.cpp), or a console's edit could undo the
// engine's (or another console's) without either knowing.
#include "store/postgres_database.h"
#include "store/table_access.h"
#include "store_backend_test.h"
#include "store_fixture.h"

#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QThread>
#include <atomic>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;

namespace {

// Reads a counter, lets `meanwhile` run, then writes the counter plus one.
class ReadThenIncrement : public TableAccess
{
public:
    using TableAccess::TableAccess;

    bool increment(const std::function<void()> &meanwhile = {})
    {
        return inTransaction([&] {
            QSqlQuery read = prepared(
                u"SELECT setting_value FROM settings WHERE setting_key = 'test/counter'"_s);
            if (!run(read))
                return false;
            const int value = read.next() ? read.value(0).toInt() : 0;
            read.finish();
            if (meanwhile)
                meanwhile();
            QSqlQuery write = prepared(
                u"INSERT INTO settings (setting_key, setting_value, updated_at) VALUES "
                "('test/counter', ?, 0) ON CONFLICT (setting_key) DO UPDATE SET setting_value = "
                "excluded.setting_value"_s);
            write.addBindValue(QString::number(value + 1));
            return run(write);
        });
    }
};

class ConcurrentWriters : public syncdesk::test::StoreBackendTest
{
protected:
    // Increments the counter on a thread of its own, through a connection of its own to
    // this test's database; `done` is set once it is over, whatever the outcome.
    std::thread incrementElsewhere(bool &committed, QString &error, std::atomic<bool> &done)
    {
        return std::thread([this, &committed, &error, &done] {
            {
                const DatabaseConnection connection = PostgresDatabase::connect(
                    m_url, syncdesk::test::SharedPostgresCluster::rolePassword(),
                    u"other-writer"_s);
                ReadThenIncrement writer(connection.db);
                committed = connection.ok() && writer.increment();
                error = writer.lastError();
            }
            PostgresDatabase::close(u"other-writer"_s);
            done = true;
        });
    }

    int counter()
    {
        QSqlQuery query(m_db);
        EXPECT_TRUE(
            query.exec(u"SELECT setting_value FROM settings WHERE setting_key = 'test/counter'"_s));
        return query.next() ? query.value(0).toInt() : 0;
    }
};

} // namespace

SYNCDESK_STORE_ON_BOTH_BACKENDS(ConcurrentWriters);

TEST_P(ConcurrentWriters, AReadThenWriteTransactionSeesNoOtherWriteInBetween)
{
    if (!onPostgres())
        GTEST_SKIP() << "SQLite's BEGIN IMMEDIATE: see sqlite_transaction_test.cpp";
    openStore();
    const QByteArray password = syncdesk::test::SharedPostgresCluster::rolePassword();
    DatabaseConnection monitor = PostgresDatabase::connect(m_url, password, u"monitor"_s);
    ASSERT_TRUE(monitor.ok());

    std::atomic<bool> otherDone{false};
    bool otherCommitted = false;
    QString otherError;
    std::thread other;
    bool otherWaited = false;
    ReadThenIncrement mine(m_db);
    const bool committed = mine.increment([&] {
        // Another connection increments the counter after this transaction read it.
        other = incrementElsewhere(otherCommitted, otherError, otherDone);
        // Until it either finished or waits for a lock this transaction holds.
        QSqlQuery waiting(monitor.db);
        const QDeadlineTimer deadline(30'000);
        while (!otherDone && !otherWaited && !deadline.hasExpired()) {
            otherWaited = waiting.exec(u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = "
                                       "current_database() AND wait_event_type = 'Lock'"_s) &&
                          waiting.next() && waiting.value(0).toInt() > 0;
            if (!otherWaited)
                QThread::msleep(5);
        }
    });
    other.join();
    monitor.db = QSqlDatabase();
    PostgresDatabase::close(u"monitor"_s);
    EXPECT_TRUE(committed) << mine.lastError().toStdString();
    EXPECT_TRUE(otherCommitted) << otherError.toStdString();
    EXPECT_TRUE(otherWaited) << "the other writer did not wait for this transaction";
    // Both increments count: the other one read the counter after this one wrote it.
    EXPECT_EQ(counter(), 2);
}

// A writer does not wait for ever behind a long transaction (a big import, say): like
// SQLite's busy_timeout, the wait ends after Database::BusyTimeoutMs with an error.
TEST_P(ConcurrentWriters, AWriterKeptWaitingPastTheBusyTimeoutGivesUpWithAnError)
{
    if (!onPostgres())
        GTEST_SKIP() << "SQLite's busy_timeout: see sqlite_transaction_test.cpp";
    openStore();
    std::atomic<bool> otherDone{false};
    bool otherCommitted = true;
    QString otherError;
    std::thread other;
    ReadThenIncrement mine(m_db);
    const bool committed = mine.increment([&] {
        other = incrementElsewhere(otherCommitted, otherError, otherDone);
        // This transaction keeps the write lock until the other writer is done.
        const QDeadlineTimer deadline(60'000);
        while (!otherDone && !deadline.hasExpired())
            QThread::msleep(20);
    });
    other.join();
    EXPECT_TRUE(committed) << mine.lastError().toStdString();
    EXPECT_FALSE(otherCommitted);
    EXPECT_TRUE(otherError.contains(u"lock timeout"_s)) << otherError.toStdString();
    EXPECT_EQ(counter(), 1);
}
