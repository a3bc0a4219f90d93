#include "store/database.h"

#include "store/database_url.h"
#include "store/postgres_database.h"
#include "store/schema_migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

Q_LOGGING_CATEGORY(lcStore, "syncdesk.store")

// SQLite's result codes as QSqlError::nativeErrorCode() gives them.
const QString SqliteCorrupt = u"11"_s;
const QString SqliteNotADatabase = u"26"_s;

// Names the connections of one thread and removes them when the thread ends, so
// a later thread can never pick up a connection it does not own.
struct ThreadConnections
{
    int threadNumber = nextThreadNumber();
    QStringList names;

    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }

    static int nextThreadNumber()
    {
        static std::atomic<int> counter{0};
        return ++counter;
    }
};

thread_local ThreadConnections t_connections;

QString connectionName(const QString &path)
{
    return u"syncdesk-store/%1/%2"_s.arg(t_connections.threadNumber).arg(path);
}

std::optional<QString> pragmaAnswer(QSqlDatabase &db, const QString &statement,
                                    QSqlError *error = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        if (error)
            *error = query.lastError();
        return std::nullopt;
    }
    return query.next() ? query.value(0).toString() : QString();
}

StoreError errorFor(const QString &path, const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == SqliteCorrupt || code == SqliteNotADatabase)
        return {StoreError::Kind::Corrupt,
                u"The SyncDesk database %1 is damaged or is not a database (%2). It was "
                "left as it is; move it aside to start afresh."_s.arg(path, error.text())};
    return {StoreError::Kind::CannotOpen,
            u"Could not open the SyncDesk database %1: %2"_s.arg(path, error.text())};
}

// Sets and checks the pragmas every connection needs.
std::optional<StoreError> configure(QSqlDatabase &db, const QString &path,
                                    DatabaseConnection &connection)
{
    auto fail = [&](const QString &what) {
        return StoreError{StoreError::Kind::CannotOpen,
                          u"Could not set up the SyncDesk database %1: %2"_s.arg(path, what)};
    };

    // The first statement on a new connection is where SQLite reads the file's header,
    // so a file that is not a database is found here.
    QSqlError journalError;
    const std::optional<QString> journal =
        pragmaAnswer(db, u"PRAGMA journal_mode=WAL"_s, &journalError);
    if (!journal)
        return errorFor(path, journalError);
    connection.journalModeName = journal->toLower();
    if (connection.journalModeName == u"wal") {
        connection.journalMode = JournalMode::Wal;
    } else {
        // Refused (e.g. no shared memory on this filesystem): SQLite's own default.
        const std::optional<QString> fallback = pragmaAnswer(db, u"PRAGMA journal_mode=DELETE"_s);
        if (fallback)
            connection.journalModeName = fallback->toLower();
        connection.journalMode = JournalMode::Rollback;
        qCInfo(lcStore) << "WAL refused for" << path << "- using journal mode"
                        << connection.journalModeName;
    }

    pragmaAnswer(db, u"PRAGMA foreign_keys=ON"_s);
    if (pragmaAnswer(db, u"PRAGMA foreign_keys"_s) != u"1"_s)
        return fail(u"foreign keys could not be enabled"_s);

    pragmaAnswer(db, u"PRAGMA busy_timeout=%1"_s.arg(Database::BusyTimeoutMs));
    if (pragmaAnswer(db, u"PRAGMA busy_timeout"_s) != QString::number(Database::BusyTimeoutMs))
        return fail(u"the busy timeout could not be set"_s);
    // A first import or a large CSV writes tens of megabytes in one transaction; SQLite's
    // default 2 MiB page cache spills mid-transaction and re-reads what it just wrote.
    pragmaAnswer(db, u"PRAGMA cache_size=-%1"_s.arg(Database::PageCacheKiB));
    return std::nullopt;
}

} // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/syncdesk.sqlite"_s;
}

