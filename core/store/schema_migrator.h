#pragma once

#include "store/store_error.h"

#include <QSqlDatabase>
#include <optional>

namespace syncdesk {

// Brings a database forward through the numbered schema files embedded in the library
// (core/store/schema/schema-N.sql). Forward only: there is no way down.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(QSqlDatabase db);

    // The highest schema file the program carries.
    static int latestVersion();

    // The version recorded in schema_version; 0 for an empty database.
    std::optional<int> currentVersion(QString *error = nullptr) const;

    // Applies every schema file above the current version up to target, all in one
    // transaction: a failure leaves the database as it was.
    std::optional<StoreError> migrateTo(int targetVersion);

private:
    static QString schemaText(int version);
    static QStringList statementsOf(const QString &schemaText);

    QSqlDatabase m_db;
};

} // namespace syncdesk
