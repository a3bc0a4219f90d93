// The schema steps and the store's connection on a real PostgreSQL server, a throwaway
// cluster the tests start themselves (tests/support/postgres_cluster.h).
#include "postgres_test.h"
#include "store/database.h"
#include "store/postgres_database.h"
#include "store/schema_migrator.h"

#include <QDeadlineTimer>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <latch>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using syncdesk::DatabaseConnection;
using syncdesk::DatabaseUrl;
using syncdesk::PostgresDatabase;
using syncdesk::SchemaMigrator;

namespace {

// A column as both backends can describe it: name, integer or text, NOT NULL.
struct Column
{
    QString name;
    QString family;
    bool notNull = false;
    bool operator==(const Column &) const = default;
};

// An index made by a CREATE INDEX (not one behind a key): table, columns, partial or not.
struct Index
{
    QString table;
    QStringList columns;
    bool partial = false;
    bool operator==(const Index &) const = default;
};

QString familyOf(const QString &declaredType)
{
    const QString type = declaredType.toLower();
    if (type.contains(u"int"_s))
        return u"integer"_s;
    if (type == u"text"_s)
        return u"text"_s;
    return type;
}

std::ostream &operator<<(std::ostream &out, const Column &column)
{
    return out << column.name.toStdString() << ' ' << column.family.toStdString()
               << (column.notNull ? " NOT NULL" : "");
}

std::ostream &operator<<(std::ostream &out, const Index &index)
{
    return out << index.table.toStdString() << '(' << index.columns.join(u',').toStdString() << ')'
               << (index.partial ? " partial" : "");
}

QStringList column0(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

QMap<QString, QList<Column>> sqliteColumns(QSqlDatabase db)
{
    QMap<QString, QList<Column>> tables;
    const QStringList names = column0(
        db, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    for (const QString &table : names) {
        QSqlQuery info(db);
        EXPECT_TRUE(info.exec(u"PRAGMA table_info(%1)"_s.arg(table)));
        while (info.next()) {
            // A single-column INTEGER PRIMARY KEY is the rowid: never NULL.
            const bool notNull =
                info.value(u"notnull"_s).toBool() || info.value(u"pk"_s).toInt() > 0;
            tables[table].append({info.value(u"name"_s).toString(),
                                  familyOf(info.value(u"type"_s).toString()), notNull});
        }
    }
    return tables;
}

QMap<QString, QList<Column>> postgresColumns(QSqlDatabase db)
{
    QMap<QString, QList<Column>> tables;
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(u"SELECT table_name, column_name, data_type, is_nullable "
                           "FROM information_schema.columns WHERE table_schema = current_schema() "
                           "ORDER BY table_name, ordinal_position"_s));
    while (query.next())
        tables[query.value(0).toString()].append({query.value(1).toString(),
                                                  familyOf(query.value(2).toString()),
                                                  query.value(3).toString() == u"NO"_s});
    return tables;
}

QMap<QString, Index> sqliteIndexes(QSqlDatabase db)
{
    QMap<QString, Index> indexes;
    QSqlQuery list(db);
    EXPECT_TRUE(list.exec(u"SELECT name, tbl_name, sql FROM sqlite_master "
                          "WHERE type = 'index' AND sql IS NOT NULL"_s));
    while (list.next()) {
        Index index{list.value(1).toString(), {}, list.value(2).toString().contains(u" WHERE "_s)};
        index.columns =
            column0(db, u"SELECT name FROM pragma_index_info('%1') ORDER BY seqno"_s.arg(
                            list.value(0).toString()));
        indexes.insert(list.value(0).toString(), index);
    }
    return indexes;
}

QMap<QString, Index> postgresIndexes(QSqlDatabase db)
{
    QMap<QString, Index> indexes;
    QSqlQuery query(db);
    // Indexes behind a primary key or UNIQUE constraint are the constraint's, not a CREATE
    // INDEX's (SQLite's are its sqlite_autoindex_*), so they are left out on both sides.
    EXPECT_TRUE(query.exec(
        u"SELECT i.relname, t.relname, x.indpred IS NOT NULL, "
        "  (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(x.indkey) WITH ORDINALITY "
        "   AS k(attnum, n) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) "
        "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = "
        "x.indrelid "
        "JOIN pg_namespace s ON s.oid = t.relnamespace "
        "WHERE s.nspname = current_schema() "
        "  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"_s))
        << query.lastError().text().toStdString();
    while (query.next())
        indexes.insert(query.value(0).toString(),
                       Index{query.value(1).toString(), query.value(3).toString().split(u','),
                             query.value(2).toBool()});
    return indexes;
}

class PostgresMigration : public syncdesk::test::PostgresTest
{
protected:
    DatabaseUrl url() const
    {
        QString error;
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(databaseUrl(), &error);
        EXPECT_TRUE(parsed) << error.toStdString();
        return parsed.value_or(DatabaseUrl());
    }

    void TearDown() override
    {
        for (const QString &name : std::as_const(m_connections))
            PostgresDatabase::close(name);
    }

    DatabaseConnection openStore(const QString &name, int target = -1)
    {
        m_connections.append(name);
        return PostgresDatabase::open(url(), rolePassword(), name, target);
    }

    QStringList m_connections;
};

int countOf(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

TEST(SchemaSteps, EveryStepHasAFileForEachBackend)
{
    ASSERT_GE(SchemaMigrator::latestVersion(), 7);
    for (int version = 1; version <= SchemaMigrator::latestVersion(); ++version) {
        EXPECT_FALSE(SchemaMigrator::schemaPath(version, DatabaseUrl::Backend::Sqlite).isEmpty())
            << "step " << version;
        EXPECT_FALSE(
            SchemaMigrator::schemaPath(version, DatabaseUrl::Backend::PostgreSql).isEmpty())
            << "step " << version;
    }
    // The steps that predate PostgreSQL have its own text; the others are shared.
    EXPECT_EQ(SchemaMigrator::schemaPath(1, DatabaseUrl::Backend::PostgreSql),
              u":/syncdesk/schema/schema-1.postgresql.sql"_s);
    EXPECT_EQ(SchemaMigrator::schemaPath(1, DatabaseUrl::Backend::Sqlite),
              u":/syncdesk/schema/schema-1.sql"_s);
    EXPECT_EQ(SchemaMigrator::schemaPath(5, DatabaseUrl::Backend::PostgreSql),
              u":/syncdesk/schema/schema-5.sql"_s);
}

TEST_F(PostgresMigration, FreshDatabaseMigratesToTheLatestStep)
{
    const DatabaseConnection store = openStore(u"fresh"_s);
    ASSERT_TRUE(store.ok()) << store.error->message.toStdString();
    EXPECT_EQ(store.schemaVersion, SchemaMigrator::latestVersion());
    EXPECT_EQ(countOf(store.db, u"SELECT COUNT(*) FROM schema_version"_s),
              SchemaMigrator::latestVersion());
    // Step 4's install id: 12 hex digits, as SQLite's lower(hex(randomblob(6))).
    QSqlQuery id(store.db);
    ASSERT_TRUE(
        id.exec(u"SELECT setting_value FROM settings WHERE setting_key = 'sync/install_id'"_s));
    ASSERT_TRUE(id.next());
    EXPECT_TRUE(QRegularExpression(u"^[0-9a-f]{12}$"_s).match(id.value(0).toString()).hasMatch())
        << id.value(0).toString().toStdString();
    // Step 6 replaced the ledger's CHECK: the new category is accepted, a made-up one is not.
    QSqlQuery insert(store.db);
    EXPECT_TRUE(insert.exec(u"INSERT INTO api_calls (called_at, category, endpoint, http_status) "
                            "VALUES (1, 'usage_log', '/x', 200) RETURNING id"_s))
        << insert.lastError().text().toStdString();
    EXPECT_FALSE(insert.exec(u"INSERT INTO api_calls (called_at, category, endpoint, http_status) "
                             "VALUES (1, 'made_up', '/x', 200)"_s));
}

TEST_F(PostgresMigration, UpgradeFromStepOneKeepsDataAndIdsKeepNumbering)
{
    {
        const DatabaseConnection first = openStore(u"step1"_s, 1);
        ASSERT_TRUE(first.ok()) << first.error->message.toStdString();
        EXPECT_EQ(first.schemaVersion, 1);
        QSqlQuery insert(first.db);
        ASSERT_TRUE(insert.exec(u"INSERT INTO records (kind, fields_json, sync_state, updated_at) "
                                "VALUES ('person', '{}', 'local_only', 0)"_s));
    }
    PostgresDatabase::close(u"step1"_s);
    const DatabaseConnection store = openStore(u"latest"_s);
    ASSERT_TRUE(store.ok()) << store.error->message.toStdString();
    EXPECT_EQ(store.schemaVersion, SchemaMigrator::latestVersion());
    QSqlQuery insert(store.db);
    ASSERT_TRUE(insert.exec(u"INSERT INTO records (kind, fields_json, sync_state, updated_at) "
                            "VALUES ('account', '{}', 'local_only', 0) RETURNING id"_s));
    ASSERT_TRUE(insert.next());
    EXPECT_EQ(insert.value(0).toLongLong(), 2);
    EXPECT_EQ(countOf(store.db, u"SELECT COUNT(*) FROM records"_s), 2);
}

TEST_F(PostgresMigration, ANewerDatabaseIsRefused)
{
    {
        const DatabaseConnection store = openStore(u"first"_s);
        ASSERT_TRUE(store.ok());
        QSqlQuery insert(store.db);
        ASSERT_TRUE(
            insert.exec(u"INSERT INTO schema_version (version, applied_at) VALUES (999, 0)"_s));
    }
    PostgresDatabase::close(u"first"_s);
    const DatabaseConnection refused = openStore(u"again"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error->kind, syncdesk::StoreError::Kind::TooNew);
    EXPECT_TRUE(refused.error->message.contains(u"999"_s)) << refused.error->message.toStdString();
    EXPECT_TRUE(refused.error->message.contains(databaseName()))
        << refused.error->message.toStdString();
}

TEST_F(PostgresMigration, TablesColumnsAndIndexesMatchTheSqliteSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"syncdesk.sqlite"_s);
    DatabaseConnection sqlite = syncdesk::Database::open(path);
    ASSERT_TRUE(sqlite.ok()) << sqlite.error->message.toStdString();
    const DatabaseConnection postgres = openStore(u"compare"_s);
    ASSERT_TRUE(postgres.ok()) << postgres.error->message.toStdString();

    const QMap<QString, QList<Column>> expected = sqliteColumns(sqlite.db);
    const QMap<QString, QList<Column>> actual = postgresColumns(postgres.db);
    EXPECT_EQ(actual.keys(), expected.keys());
    EXPECT_GE(expected.size(), 20);
    for (auto table = expected.cbegin(); table != expected.cend(); ++table)
        EXPECT_EQ(actual.value(table.key()), table.value()) << table.key().toStdString();

    const QMap<QString, Index> expectedIndexes = sqliteIndexes(sqlite.db);
    const QMap<QString, Index> actualIndexes = postgresIndexes(postgres.db);
    EXPECT_EQ(actualIndexes.keys(), expectedIndexes.keys());
    EXPECT_GE(expectedIndexes.size(), 15);
    for (auto index = expectedIndexes.cbegin(); index != expectedIndexes.cend(); ++index)
        EXPECT_EQ(actualIndexes.value(index.key()), index.value()) << index.key().toStdString();

    sqlite = DatabaseConnection();
    syncdesk::Database::closeForThisThread(path);
}

TEST_F(PostgresMigration, AMigrationWaitsForTheLockAnotherProcessHolds)
{
    // Another process is migrating: it holds the migration lock in its transaction.
    QSqlDatabase other = connectAsRole(u"other-migrator"_s);
    m_connections.append(u"other-migrator"_s);
    ASSERT_TRUE(other.transaction());
    QSqlQuery lock(other);
    ASSERT_TRUE(lock.exec(
        u"SELECT pg_advisory_xact_lock(%1)"_s.arg(SchemaMigrator::PostgresMigrationLockKey)));

    std::optional<syncdesk::StoreError> problem;
    int version = -1;
    std::thread migrating([&] {
        DatabaseConnection store = PostgresDatabase::open(url(), rolePassword(), u"waiting"_s);
        problem = store.error;
        version = store.schemaVersion;
        store = DatabaseConnection();
        PostgresDatabase::close(u"waiting"_s);
    });

    // It waits on the advisory lock, having changed nothing. (Seen from a third session:
    // pg_stat_activity is read once per transaction.)
    QSqlDatabase observer = connectAsRole(u"observer"_s);
    m_connections.append(u"observer"_s);
    bool seenWaiting = false;
    for (QDeadlineTimer deadline(30000); !seenWaiting && !deadline.hasExpired();) {
        seenWaiting = countOf(observer, u"SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                        "wait_event_type = 'Lock' AND wait_event = 'advisory' AND "
                                        "datname = current_database()"_s) == 1;
        if (!seenWaiting)
            QThread::msleep(20);
    }
    EXPECT_TRUE(seenWaiting);
    EXPECT_EQ(countOf(observer, u"SELECT COUNT(*) FROM pg_tables WHERE tablename = 'records'"_s),
              0);

    ASSERT_TRUE(other.commit());
    migrating.join();
    EXPECT_FALSE(problem.has_value()) << problem->message.toStdString();
    EXPECT_EQ(version, SchemaMigrator::latestVersion());
}

TEST_F(PostgresMigration, ConcurrentMigrationsApplyEachStepOnce)
{
    constexpr int kMigrators = 4;
    std::latch ready(kMigrators);
    std::vector<std::optional<syncdesk::StoreError>> problems(kMigrators);
    std::vector<std::thread> threads;
    const DatabaseUrl target = url();
    const QByteArray password = rolePassword();
    for (int i = 0; i < kMigrators; ++i)
        threads.emplace_back([&, i] {
            const QString name = u"racer-%1"_s.arg(i);
            // All connected first, then all migrating at once.
            DatabaseConnection store = PostgresDatabase::connect(target, password, name);
            ready.arrive_and_wait();
            if (store.ok())
                problems[i] = SchemaMigrator(store.db).migrateTo(SchemaMigrator::latestVersion());
            else
                problems[i] = store.error;
            store = DatabaseConnection();
            PostgresDatabase::close(name);
        });
    for (std::thread &thread : threads)
        thread.join();
    for (int i = 0; i < kMigrators; ++i)
        EXPECT_FALSE(problems[i].has_value()) << i << ": " << problems[i]->message.toStdString();

    QSqlDatabase db = connectAsRole(u"check"_s);
    m_connections.append(u"check"_s);
    EXPECT_EQ(countOf(db, u"SELECT COUNT(*) FROM schema_version"_s),
              SchemaMigrator::latestVersion());
    EXPECT_EQ(countOf(db, u"SELECT COUNT(DISTINCT version) FROM schema_version"_s),
              SchemaMigrator::latestVersion());
    EXPECT_EQ(countOf(db, u"SELECT COUNT(*) FROM settings WHERE setting_key = 'sync/install_id'"_s),
              1);
}

TEST_F(PostgresMigration, WithoutAPasswordTheMessageNamesTheKeychainEntry)
{
    const DatabaseConnection store = openStore(u"nopassword"_s);
    ASSERT_TRUE(store.ok());
    const DatabaseConnection refused = PostgresDatabase::connect(url(), QByteArray(), u"none"_s);
    ASSERT_FALSE(refused.ok());
    const std::string message = refused.error->message.toStdString();
    EXPECT_NE(message.find("asks for the password of syncdesk"), std::string::npos) << message;
    EXPECT_NE(message.find(url().passwordKey().toStdString()), std::string::npos) << message;
}

TEST_F(PostgresMigration, AWrongPasswordIsRefusedAndNeverRepeated)
{
    const DatabaseConnection refused =
        PostgresDatabase::connect(url(), "Wrong-Pa55word", u"wrong"_s);
    ASSERT_FALSE(refused.ok());
    const std::string message = refused.error->message.toStdString();
    EXPECT_NE(message.find("refused the password"), std::string::npos) << message;
    EXPECT_EQ(message.find("Wrong-Pa55word"), std::string::npos) << message;
    EXPECT_EQ(message.find(rolePassword().toStdString()), std::string::npos) << message;
}

TEST_F(PostgresMigration, TlsModesReachLibpq)
{
    // The throwaway server has no TLS: asking for it must fail, and say so.
    QString error;
    const std::optional<DatabaseUrl> tls = DatabaseUrl::parse(
        u"postgresql://syncdesk@127.0.0.1:%1/%2?sslmode=require"_s.arg(cluster().port())
            .arg(databaseName()),
        &error);
    ASSERT_TRUE(tls) << error.toStdString();
    const DatabaseConnection refused = PostgresDatabase::connect(*tls, rolePassword(), u"tls"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error->message.contains(u"SSL"_s)) << refused.error->message.toStdString();
}
