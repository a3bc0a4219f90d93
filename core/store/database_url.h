#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace syncdesk {

// Where the store lives, as given with --database: a SQLite file (the default, for one
// admin) or a PostgreSQL server (team mode).
//   postgresql://syncdesk@db.example:5432/syncdesk?sslmode=verify-full&sslrootcert=/etc/ca.pem
//   postgres://…                        the same
//   sqlite:///home/ann/syncdesk.sqlite  an absolute path
//   /home/ann/syncdesk.sqlite           a plain path (relative to the working folder)
// A URL never carries a password: the password is kept in the keychain under passwordKey(),
// so that it is never in a shell history, a settings file, a unit file or a log.
class DatabaseUrl
{
public:
    enum class Backend
    {
        Sqlite,
        PostgreSql,
    };

    // nullopt, with a sentence for the admin in `error`, when text is not a database
    // SyncDesk can use.
    static std::optional<DatabaseUrl> parse(const QString &text, QString *error = nullptr);
    static DatabaseUrl sqliteFile(const QString &path);

    // --database URL, for the QCommandLineParser of syncdesk and syncdesk-cli.
    static QCommandLineOption commandLineOption();

    Backend backend() const { return m_backend; }
    bool isPostgreSql() const { return m_backend == Backend::PostgreSql; }
    // QSQLITE or QPSQL.
    QString driverName() const;

    QString sqlitePath() const { return m_path; }

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_user; }
    QString databaseName() const { return m_database; }
    // As given (disable … verify-full), or empty: libpq's own default (prefer).
    QString sslMode() const;
    // The libpq parameters of the URL's query, as given and checked.
    const QList<QPair<QString, QString>> &parameters() const { return m_parameters; }
    // QSqlDatabase::setConnectOptions() for QPSQL: the URL's parameters, values quoted for
    // libpq, and application_name=syncdesk unless the URL names one.
    QString connectOptions() const;

    // The URL as the admin may see it in a window, a log or an error message.
    QString displayString() const;
    // The keychain entry of the password of this user on this server:
    // "database_password/<user>@<host>:<port>". Empty for SQLite.
    QString passwordKey() const;

    static constexpr int DefaultPort = 5432;

private:
    static std::optional<DatabaseUrl> parsePostgreSql(const QString &text, QString *error);

    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = DefaultPort;
    QString m_user;
    QString m_database;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace syncdesk
