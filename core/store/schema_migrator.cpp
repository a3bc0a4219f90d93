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

QString schemaPath(int version)
{
    return u":/syncdesk/schema/schema-%1.sql"_s.arg(version);
}

} // namespace

SchemaMigrator::SchemaMigrator(QSqlDatabase db)
    : m_db(std::move(db))
{}

int SchemaMigrator::latestVersion()
{
    // The files are numbered without gaps, so the first missing one ends the set.
    int version = 0;
    while (QFile::exists(schemaPath(version + 1)))
        ++version;
    return version;
}

std::optional<int> SchemaMigrator::currentVersion(QString *error) const
{
    if (!m_db.tables().contains(u"schema_version"_s))
        return 0;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).isNull() ? 0 : query.value(0).toInt();
}

QString SchemaMigrator::schemaText(int version)
{
    QFile file(schemaPath(version));
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

std::optional<StoreError> SchemaMigrator::migrateTo(int targetVersion)
{
    const QString file = m_db.databaseName();
    auto failure = [&](const QString &what) {
        m_db.rollback();
        return StoreError{StoreError::Kind::MigrationFailed,
                          u"Could not update the SyncDesk database %1: %2"_s.arg(file, what)};
    };

    if (!m_db.transaction())
        return failure(m_db.lastError().text());

    QSqlQuery query(m_db);
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS schema_version ("
                    "version INTEGER NOT NULL PRIMARY KEY, applied_at BIGINT NOT NULL)"_s))
        return failure(query.lastError().text());

    QString versionError;
    const std::optional<int> current = currentVersion(&versionError);
    if (!current)
        return failure(versionError);
    if (*current > targetVersion) {
        m_db.rollback();
        return StoreError{StoreError::Kind::TooNew,
                          u"The SyncDesk database %1 is at schema version %2, newer than the "
                          "version %3 this SyncDesk understands. Use a newer SyncDesk, or "
                          "move the file aside to start afresh."_s.arg(file)
                              .arg(*current)
                              .arg(targetVersion)};
    }

    for (int version = *current + 1; version <= targetVersion; ++version) {
        const QString text = schemaText(version);
        if (text.isEmpty())
            return failure(u"schema file %1 is missing"_s.arg(schemaPath(version)));
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
