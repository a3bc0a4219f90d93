#pragma once

#include "postgres_cluster.h"
#include "store/database.h"
#include "store/database_url.h"
#include "store/postgres_database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace syncdesk::test {

enum class StoreBackend
{
    Sqlite,
    PostgreSql,
};

// One throwaway PostgreSQL cluster for the whole test binary: started by the first test that
// needs it (a run of the SQLite tests alone starts none), stopped when the tests end, and a
// fresh database per test owned by the plain login role `syncdesk`.
class SharedPostgresCluster : public ::testing::Environment
{
public:
    void TearDown() override
    {
        s_cluster.reset();
        s_rolePassword.clear();
    }

    static constexpr const char *kRole = "syncdesk";

    // The URL of a new empty database, or an empty string with the reason in `error`.
    static QString freshDatabase(QString *error)
    {
        if (!s_cluster && !s_startTried) {
            s_startTried = true;
            s_cluster = PostgresCluster::start(&s_startError);
            if (s_cluster)
                std::cout << "[ figures  ] PostgreSQL cluster started in " << s_cluster->startupMs()
                          << " ms (initdb + pg_ctl start) on port " << s_cluster->port()
                          << std::endl;
        }
        if (!s_cluster) {
            *error = QStringLiteral("could not start a PostgreSQL cluster: ") + s_startError;
            return {};
        }
        if (s_rolePassword.isEmpty()) {
            s_rolePassword = s_cluster->createRole(QString::fromLatin1(kRole), error);
            if (s_rolePassword.isEmpty())
                return {};
        }
        const QString database = QStringLiteral("syncdesk_store_%1").arg(++s_databaseCount);
        if (!s_cluster->createDatabase(database, QString::fromLatin1(kRole), error))
            return {};
        return s_cluster->url(QString::fromLatin1(kRole), database);
    }

    static QByteArray rolePassword() { return s_rolePassword; }

private:
    static inline std::unique_ptr<PostgresCluster> s_cluster;
    static inline bool s_startTried = false;
    static inline QString s_startError;
    static inline QByteArray s_rolePassword;
    static inline int s_databaseCount = 0;
};

inline ::testing::Environment *const kSharedPostgresCluster =
    ::testing::AddGlobalTestEnvironment(new SharedPostgresCluster);

// A store test that runs once on SQLite (a file in a fresh temporary folder) and once on
// PostgreSQL (a fresh database of the shared cluster), through the same store classes.
// Instantiate with SYNCDESK_STORE_ON_BOTH_BACKENDS(Fixture) and write TEST_P.
class StoreBackendTest : public ::testing::TestWithParam<StoreBackend>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("syncdesk.sqlite"));
        if (onPostgres()) {
            QString error;
            const QString url = SharedPostgresCluster::freshDatabase(&error);
            ASSERT_FALSE(url.isEmpty()) << error.toStdString();
            const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, &error);
            ASSERT_TRUE(parsed && parsed->isPostgreSql()) << error.toStdString();
            m_url = *parsed;
        }
    }

    void TearDown() override { closeStore(); }

    bool onPostgres() const { return GetParam() == StoreBackend::PostgreSql; }

    // Opens (and migrates) the store; the test fails when that does not work.
    QSqlDatabase openStore()
    {
        const DatabaseConnection connection =
            onPostgres() ? PostgresDatabase::open(m_url, SharedPostgresCluster::rolePassword(),
                                                  kConnectionName)
                         : Database::open(m_path);
        EXPECT_TRUE(connection.ok())
            << (connection.error ? connection.error->message.toStdString() : std::string());
        m_db = connection.db;
        return m_db;
    }

    void closeStore()
    {
        m_db = QSqlDatabase();
        if (onPostgres())
            PostgresDatabase::close(kConnectionName);
        else
            Database::closeForThisThread(m_path);
    }

    // Runs a statement the store API does not offer (tests set up odd states with it).
    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        const bool ok = query.exec(sql);
        EXPECT_TRUE(ok) << query.lastError().text().toStdString() << " in " << sql.toStdString();
        return ok;
    }

    // Makes the database itself refuse an insert into `table` (each row when `condition` is
    // empty, else the rows where it holds, a condition on NEW) with an error that says
    // `message`: how a test makes a write fail midway inside a store's transaction.
    bool refuseInserts(const QString &table, const QString &condition, const QString &message)
    {
        const QString name = QStringLiteral("refuse_") + table;
        if (!onPostgres())
            return exec(
                QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 %3 BEGIN SELECT "
                               "RAISE(ABORT, '%4'); END")
                    .arg(name, table,
                         condition.isEmpty() ? QString() : QStringLiteral("WHEN ") + condition,
                         message));
        return exec(QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                   "BEGIN IF %2 THEN RAISE EXCEPTION '%3'; END IF; RETURN NEW; "
                                   "END $$")
                        .arg(name, condition.isEmpty() ? QStringLiteral("true") : condition,
                             message)) &&
               exec(QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW EXECUTE "
                                   "FUNCTION %1()")
                        .arg(name, table));
    }

    // Takes back refuseInserts(table, ...).
    bool allowInserts(const QString &table)
    {
        const QString name = QStringLiteral("refuse_") + table;
        return onPostgres() ? exec(QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table)) &&
                                  exec(QStringLiteral("DROP FUNCTION %1()").arg(name))
                            : exec(QStringLiteral("DROP TRIGGER %1").arg(name));
    }

    static inline const QString kConnectionName = QStringLiteral("store-backend-test");

    QTemporaryDir m_dir;
    QString m_path;
    DatabaseUrl m_url = DatabaseUrl::sqliteFile(QString());
    QSqlDatabase m_db;
};

inline void PrintTo(StoreBackend backend, std::ostream *out)
{
    *out << (backend == StoreBackend::Sqlite ? "SQLite" : "PostgreSQL");
}

inline std::string storeBackendName(const ::testing::TestParamInfo<StoreBackend> &info)
{
    return info.param == StoreBackend::Sqlite ? "SQLite" : "PostgreSQL";
}

} // namespace syncdesk::test

// Runs every TEST_P of `fixture` on both backends: names end in /SQLite and /PostgreSQL.
#define SYNCDESK_STORE_ON_BOTH_BACKENDS(fixture)                                                   \
    INSTANTIATE_TEST_SUITE_P(Backends, fixture,                                                    \
                             ::testing::Values(::syncdesk::test::StoreBackend::Sqlite,             \
                                               ::syncdesk::test::StoreBackend::PostgreSql),        \
                             ::syncdesk::test::storeBackendName)