std::optional<StoreError> Database::checkExistingFile(const QString &path, int targetVersion)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return std::nullopt;

    // A read-only connection: nothing done here can change a byte of the file, so a
    // damaged or newer database is kept exactly as the admin had it.
    const QString name = connectionName(path) + u"/check"_s;
    std::optional<StoreError> problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            problem = errorFor(path, db.lastError());
        } else {
            QSqlQuery query(db);
            if (!query.exec(u"PRAGMA quick_check"_s)) {
                problem = errorFor(path, query.lastError());
            } else if (!query.next() || query.value(0).toString() != u"ok"_s) {
                problem = StoreError{StoreError::Kind::Corrupt,
                                     u"The SyncDesk database %1 is damaged (integrity check: "
                                     "%2). It was left as it is; move it aside to start "
                                     "afresh."_s.arg(path, query.value(0).toString())};
            } else {
                query.finish();
                SchemaMigrator migrator(db);
                QString versionError;
                const std::optional<int> version = migrator.currentVersion(&versionError);
                if (!version)
                    problem = StoreError{
                        StoreError::Kind::CannotOpen,
                        u"Could not read the schema version of %1: %2"_s.arg(path, versionError)};
                else if (*version > targetVersion)
                    problem = StoreError{
                        StoreError::Kind::TooNew,
                        u"The SyncDesk database %1 is at schema version %2, newer than the "
                        "version %3 this SyncDesk understands. Use a newer SyncDesk, or move "
                        "the file aside to start afresh."_s.arg(path)
                            .arg(*version)
                            .arg(targetVersion)};
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

DatabaseConnection Database::openServer(const QString &location, bool migrate, int targetVersion)
{
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(location, &error);
    if (!url)
        return DatabaseConnection{.error = StoreError{StoreError::Kind::CannotOpen, error}};
    const QString name = connectionName(location);
    if (QSqlDatabase::contains(name)) {
        DatabaseConnection connection;
        connection.db = QSqlDatabase::database(name, false);
        if (connection.db.isOpen() && !migrate) {
            connection.journalModeName = u"postgresql"_s;
            connection.schemaVersion = SchemaMigrator(connection.db).currentVersion().value_or(0);
            return connection;
        }
        connection = {};
        closeForThisThread(location);
    }
    const QByteArray password = PostgresDatabase::rememberedPassword(*url);
    DatabaseConnection connection =
        migrate
            ? PostgresDatabase::open(*url, password, name, targetVersion,
                                     PostgresDatabase::DeadPeerOptions)
            : PostgresDatabase::connect(*url, password, name, PostgresDatabase::DeadPeerOptions);
    if (connection.ok())
        t_connections.names.append(name);
    else
        qCWarning(lcStore).noquote() << connection.error->message;
    return connection;
}

DatabaseConnection Database::open(const QString &path, int targetSchemaVersion)
{
    const int target =
        targetSchemaVersion < 0 ? SchemaMigrator::latestVersion() : targetSchemaVersion;
    if (isServerLocation(path))
        return openServer(path, true, target);
    if (std::optional<StoreError> problem = checkExistingFile(path, target)) {
        qCWarning(lcStore).noquote() << problem->message;
        return DatabaseConnection{.error = problem};
    }

    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return DatabaseConnection{
            .error = StoreError{StoreError::Kind::CannotOpen,
                                u"Could not create the folder for %1"_s.arg(path)}};

    DatabaseConnection connection = forThisThread(path);
    if (!connection.ok())
        return connection;

    SchemaMigrator migrator(connection.db);
    if (std::optional<StoreError> problem = migrator.migrateTo(target)) {
        qCWarning(lcStore).noquote() << problem->message;
        connection = DatabaseConnection{.error = problem};
        closeForThisThread(path);
        return connection;
    }
    connection.schemaVersion = migrator.currentVersion().value_or(0);
    return connection;
}

DatabaseConnection Database::forThisThread(const QString &path)
{
    if (isServerLocation(path))
        return openServer(path, false, -1);
    const QString name = connectionName(path);
    DatabaseConnection connection;
    if (QSqlDatabase::contains(name)) {
        connection.db = QSqlDatabase::database(name, false);
        if (connection.db.isOpen()) {
            // Already set up on this thread: only report what is in force.
            connection.journalModeName =
                pragmaAnswer(connection.db, u"PRAGMA journal_mode"_s).value_or(QString()).toLower();
            connection.journalMode =
                connection.journalModeName == u"wal"_s ? JournalMode::Wal : JournalMode::Rollback;
            connection.schemaVersion = SchemaMigrator(connection.db).currentVersion().value_or(0);
            return connection;
        }
    } else {
        connection.db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        connection.db.setDatabaseName(path);
        connection.db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
        t_connections.names.append(name);
    }
    if (!connection.db.isOpen() && !connection.db.open()) {
        connection.error = errorFor(path, connection.db.lastError());
        connection.db = QSqlDatabase();
        closeForThisThread(path);
        return connection;
    }
    if (std::optional<StoreError> problem = configure(connection.db, path, connection)) {
        connection.error = problem;
        connection.db = QSqlDatabase();
        closeForThisThread(path);
        return connection;
    }
    connection.schemaVersion = SchemaMigrator(connection.db).currentVersion().value_or(0);
    return connection;
}

void Database::closeForThisThread(const QString &path)
{
    const QString name = connectionName(path);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    t_connections.names.removeAll(name);
}

} // namespace syncdesk
