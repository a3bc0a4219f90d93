#pragma once

#include "store/database_url.h"
#include "store/store_error.h"

#include <QSqlDatabase>
#include <optional>

namespace syncdesk {

// Brings a database forward through the numbered schema files embedded in the library
// (core/store/schema/, see its README.md): step N is schema-N.sql, or the backend's own
// schema-N.<sqlite|postgresql>.sql where the dialects differ. Forward only: there is no
// way down. SQLite and PostgreSQL (QPSQL) connections.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(QSqlDatabase db);

    // The highest schema step the program carries.
    static int latestVersion();
    // The resource file of step `version` on `backend`; empty when it has none.
    static QString schemaPath(int version, DatabaseUrl::Backend backend);
    // The advisory lock key that serialises migrations on PostgreSQL.
    static constexpr qint64 PostgresMigrationLockKey = 0x5379'6e63'4465'736b; // "SyncDesk"

    // The version recorded in schema_version; 0 for an empty database.
    std::optional<int> currentVersion(QString *error = nullptr) const;

    // Applies every schema step above the current version up to target, all in one
    // transaction: a failure leaves the database as it was. On PostgreSQL the transaction
    // first takes an advisory lock, so a second process migrating at the same time waits
    // and then finds the steps applied.
    std::optional<StoreError> migrateTo(int targetVersion);

private:
    static QString schemaText(int version, DatabaseUrl::Backend backend);
    static QStringList statementsOf(const QString &schemaText);
    DatabaseUrl::Backend backend() const;
    // What error messages call the database: its file, or user@host:port/database.
    QString description() const;
    // PostgreSQL: whether the user may create tables in the store's schema (only the owner
    // of a team-mode database may), and the role that owns its tables.
    bool mayCreateTables() const;
    QString tablesOwner() const;

    QSqlDatabase m_db;
};

} // namespace syncdesk
