#include "store/database.h"
#include "store/schema_migrator.h"
#include "store/settings_store.h"
#include "store_fixture.h"

#include <QSqlQuery>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using syncdesk::Database;
using syncdesk::JournalMode;
using syncdesk::SettingsStore;
using syncdesk::SettingKeys::AlertContact;

namespace {

QString pragma(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

using DatabaseOpening = StoreTest;

TEST_F(DatabaseOpening, FileDatabaseRunsInWalWithForeignKeysAndBusyTimeout)
{
    const syncdesk::DatabaseConnection connection = Database::open(m_path);
    ASSERT_TRUE(connection.ok());
    m_db = connection.db;
    EXPECT_EQ(connection.journalMode, JournalMode::Wal);
    EXPECT_EQ(connection.journalModeName, u"wal"_s);
    EXPECT_EQ(pragma(m_db, u"journal_mode"_s), u"wal"_s);
    EXPECT_EQ(pragma(m_db, u"foreign_keys"_s), u"1"_s);
    EXPECT_EQ(pragma(m_db, u"busy_timeout"_s), QString::number(Database::BusyTimeoutMs));
}

TEST_F(DatabaseOpening, WhereWalIsRefusedTheDefaultJournalIsUsedAndSaid)
{
    // An in-memory database cannot use WAL: SQLite answers with the mode it kept.
    const QString memory = u":memory:"_s;
    {
        const syncdesk::DatabaseConnection connection = Database::open(memory);
        ASSERT_TRUE(connection.ok()) << connection.error->message.toStdString();
        EXPECT_EQ(connection.journalMode, JournalMode::Rollback);
        EXPECT_NE(connection.journalModeName, u"wal"_s);
        EXPECT_FALSE(connection.journalModeName.isEmpty());
        EXPECT_EQ(connection.schemaVersion, syncdesk::SchemaMigrator::latestVersion());
        SettingsStore settings(connection.db);
        EXPECT_TRUE(settings.setValue(AlertContact, u"ops@example.com"_s));
        EXPECT_EQ(settings.value(AlertContact), u"ops@example.com"_s);
    }
    Database::closeForThisThread(memory);
}

TEST_F(DatabaseOpening, ForeignKeysAreEnforced)
{
    openStore();
    EXPECT_FALSE(exec(u"INSERT INTO outbox (record_id, field, new_value, queued_at) "
                      "VALUES (4242, 'Title', '\"x\"', 0)"_s));
}

TEST_F(DatabaseOpening, EachThreadGetsItsOwnConnectionToTheSameFile)
{
    openStore();
    {
        SettingsStore settings(m_db);
        ASSERT_TRUE(settings.setValue(AlertContact, u"main@example.com"_s));
    }

    QString seenOnWorker;
    QString workerConnection;
    bool workerOk = false;
    const QString path = m_path;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        const syncdesk::DatabaseConnection connection = Database::forThisThread(path);
        workerOk = connection.ok();
        if (!workerOk)
            return;
        workerConnection = connection.db.connectionName();
        {
            SettingsStore settings(connection.db);
            seenOnWorker = settings.value(AlertContact);
            settings.setValue(AlertContact, u"worker@example.com"_s);
        }
    }));
    worker->start();
    ASSERT_TRUE(worker->wait(30'000));

    ASSERT_TRUE(workerOk);
    EXPECT_EQ(seenOnWorker, u"main@example.com"_s);
    EXPECT_NE(workerConnection, m_db.connectionName());
    // The worker's connection went with its thread.
    EXPECT_FALSE(QSqlDatabase::contains(workerConnection));
    SettingsStore settings(m_db);
    EXPECT_EQ(settings.value(AlertContact), u"worker@example.com"_s);
}

TEST_F(DatabaseOpening, AMissingFolderIsCreated)
{
    m_path = m_dir.filePath(u"nested/deeper/syncdesk.sqlite"_s);
    openStore();
    EXPECT_TRUE(QFile::exists(m_path));
}

TEST_F(DatabaseOpening, DefaultPathIsInAppData)
{
    EXPECT_TRUE(Database::defaultPath().endsWith(u"/syncdesk.sqlite"_s));
}
