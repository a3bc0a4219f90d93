#include "store/database_url.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using syncdesk::DatabaseUrl;

namespace {

// The parse error for text, or "" when it parsed.
std::string parseError(const QString &text)
{
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(text, &error);
    EXPECT_EQ(url.has_value(), error.isEmpty());
    return error.toStdString();
}

DatabaseUrl parsed(const QString &text)
{
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(text, &error);
    EXPECT_TRUE(url.has_value()) << error.toStdString();
    return url.value_or(DatabaseUrl());
}

} // namespace

TEST(DatabaseUrl, PostgresqlUrlWithTlsOptions)
{
    const DatabaseUrl url = parsed(u"postgresql://syncdesk@db.example.com:6432/crm_sync"
                                   "?sslmode=verify-full&sslrootcert=/etc/ssl/team-ca.pem"_s);
    EXPECT_TRUE(url.isPostgreSql());
    EXPECT_EQ(url.driverName(), u"QPSQL"_s);
    EXPECT_EQ(url.host(), u"db.example.com"_s);
    EXPECT_EQ(url.port(), 6432);
    EXPECT_EQ(url.userName(), u"syncdesk"_s);
    EXPECT_EQ(url.databaseName(), u"crm_sync"_s);
    EXPECT_EQ(url.sslMode(), u"verify-full"_s);
    EXPECT_EQ(
        url.connectOptions(),
        u"sslmode='verify-full';sslrootcert='/etc/ssl/team-ca.pem';application_name='syncdesk'"_s);
    EXPECT_EQ(url.passwordKey(), u"database_password/syncdesk@db.example.com:6432"_s);
    EXPECT_EQ(url.displayString(), u"postgresql://syncdesk@db.example.com:6432/crm_sync"
                                   "?sslmode=verify-full&sslrootcert=/etc/ssl/team-ca.pem"_s);
}

TEST(DatabaseUrl, PostgresSchemeAliasDefaultPortAndNoSslModeLeavesLibpqsDefault)
{
    const DatabaseUrl url = parsed(u"postgres://admin@10.0.0.5/syncdesk"_s);
    EXPECT_TRUE(url.isPostgreSql());
    EXPECT_EQ(url.port(), 5432);
    EXPECT_TRUE(url.sslMode().isEmpty());
    EXPECT_EQ(url.connectOptions(), u"application_name='syncdesk'"_s);
}

TEST(DatabaseUrl, PercentEncodedNamesIpv6HostAndQuotedOptionValues)
{
    const DatabaseUrl url =
        parsed(u"postgresql://team%2Dadmin@[::1]:5433/sync%20desk?sslrootcert=/etc/it's%20ca.pem"
               "&application_name=console"_s);
    EXPECT_EQ(url.userName(), u"team-admin"_s);
    EXPECT_EQ(url.host(), u"::1"_s);
    EXPECT_EQ(url.databaseName(), u"sync desk"_s);
    // libpq's quoting: the quote is escaped, and the URL's application_name replaces ours.
    EXPECT_EQ(url.connectOptions(),
              u"sslrootcert='/etc/it\\'s ca.pem';application_name='console'"_s);
}

TEST(DatabaseUrl, SqliteUrlsAndPlainPaths)
{
    const DatabaseUrl absolute = parsed(u"sqlite:///var/lib/syncdesk/state.sqlite"_s);
    EXPECT_FALSE(absolute.isPostgreSql());
    EXPECT_EQ(absolute.driverName(), u"QSQLITE"_s);
    EXPECT_EQ(absolute.sqlitePath(), u"/var/lib/syncdesk/state.sqlite"_s);
    EXPECT_TRUE(absolute.passwordKey().isEmpty());

    EXPECT_EQ(parsed(u"/tmp/a/../b.sqlite"_s).sqlitePath(), u"/tmp/b.sqlite"_s);
    EXPECT_EQ(parsed(u"work/state.sqlite"_s).sqlitePath(),
              QDir::current().absoluteFilePath(u"work/state.sqlite"_s));
    // One letter before a colon is a drive, not a scheme.
    EXPECT_FALSE(parsed(u"C:/data/syncdesk.sqlite"_s).isPostgreSql());
}

TEST(DatabaseUrl, APasswordInTheUrlIsRefusedPointingAtTheKeychainWithoutRepeatingIt)
{
    for (const QString &text :
         {u"postgresql://syncdesk:S3cret-pw@db.example.com/syncdesk"_s,
          u"postgresql://syncdesk@db.example.com/syncdesk?password=S3cret-pw"_s}) {
        const std::string error = parseError(text);
        EXPECT_NE(error.find("must not contain a password"), std::string::npos) << error;
        EXPECT_NE(error.find("database_password/syncdesk@db.example.com:5432"), std::string::npos)
            << error;
        EXPECT_EQ(error.find("S3cret"), std::string::npos) << error;
    }
}

TEST(DatabaseUrl, MissingPartsAreNamed)
{
    EXPECT_NE(parseError(u"postgresql:///syncdesk"_s).find("names no server"), std::string::npos);
    EXPECT_NE(parseError(u"postgresql://db.example.com/syncdesk"_s).find("names no user"),
              std::string::npos);
    EXPECT_NE(parseError(u"postgresql://syncdesk@db.example.com"_s).find("names no database"),
              std::string::npos);
    EXPECT_NE(parseError(u"postgresql://syncdesk@db.example.com/"_s).find("names no database"),
              std::string::npos);
    EXPECT_NE(parseError(u"  "_s).find("No database was given"), std::string::npos);
    EXPECT_NE(parseError(u"sqlite:///"_s).find("names no file"), std::string::npos);
    EXPECT_NE(parseError(u"sqlite://fileserver/share/x.sqlite"_s).find("not a local SQLite file"),
              std::string::npos);
}

TEST(DatabaseUrl, BadOptionsAndSchemesAreRefusedWithWhatWouldWork)
{
    const std::string mode = parseError(u"postgresql://u@h/d?sslmode=verify_full"_s);
    EXPECT_NE(mode.find("sslmode=verify_full is not a PostgreSQL TLS mode"), std::string::npos)
        << mode;
    EXPECT_NE(mode.find("verify-full"), std::string::npos) << mode;

    const std::string typo = parseError(u"postgresql://u@h/d?ssl_mode=require"_s);
    EXPECT_NE(typo.find("does not know: ssl_mode"), std::string::npos) << typo;

    EXPECT_NE(parseError(u"postgresql://u@h/d?sslmode=require&sslmode=disable"_s).find("twice"),
              std::string::npos);
    EXPECT_NE(parseError(u"postgresql://u@h/d?connect_timeout=soon"_s).find("not a number"),
              std::string::npos);
    EXPECT_NE(parseError(u"postgresql://u@h/d?sslrootcert=/a%3Bsslmode%3Ddisable"_s)
                  .find("no usable value"),
              std::string::npos);
    EXPECT_NE(parseError(u"postgresql://u@h:99999/d"_s).find("not valid"), std::string::npos);

    const std::string scheme = parseError(u"mysql://u@h/d"_s);
    EXPECT_NE(scheme.find("'mysql:' is neither"), std::string::npos) << scheme;
}
