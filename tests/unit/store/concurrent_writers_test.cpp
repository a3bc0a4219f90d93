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

using ConcurrentWriters = syncdesk::test::StoreBackendTest;

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
    std::thread other;
    bool otherWaited = false;
    ReadThenIncrement mine(m_db);
    const bool committed = mine.increment([&] {
        // Another connection increments the counter after this transaction read it.
        other = std::thread([&] {
            {
                const DatabaseConnection connection =
                    PostgresDatabase::connect(m_url, password, u"other-writer"_s);
                otherCommitted = connection.ok() && ReadThenIncrement(connection.db).increment();
            }
            PostgresDatabase::close(u"other-writer"_s);
            otherDone = true;
        });
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
    EXPECT_TRUE(otherCommitted);
    EXPECT_TRUE(otherWaited) << "the other writer did not wait for this transaction";

    // Both increments count: the other one read the counter after this one wrote it.
    QSqlQuery counter(m_db);
    ASSERT_TRUE(
        counter.exec(u"SELECT setting_value FROM settings WHERE setting_key = 'test/counter'"_s));
    ASSERT_TRUE(counter.next());
    EXPECT_EQ(counter.value(0).toInt(), 2);
}
