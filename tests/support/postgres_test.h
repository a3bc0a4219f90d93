#pragma once

#include "postgres_cluster.h"

#include <QSqlDatabase>
#include <gtest/gtest.h>
#include <iostream>
#include <memory>

namespace syncdesk::test {

// Tests against a real PostgreSQL server: one throwaway cluster per test binary run (ctest
// runs each test in its own process, so in practice one per test), and for each test a
// fresh database owned by the role `syncdesk` (a plain login role, not a superuser).
// A server that cannot start fails the test: the package is a dependency, not an option.
class PostgresTest : public ::testing::Test
{
public:
    static void SetUpTestSuite()
    {
        QString error;
        s_cluster = PostgresCluster::start(&error);
        s_startError = error;
        if (s_cluster)
            std::cout << "[ figures  ] PostgreSQL cluster started in " << s_cluster->startupMs()
                      << " ms (initdb + pg_ctl start) on port " << s_cluster->port() << std::endl;
    }

    static void TearDownTestSuite()
    {
        s_cluster.reset();
        s_rolePassword.clear();
    }

protected:
    static constexpr const char *kRole = "syncdesk";

    void SetUp() override
    {
        ASSERT_TRUE(s_cluster) << "could not start a PostgreSQL cluster: "
                               << s_startError.toStdString();
        ++s_databaseCount;
        m_database = QStringLiteral("syncdesk_test_%1").arg(s_databaseCount);
        QString error;
        if (s_rolePassword.isEmpty()) {
            s_rolePassword = s_cluster->createRole(QString::fromLatin1(kRole), &error);
            ASSERT_FALSE(s_rolePassword.isEmpty()) << error.toStdString();
        }
        ASSERT_TRUE(s_cluster->createDatabase(m_database, QString::fromLatin1(kRole), &error))
            << error.toStdString();
    }

    PostgresCluster &cluster() { return *s_cluster; }
    QByteArray rolePassword() const { return s_rolePassword; }
    QString databaseName() const { return m_database; }
    QString databaseUrl() const { return s_cluster->url(QString::fromLatin1(kRole), m_database); }

    // An open connection of the test role to this test's database.
    QSqlDatabase connectAsRole(const QString &connectionName)
    {
        QString error;
        QSqlDatabase db = s_cluster->connect(connectionName, QString::fromLatin1(kRole),
                                             s_rolePassword, m_database, &error);
        EXPECT_TRUE(db.isValid()) << error.toStdString();
        return db;
    }

    static inline std::unique_ptr<PostgresCluster> s_cluster;
    static inline QString s_startError;
    static inline QByteArray s_rolePassword;
    static inline int s_databaseCount = 0;

    QString m_database;
};

} // namespace syncdesk::test
