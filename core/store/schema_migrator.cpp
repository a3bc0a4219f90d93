#include "store/schema_migrator.h"

#include "store/store_time.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

QString sharedSchemaPath(int version)
{
    return u":/syncdesk/schema/schema-%1.sql"_s.arg(version);
}

QString backendSchemaPath(int version, DatabaseUrl::Backend backend)
{
    return u":/syncdesk/schema/schema-%1.%2.sql"_s.arg(version).arg(
        backend == DatabaseUrl::Backend::PostgreSql ? u"postgresql"_s : u"sqlite"_s);
}

bool stepExists(int version)
{
    return QFile::exists(sharedSchemaPath(version)) ||
           QFile::exists(backendSchemaPath(version, DatabaseUrl::Backend::Sqlite)) ||
           QFile::exists(backendSchemaPath(version, DatabaseUrl::Backend::PostgreSql));
}

} // namespace

SchemaMigrator::SchemaMigrator(QSqlDatabase db)
    : m_db(std::move(db))
{}

int SchemaMigrator::latestVersion()
{
    // The steps are numbered without gaps, so the first missing one ends the set.
    int version = 0;
    while (stepExists(version + 1))
        ++version;
    return version;
}

QString SchemaMigrator::schemaPath(int version, DatabaseUrl::Backend backend)
{
    const QString own = backendSchemaPath(version, backend);
    if (QFile::exists(own))
        return own;
    const QString shared = sharedSchemaPath(version);
    return QFile::exists(shared) ? shared : QString();
}

DatabaseUrl::Backend SchemaMigrator::backend() const
{
    return m_db.driverName() == u"QPSQL"_s ? DatabaseUrl::Backend::PostgreSql
                                           : DatabaseUrl::Backend::Sqlite;
}

QString SchemaMigrator::description() const
{
    if (backend() == DatabaseUrl::Backend::Sqlite)
        return m_db.databaseName();
    return u"%1@%2:%3/%4"_s.arg(m_db.userName(), m_db.hostName())
        .arg(m_db.port() < 0 ? DatabaseUrl::DefaultPort : m_db.port())
        .arg(m_db.databaseName());
}

std::optional<int> SchemaMigrator::currentVersion(QString *error) const
{
    QSqlQuery query(m_db);
    if (backend() == DatabaseUrl::Backend::PostgreSql) {
        // The table as the connection's search_path finds it (tables() lists only 'public').
        if (!query.exec(u"SELECT to_regclass('schema_version') IS NOT NULL"_s) || !query.next()) {
            if (error)
                *error = query.lastError().text();
            return std::nullopt;
        }
        if (!query.value(0).toBool())
            return 0;
    } else if (!m_db.tables().contains(u"schema_version"_s)) {
        return 0;
    }
    if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).isNull() ? 0 : query.value(0).toInt();
}

QString SchemaMigrator::schemaText(int version, DatabaseUrl::Backend backend)
{
    QFile file(schemaPath(version, backend));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList SchemaMigrator::statementsOf(const QString &schemaText)
{
    // Qt Sql runs one statement per exec(). The schema files keep to a simple shape
    // (no triggers, no ';' inside literals), so a ';' that ends a line ends a statement.
    QStringList statements;
    QString current;
    const QStringList lines = schemaText.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u"--"_s))
            continue;
        current += line + u'\n';
        if (line.endsWith(u';')) {
            current.chop(2); // the ';' and the newline
            statements.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current);
    return statements;
}

bool SchemaMigrator::mayCreateTables() const
{
    QSqlQuery query(m_db);
    return query.exec(u"SELECT has_schema_privilege(current_schema(), 'CREATE')"_s) &&
           query.next() && query.value(0).toBool();
}

QString SchemaMigrator::tablesOwner() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT pg_get_userbyid(relowner) FROM pg_class "
                    "WHERE oid = to_regclass('schema_version')"_s) ||
        !query.next())
        return QString();
    return query.value(0).toString();
}

std::optional<StoreError> SchemaMigrator::migrateTo(int targetVersion)
{
    const QString file = description();
    auto failure = [&](const QString &what) {
        m_db.rollback();
        return StoreError{StoreError::Kind::MigrationFailed,
                          u"Could not update the SyncDesk database %1: %2"_s.arg(file, what)};
    };

    const bool postgres = backend() == DatabaseUrl::Backend::PostgreSql;
    auto tooNew = [&](int current) {
        return StoreError{
            StoreError::Kind::TooNew,
            u"The SyncDesk database %1 is at schema version %2, newer than the "
            "version %3 this SyncDesk understands. Use a newer SyncDesk%4."_s.arg(file)
                .arg(current)
                .arg(targetVersion)
                .arg(postgres ? QString() : u", or move the file aside to start afresh"_s)};
    };

    // Up to date: nothing to lock or create. Team mode's viewers and admins, who may create
    // nothing (packaging/team-mode-roles.sql), open the store through here too; only the
    // owner migrates, and they are told so rather than shown "permission denied".
    const std::optional<int> before = currentVersion();
    if (targetVersion > 0 && before == targetVersion)
        return std::nullopt;
    if (postgres && before && *before > 0 && !mayCreateTables()) {
        if (*before > targetVersion)
            return tooNew(*before);
        return StoreError{StoreError::Kind::MigrationFailed,
                          u"The SyncDesk database %1 is at schema version %2 and this SyncDesk "
                          "needs version %3. Only the owner of its tables (%4) can upgrade it: "
                          "start SyncDesk once as %4, then again as %5."_s.arg(file)
                              .arg(*before)
                              .arg(targetVersion)
                              .arg(tablesOwner(), m_db.userName())};
    }

    if (!m_db.transaction())
        return failure(m_db.lastError().text());

    QSqlQuery query(m_db);
    // Held until the transaction ends: a second process waits here, then reads the version
    // this one recorded. (SQLite's write lock does the same for a file.)
    // (The NOTICE of an existing schema_version would go to stderr at every start.)
    if (postgres &&
        (!query.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(PostgresMigrationLockKey)) ||
         !query.exec(u"SET LOCAL client_min_messages = warning"_s)))
        return failure(query.lastError().text());
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS schema_version ("
                    "version INTEGER NOT NULL PRIMARY KEY, applied_at BIGINT NOT NULL)"_s))
        return failure(query.lastError().text());

    QString versionError;
    const std::optional<int> current = currentVersion(&versionError);
    if (!current)
        return failure(versionError);
    if (*current > targetVersion) {
        m_db.rollback();
        return tooNew(*current);
    }

    for (int version = *current + 1; version <= targetVersion; ++version) {
        const QString text = schemaText(version, backend());
        if (text.isEmpty())
            return failure(u"schema step %1 has no file for this database"_s.arg(version));
        const QStringList statements = statementsOf(text);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return failure(u"schema %1: %2"_s.arg(version).arg(query.lastError().text()));
        }
        query.prepare(u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_s);
        query.addBindValue(version);
        query.addBindValue(store_time::toColumn(QDateTime::currentDateTimeUtc()));
        if (!query.exec())
            return failure(query.lastError().text());
    }

    if (!m_db.commit())
        return failure(m_db.lastError().text());
    return std::nullopt;
}

} // namespace syncdesk
