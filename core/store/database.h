#pragma once

#include "store/store_error.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace syncdesk {

// The journal the database ended up with. WAL lets the GUI read while the engine
// writes; some filesystems (network shares) refuse it, and then SQLite's default
// rollback journal is used instead.
enum class JournalMode
{
    Wal,
    Rollback,
};

// The calling thread's connection to the store, or why there is none.
struct DatabaseConnection
{
    QSqlDatabase db;
    JournalMode journalMode = JournalMode::Wal;
    QString journalModeName; // as SQLite answered: "wal", "delete", "memory"...
    int schemaVersion = 0;
    std::optional<StoreError> error;

    bool ok() const { return !error.has_value(); }
};

// Opens the store. A QSqlDatabase may only be used on the thread that opened it, so each
// thread gets its own named connection, removed when the thread ends.
//
// `location` is where the store lives: a SQLite file's path (one admin, the default) or a
// PostgreSQL URL (team mode, see DatabaseUrl). Everything that is handed "the database path"
// passes it on unchanged, so the engine's thread, the alert dispatcher and the CSV import each
// get a connection of their own on either backend. A server's password is never part of the
// location: the process registers it once with PostgresDatabase::rememberPassword().
class Database
{
public:
    // QStandardPaths::AppDataLocation + "/syncdesk.sqlite".
    static QString defaultPath();

    // At start-up, once: checks an existing file without writing to it (a damaged or
    // newer file is reported and left exactly as it was), then opens it for this thread
    // and applies the pending schema files in one transaction.
    // On PostgreSQL, the schema steps run under the migration lock (SchemaMigrator), so two
    // processes starting at once never migrate twice.
    static DatabaseConnection open(const QString &path, int targetSchemaVersion = -1);

    // Any thread, after open() succeeded once: this thread's connection, with WAL,
    // foreign keys and busy timeout set and checked. No migration.
    static DatabaseConnection forThisThread(const QString &path);

    // Closes and forgets this thread's connection to path (for tests and shutdown).
    static void closeForThisThread(const QString &path);

    // Whether location names a PostgreSQL server rather than a SQLite file.
    static bool isServerLocation(const QString &location);

    static constexpr int BusyTimeoutMs = 5000;
    static constexpr int PageCacheKiB = 32 * 1024; // per connection, used only as needed

private:
    static std::optional<StoreError> checkExistingFile(const QString &path, int targetVersion);
    static DatabaseConnection openServer(const QString &location, bool migrate, int targetVersion);
};

} // namespace syncdesk
