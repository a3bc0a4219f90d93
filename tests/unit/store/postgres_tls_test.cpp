// TLS to the team server is verified when the URL asks for it (sslmode=verify-full): a
// server whose certificate the named CA did not sign is refused before any password is sent.
#include "postgres_cluster.h"
#include "store/database_url.h"
#include "store/postgres_database.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::test {
namespace {

class PostgresTls : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        m_cluster = PostgresCluster::start(&error);
        ASSERT_TRUE(m_cluster) << error.toStdString();
        m_password = m_cluster->createRole(u"syncdesk"_s, &error);
        ASSERT_FALSE(m_password.isEmpty()) << error.toStdString();
        ASSERT_TRUE(m_cluster->createDatabase(u"team"_s, u"syncdesk"_s, &error));
        ASSERT_TRUE(m_cluster->enableTls(&error)) << error.toStdString();
    }

    DatabaseUrl urlWith(const QString &query)
    {
        const QString text =
            u"postgresql://syncdesk@127.0.0.1:%1/team?%2"_s.arg(m_cluster->port()).arg(query);
        QString error;
        const std::optional<DatabaseUrl> url = DatabaseUrl::parse(text, &error);
        EXPECT_TRUE(url) << error.toStdString();
        return url.value_or(DatabaseUrl::sqliteFile(QString()));
    }

    std::unique_ptr<PostgresCluster> m_cluster;
    QByteArray m_password;
};

TEST_F(PostgresTls, VerifyFullConnectsOverTlsToTheServerItsCaSigned)
{
    const DatabaseUrl url =
        urlWith(u"sslmode=verify-full&sslrootcert="_s + m_cluster->caCertificate());
    {
        const DatabaseConnection connection = PostgresDatabase::open(url, m_password, u"tls"_s);
        ASSERT_TRUE(connection.ok()) << connection.error->message.toStdString();
        QSqlQuery query(connection.db);
        ASSERT_TRUE(query.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s));
        ASSERT_TRUE(query.next());
        EXPECT_TRUE(query.value(0).toBool());
    }
    PostgresDatabase::close(u"tls"_s);
}

TEST_F(PostgresTls, AServerSignedBySomeoneElsesCaIsRefused)
{
    const DatabaseUrl url =
        urlWith(u"sslmode=verify-full&sslrootcert="_s + m_cluster->otherCaCertificate());
    DatabaseConnection connection = PostgresDatabase::open(url, m_password, u"tls-wrong"_s);
    ASSERT_FALSE(connection.ok());
    const std::string message = connection.error->message.toStdString();
    EXPECT_NE(message.find("certificate verify failed"), std::string::npos) << message;
    EXPECT_EQ(message.find(m_password.toStdString()), std::string::npos);
    connection = {};
    PostgresDatabase::close(u"tls-wrong"_s);
}

} // namespace
} // namespace syncdesk::test
