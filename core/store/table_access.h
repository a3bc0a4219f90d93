#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>

namespace syncdesk {

// What every store class shares: its thread's connection, prepared statements with
// bound parameters (never values pasted into SQL), and the last error for the caller.
class TableAccess
{
public:
    explicit TableAccess(QSqlDatabase db);

    // The database's own words for the last failed statement; empty after a success.
    QString lastError() const { return m_lastError; }

protected:
    QSqlQuery prepared(const QString &sql) const;
    bool run(QSqlQuery &query) const;
    bool run(const QString &sql) const;

    // Runs body in one transaction: committed when it returns true, rolled back otherwise.
    bool inTransaction(const std::function<bool()> &body) const;

    // Passes on the error of another store used inside this one's transaction.
    void takeErrorFrom(const TableAccess &other) const { m_lastError = other.m_lastError; }

    QSqlDatabase m_db;

private:
    mutable QString m_lastError;
};

} // namespace syncdesk
