#include "store/postgres_database.h"

#include "store/schema_migrator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

Q_LOGGING_CATEGORY(lcPostgres, "syncdesk.store.postgres")

struct PostgresText
{
    Q_DECLARE_TR_FUNCTIONS(PostgresDatabase)
};

// libpq's words when the server wants a password it was not given, or refused the one given.
bool asksForPassword(const QString &serverText)
{
    return serverText.contains(u"no password supplied"_s) ||
           serverText.contains(u"password authentication failed"_s) ||
           serverText.contains(u"fe_sendauth"_s);
}

// Passwords by DatabaseUrl::passwordKey(); any thread may open a connection.
struct RememberedPasswords
{
    QMutex mutex;
    QHash<QString, QByteArray> byKey;
};

RememberedPasswords &rememberedPasswords()
{
    static RememberedPasswords passwords;
    return passwords;
}

StoreError cannotOpen(const QString &message)
{
    return StoreError{StoreError::Kind::CannotOpen, message};
}

} // namespace

DatabaseConnection PostgresDatabase::connect(const DatabaseUrl &url, const QByteArray &password,
                                             const QString &connectionName,
                                             const QString &extraOptions)
{
    DatabaseConnection connection;
    if (!url.isPostgreSql()) {
        connection.error = cannotOpen(
            PostgresText::tr("%1 is not a PostgreSQL database.").arg(url.displayString()));
        return connection;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        connection.error = cannotOpen(
            PostgresText::tr("Qt's PostgreSQL driver (QPSQL) is not installed: install the "
                             "package libqt6sql6-psql to use %1.")
                .arg(url.displayString()));
        return connection;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.databaseName());
    db.setPassword(QString::fromUtf8(password));
    db.setConnectOptions(extraOptions.isEmpty() ? url.connectOptions()
                                                : extraOptions + u';' + url.connectOptions());
    const bool opened = db.open();
    // The driver keeps what it connected with; nothing later needs the password.
    db.setPassword(QString());
    if (!opened) {
        const QString serverText = db.lastError().text();
        if (asksForPassword(serverText) && password.isEmpty())
            connection.error = cannotOpen(
                PostgresText::tr("The PostgreSQL server %1 asks for the password of %2, and the "
                                 "keychain has none under %3. Store it there first: "
                                 "syncdesk-cli --database %1 database-password")
                    .arg(url.displayString(), url.userName(), url.passwordKey()));
        else if (asksForPassword(serverText))
            connection.error = cannotOpen(
                PostgresText::tr("The PostgreSQL server %1 refused the password of %2 "
                                 "(keychain entry %3): %4")
                    .arg(url.displayString(), url.userName(), url.passwordKey(), serverText));
        else
            connection.error =
                cannotOpen(PostgresText::tr("Could not connect to the SyncDesk database %1: %2")
                               .arg(url.displayString(), serverText));
        qCWarning(lcPostgres).noquote() << connection.error->message;
        db = QSqlDatabase();
        close(connectionName);
        return connection;
    }

    QSqlQuery version(db);
    if (!version.exec(u"SHOW server_version_num"_s) || !version.next() ||
        version.value(0).toInt() < MinimumServerVersion) {
        connection.error =
            cannotOpen(PostgresText::tr("The PostgreSQL server of %1 is version %2; SyncDesk needs "
                                        "PostgreSQL 13 or newer.")
                           .arg(url.displayString(), version.value(0).toString()));
        version = QSqlQuery();
        db = QSqlDatabase();
        close(connectionName);
        return connection;
    }
    version = QSqlQuery();

    connection.db = db;
    connection.journalModeName = u"postgresql"_s;
    connection.schemaVersion = SchemaMigrator(db).currentVersion().value_or(0);
    return connection;
}

DatabaseConnection PostgresDatabase::open(const DatabaseUrl &url, const QByteArray &password,
                                          const QString &connectionName, int targetSchemaVersion,
                                          const QString &extraOptions)
{
    DatabaseConnection connection = connect(url, password, connectionName, extraOptions);
    if (!connection.ok())
        return connection;
    const int target =
        targetSchemaVersion < 0 ? SchemaMigrator::latestVersion() : targetSchemaVersion;
    std::optional<StoreError> problem = SchemaMigrator(connection.db).migrateTo(target);
    if (problem) {
        qCWarning(lcPostgres).noquote() << problem->message;
        connection = DatabaseConnection{.error = problem};
        close(connectionName);
        return connection;
    }
    connection.schemaVersion = SchemaMigrator(connection.db).currentVersion().value_or(0);
    return connection;
}

void PostgresDatabase::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

void PostgresDatabase::rememberPassword(const DatabaseUrl &url, const QByteArray &password)
{
    RememberedPasswords &passwords = rememberedPasswords();
    const QMutexLocker locker(&passwords.mutex);
    passwords.byKey.insert(url.passwordKey(), password);
}

QByteArray PostgresDatabase::rememberedPassword(const DatabaseUrl &url)
{
    RememberedPasswords &passwords = rememberedPasswords();
    const QMutexLocker locker(&passwords.mutex);
    return passwords.byKey.value(url.passwordKey());
}

} // namespace syncdesk
