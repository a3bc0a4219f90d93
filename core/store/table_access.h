#pragma once

#include "store/sql_dialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

namespace syncdesk {

// What every store class shares: its thread's connection, prepared statements with
// bound parameters (never values pasted into SQL), and the last error for the caller. The
// same code runs on SQLite and PostgreSQL: what the two spell differently is asked of
// dialect() (store/sql_dialect.h).
class TableAccess
{
public:
    // Ids per set-based statement (runForIds): well under SQLite's and PostgreSQL's
    // limits on bound values.
    static constexpr qsizetype kIdsPerStatement = 500;

    explicit TableAccess(QSqlDatabase db);

    // The database's own words for the last failed statement; empty after a success.
    QString lastError() const { return m_lastError; }

protected:
    QSqlQuery prepared(const QString &sql) const;
    bool run(QSqlQuery &query) const;
    // A statement without bound values, run as it is.
    bool run(const QString &sql) const;

    // A statement this store object runs again and again (a row per record of a page):
    // prepared into `slot` the first time and the same prepared statement after that, so
    // neither backend parses it per row. Bind values by position before each run.
    QSqlQuery &preparedOnce(std::optional<QSqlQuery> &slot, const QString &sql) const
    {
        if (!slot)
            slot = prepared(sql);
        return *slot;
    }

    // An INSERT into a table with an `id` column, and its run: the new row's id, or nullopt
    // when the insert failed.
    QSqlQuery preparedInsert(const QString &sql) const;
    std::optional<qint64> runInsert(QSqlQuery &query) const;

    const SqlDialect &dialect() const { return m_dialect; }

    // Set-based work on many rows at once: "%ids" in `sql` stands for the list, `leading`
    // is bound before it. On SQLite the list is one bound JSON array read by json_each,
    // and `sql` runs once; elsewhere it runs once per chunk of placeholders (chunks of
    // equal size share one prepared statement). onRows reads each statement's result.
    // Returns the rows changed in all, or -1 when a statement failed.
    qint64 runForIds(const QString &sql, const QList<qint64> &ids, const QVariantList &leading = {},
                     const std::function<void(QSqlQuery &)> &onRows = {}) const;
    // The same for keys of any type (CRM ids, say).
    qint64 runForKeys(const QString &sql, const QVariantList &keys,
                      const QVariantList &leading = {},
                      const std::function<void(QSqlQuery &)> &onRows = {}) const;

    // Runs body in one transaction: committed when it returns true, rolled back otherwise.
    bool inTransaction(const std::function<bool()> &body) const;

    // Passes on the error of another store used inside this one's transaction.
    void takeErrorFrom(const TableAccess &other) const { m_lastError = other.m_lastError; }

    QSqlDatabase m_db;

private:
    SqlDialect m_dialect;
    mutable QString m_lastError;
};

} // namespace syncdesk
