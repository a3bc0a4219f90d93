#include "store/database.h"
#include "store/schema_migrator.h"
#include "store_fixture.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using syncdesk::Database;
using syncdesk::SchemaMigrator;
using syncdesk::StoreError;

namespace {

int recordedVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

using Migration = StoreTest;

TEST_F(Migration, SchemaFilesAreEmbeddedAndNumberedFromOne)
{
    EXPECT_GE(SchemaMigrator::latestVersion(), 2);
}

TEST_F(Migration, FreshDatabaseGetsEveryTable)
{
    const QSqlDatabase db = openStore();
    const QStringList tables = db.tables();
    const QStringList expected{
        u"schema_version"_s, u"connections"_s,   u"settings"_s, u"field_mappings"_s,
        u"records"_s,        u"activities"_s,    u"outbox"_s,   u"sync_failures"_s,
        u"api_calls"_s,      u"usage_samples"_s, u"alerts"_s,   u"describe_cache"_s,
    };
    for (const QString &table : expected)
        EXPECT_TRUE(tables.contains(table)) << table.toStdString();
    EXPECT_EQ(recordedVersion(db), SchemaMigrator::latestVersion());
}

TEST_F(Migration, UpgradeFromSchemaOneKeepsDataAndAddsTheRest)
{
    {
        const syncdesk::DatabaseConnection first = Database::open(m_path, 1);
        ASSERT_TRUE(first.ok());
        EXPECT_EQ(first.schemaVersion, 1);
        EXPECT_FALSE(first.db.tables().contains(u"describe_cache"_s));
        QSqlQuery insert(first.db);
        ASSERT_TRUE(insert.exec(u"INSERT INTO settings (setting_key, setting_value, updated_at) "
                                "VALUES ('alerts/contact', 'ops@example.com', 0)"_s));
    }
    closeStore();

    const QSqlDatabase db = openStore();
    EXPECT_EQ(recordedVersion(db), SchemaMigrator::latestVersion());
    EXPECT_TRUE(db.tables().contains(u"describe_cache"_s));
    QSqlQuery kept(db);
    ASSERT_TRUE(
        kept.exec(u"SELECT setting_value FROM settings WHERE setting_key = 'alerts/contact'"_s));
    ASSERT_TRUE(kept.next());
    EXPECT_EQ(kept.value(0).toString(), u"ops@example.com"_s);

    // Each version is recorded once, in order.
    QSqlQuery versions(db);
    ASSERT_TRUE(versions.exec(u"SELECT version FROM schema_version ORDER BY version"_s));
    int expected = 1;
    while (versions.next())
        EXPECT_EQ(versions.value(0).toInt(), expected++);
    EXPECT_EQ(expected - 1, SchemaMigrator::latestVersion());
}

TEST_F(Migration, ReopeningAMigratedDatabaseChangesNothing)
{
    openStore();
    closeStore();
    const syncdesk::DatabaseConnection again = Database::open(m_path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.schemaVersion, SchemaMigrator::latestVersion());
    m_db = again.db;
    QSqlQuery count(m_db);
    ASSERT_TRUE(count.exec(u"SELECT COUNT(*) FROM schema_version"_s) && count.next());
    EXPECT_EQ(count.value(0).toInt(), SchemaMigrator::latestVersion());
}

TEST_F(Migration, NewerDatabaseIsRefusedAndLeftUntouched)
{
    openStore();
    ASSERT_TRUE(exec(u"INSERT INTO schema_version (version, applied_at) VALUES (999, 0)"_s));
    closeStore();
    const QByteArray before = fileBytes();
    ASSERT_FALSE(before.isEmpty());

    const syncdesk::DatabaseConnection refused = Database::open(m_path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error->kind, StoreError::Kind::TooNew);
    EXPECT_TRUE(refused.error->message.contains(m_path)) << refused.error->message.toStdString();
    EXPECT_TRUE(refused.error->message.contains(u"999"_s));
    EXPECT_TRUE(refused.error->message.contains(QString::number(SchemaMigrator::latestVersion())));
    EXPECT_EQ(fileBytes(), before);
}

TEST_F(Migration, NewerVersionInsideTheMigrationTransactionIsRefusedToo)
{
    // The migrator checks again under its own transaction, for a file that changed
    // between the read-only check and the migration.
    openStore();
    ASSERT_TRUE(exec(u"INSERT INTO schema_version (version, applied_at) VALUES (999, 0)"_s));
    SchemaMigrator migrator(m_db);
    const std::optional<StoreError> refused = migrator.migrateTo(SchemaMigrator::latestVersion());
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->kind, StoreError::Kind::TooNew);
}

TEST_F(Migration, GarbageFileIsReportedWithItsPathAndKept)
{
    QByteArray garbage;
    for (int i = 0; i < 512; ++i)
        garbage += "not a database, just bytes ";
    writeFile(garbage);

    const syncdesk::DatabaseConnection refused = Database::open(m_path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error->kind, StoreError::Kind::Corrupt);
    EXPECT_TRUE(refused.error->message.contains(m_path)) << refused.error->message.toStdString();
    EXPECT_EQ(fileBytes(), garbage);
}

TEST_F(Migration, DamagedPagesAreReportedAndKept)
{
    openStore();
    // Enough rows for several pages, so damage lands in table data, not the header.
    for (int i = 0; i < 400; ++i) {
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO alerts (sent_at, kind, level, recipient, subject, delivered) "
                       "VALUES (?, 'k', 'red', 'ops@example.com', ?, 1)"_s);
        insert.addBindValue(i);
        insert.addBindValue(QString(200, u'x'));
        ASSERT_TRUE(insert.exec());
    }
    closeStore();

    QByteArray bytes = fileBytes();
    ASSERT_GT(bytes.size(), 8 * 4096);
    // Keep page 1 (the header and schema) whole; scribble over the pages after it.
    for (qsizetype i = 4096; i < bytes.size(); i += 7)
        bytes[i] = char(0xA5);
    writeFile(bytes);

    const syncdesk::DatabaseConnection refused = Database::open(m_path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error->kind, StoreError::Kind::Corrupt)
        << refused.error->message.toStdString();
    EXPECT_TRUE(refused.error->message.contains(m_path));
    EXPECT_EQ(fileBytes(), bytes);
}
