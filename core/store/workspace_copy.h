#pragma once

#include "store/table_access.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace syncdesk {

// One table of a workspace copy and the rows it took.
struct CopiedTable
{
    QString name;
    qint64 rows = 0;
};

struct WorkspaceCopyResult
{
    enum class Outcome
    {
        Copied,
        TargetNotEmpty, // the target holds data; nothing was changed
        SchemaMismatch, // source and target are not at the same schema step
        Failed,         // a statement failed; the target was rolled back
    };

    Outcome outcome = Outcome::Failed;
    QString message; // for the admin, when not Copied; English, as syncdesk-cli's
    QList<CopiedTable> tables;
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == Outcome::Copied; }
    qint64 totalRows() const;
};

// Copies a SQLite workspace into a PostgreSQL store migrated to the same schema step, for
// `syncdesk-cli migrate --to` (team mode, issue 15): every table of the source's schema (read
// from sqlite_master, so a table a later step adds is copied without anyone listing it),
// with its ids, in one transaction of the target that holds the store's write lock, after
// which each identity sequence goes on past the copied ids. The source is only read, in one
// read transaction (a consistent snapshot). The target must hold nothing but what the schema
// steps themselves put there (the install id's setting): those rows are replaced by the
// source's, which keeps the workspace's install id and so its external ids in the org.
class WorkspaceCopy : public TableAccess
{
public:
    WorkspaceCopy(QSqlDatabase source, QSqlDatabase target);

    WorkspaceCopyResult copy();

    // The target's tables holding rows that a freshly migrated store at `schemaVersion`
    // would not, each as "table (N rows)"; empty when it holds no data. Any table of the
    // database's schema counts, SyncDesk's or not. nullopt (with `error`) if unreadable.
    static std::optional<QStringList> tablesWithData(const QSqlDatabase &target, int schemaVersion,
                                                     QString *error);

    // Rows per INSERT: one bound JSON array each, taken apart by json_populate_recordset;
    // fewer when they are large (cached describes, say), so a statement stays a few MB.
    static constexpr int kRowsPerStatement = 5'000;
    static constexpr qsizetype kCharsPerStatement = 4 * 1024 * 1024;

private:
    struct Table
    {
        QString name;
        QStringList columns;
        QStringList identityColumns;
    };

    bool readTables(QList<Table> *tables, WorkspaceCopyResult *result) const;
    bool copyTable(const Table &table, qint64 *rows, QString *error) const;

    QSqlDatabase m_source;
};

} // namespace syncdesk
