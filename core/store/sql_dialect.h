#pragma once

#include "store/database.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace syncdesk {

// The SQL that the store's two backends spell differently, in one place. Everything else the
// store classes write is SQL both SQLite and PostgreSQL run as it is (ON CONFLICT … DO UPDATE,
// CAST(? AS BIGINT), a subquery named with AS, booleans as INTEGER 0/1), so a store class
// asks here only for the few pieces below.
class SqlDialect
{
public:
    explicit SqlDialect(const QSqlDatabase &db)
        : m_sqlite(db.driverName() == QLatin1StringView("QSQLITE"))
    {}

    bool isSqlite() const { return m_sqlite; }

    // Opens a transaction that will write, holding the store's write lock until it ends, as
    // every store class expects: a transaction that reads and then writes (a record's fields
    // merged with a change, the next free id) sees nobody else's write in between. SQLite's
    // plain BEGIN is deferred: such a transaction fails at once with SQLITE_BUSY when another
    // connection wrote meanwhile, busy_timeout or not; BEGIN IMMEDIATE takes the write lock
    // first and so waits its turn. PostgreSQL's row locks alone would let two consoles' edits
    // of one record both read it before either wrote, the second write losing the first, so
    // the transaction takes a transaction-level advisory lock, released when it ends. Its
    // waits for a lock end as SQLite's do, after Database::BusyTimeoutMs, with an error rather
    // than a window that hangs behind someone's long import.
    QStringList beginWrite() const
    {
        if (m_sqlite)
            return {QStringLiteral("BEGIN IMMEDIATE")};
        return {QStringLiteral("BEGIN"),
                QStringLiteral("SET LOCAL lock_timeout = %1").arg(Database::BusyTimeoutMs),
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kPostgresWriteLockKey)};
    }

    // The advisory lock key of the store's writing transactions on PostgreSQL.
    static constexpr qint64 kPostgresWriteLockKey = 0x5379'6e63'5772'6974; // "SyncWrit"

    // An INSERT into a table with an `id` column that hands the new id back: SQLite gives
    // it as the statement's last insert rowid, PostgreSQL (identity columns have no OID)
    // only through RETURNING. Read it with TableAccess::runInsert.
    QString returningId(const QString &insert) const
    {
        return m_sqlite ? insert : insert + QStringLiteral(" RETURNING id");
    }

    // The larger of two values: SQLite's two-argument max(), PostgreSQL's GREATEST.
    QString greatest(const QString &a, const QString &b) const
    {
        return (m_sqlite ? QStringLiteral("MAX(") : QStringLiteral("GREATEST(")) + a +
               QStringLiteral(", ") + b + QStringLiteral(")");
    }

    // The members of a JSON object held as text in `column`, as rows of a FROM clause named
    // `alias` with a `key` column; jsonMemberText(alias) is each member's value as JSON
    // text (a string quoted and escaped, a number, true, false or null as its literal).
    QString jsonObjectMembers(const QString &column, const QString &alias) const
    {
        return m_sqlite ? QStringLiteral("json_each(%1) %2").arg(column, alias)
                        : QStringLiteral("json_each(CAST(%1 AS json)) %2").arg(column, alias);
    }

    QString jsonMemberText(const QString &alias) const
    {
        // SQLite's value is the SQL value (a string without its quotes), json_quote puts
        // them back; true and false come back as 1 and 0 and are named by their type.
        return m_sqlite ? QStringLiteral("CASE %1.type WHEN 'true' THEN 'true' WHEN 'false' "
                                         "THEN 'false' ELSE json_quote(%1.value) END")
                              .arg(alias)
                        : QStringLiteral("CAST(%1.value AS text)").arg(alias);
    }

    // A member of a JSON object held as text in `column`, as text (SQL NULL when absent).
    // `key` is a plain name written into the SQL, never a value from outside.
    QString jsonFieldText(const QString &column, const QString &key) const
    {
        return m_sqlite ? QStringLiteral("json_extract(%1, '$.%2')").arg(column, key)
                        : QStringLiteral("(CAST(%1 AS json) ->> '%2')").arg(column, key);
    }

    // A LIKE that ignores the case of letters, as the window's searches expect: SQLite's
    // LIKE already does (for ASCII), PostgreSQL's does not and has ILIKE for it.
    QString likeIgnoringCase() const
    {
        return m_sqlite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
    }

    // To follow an ORDER BY key that may be NULL: SQLite puts NULLs first in ascending order
    // and last in descending, PostgreSQL the other way round; this makes PostgreSQL's order
    // SQLite's (empty on SQLite), so that a list reads the same on both backends.
    QString nullsAsSqlite(bool ascending) const
    {
        if (m_sqlite)
            return QString();
        return ascending ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
    }

    // For a transaction that numbers new rows of `table` itself (MAX(id) + 1 on): the
    // statement to run first, so that nobody else adds rows until it commits (on SQLite the
    // write transaction's lock already does that: empty), and the one to run after, so that
    // the table's own numbering goes on past the ids given (PostgreSQL's identity sequence
    // does not see them; SQLite numbers from MAX(rowid): empty). A workspace copied in with
    // its ids (WorkspaceCopy) moves each identity column's numbering the same way.
    QString lockBeforeNumbering(const QString &table) const
    {
        return m_sqlite ? QString()
                        : QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(table);
    }

    QString numberingAfter(const QString &table, const QString &column = QStringLiteral("id")) const
    {
        return m_sqlite ? QString()
                        : QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                         "MAX(%2)) FROM %1 HAVING MAX(%2) IS NOT NULL")
                              .arg(table, column);
    }

private:
    bool m_sqlite = true;
};

} // namespace syncdesk
