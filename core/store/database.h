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

// Opens the SQLite store. A QSqlDatabase may only be used on the thread that opened
// it, so each thread gets its own named connection, removed when the thread ends.
class Database
{
public:
    // QStandardPaths::AppDataLocation + "/syncdesk.sqlite".
    static QString defaultPath();

    // At start-up, once: checks an existing file without writing to it (a damaged or
    // newer file is reported and left exactly as it was), then opens it for this thread
    // and applies the pending schema files in one transaction.
    static DatabaseConnection open(const QString &path, int targetSchemaVersion = -1);

    // Any thread, after open() succeeded once: this thread's connection, with WAL,
    // foreign keys and busy timeout set and checked. No migration.
    static DatabaseConnection forThisThread(const QString &path);

    // Closes and forgets this thread's connection to path (for tests and shutdown).
    static void closeForThisThread(const QString &path);

    static constexpr int BusyTimeoutMs = 5000;
    static constexpr int PageCacheKiB = 32 * 1024; // per connection, used only as needed

private:
    static std::optional<StoreError> checkExistingFile(const QString &path, int targetVersion);
};

} // namespace syncdesk
