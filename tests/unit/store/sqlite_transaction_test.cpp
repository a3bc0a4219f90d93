// Transactions that read and then write must wait for another connection's write, not
// fail at once: SQLite's plain BEGIN is deferred, and a deferred reader whose snapshot went
// stale cannot be upgraded to a writer (SQLITE_BUSY_SNAPSHOT), busy_timeout or not.
#include "store/table_access.h"
#include "store_fixture.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;

namespace {

class ReadThenWrite : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // Reads, lets `meanwhile` run on another connection, then writes.
    bool run(const std::function<void()> &meanwhile)
    {
        return inTransaction([&] {
            QSqlQuery read = prepared(u"SELECT COUNT(*) FROM settings"_s);
            if (!TableAccess::run(read) || !read.next())
                return false;
            meanwhile();
            return TableAccess::run(u"INSERT INTO settings (setting_key, setting_value, "
                                    "updated_at) VALUES ('test/mine', 'x', 0)"_s);
        });
    }
};

} // namespace

TEST_F(StoreTest, AReadThenWriteTransactionIsNotBrokenByAnotherConnectionsWrite)
{
    openStore();
    QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
    other.setDatabaseName(m_path);
    ASSERT_TRUE(other.open());
    QSqlQuery(other).exec(u"PRAGMA busy_timeout = 200"_s);

    bool otherWrote = true;
    ReadThenWrite mine(m_db);
    const bool committed = mine.run([&] {
        otherWrote = QSqlQuery(other).exec(u"INSERT INTO settings (setting_key, setting_value, "
                                           "updated_at) VALUES ('test/other', 'y', 0)"_s);
    });
    EXPECT_TRUE(committed) << mine.lastError().toStdString();
    // This transaction held the write lock from its start: the other connection waited
    // for its busy_timeout and gave up, rather than invalidating this one.
    EXPECT_FALSE(otherWrote);
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"other-writer"_s);
}
