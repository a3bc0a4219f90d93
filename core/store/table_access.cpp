#include "store/table_access.h"

#include <QLoggingCategory>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {
Q_LOGGING_CATEGORY(lcStoreQuery, "syncdesk.store.query")
}

TableAccess::TableAccess(QSqlDatabase db)
    : m_db(std::move(db))
{}

QSqlQuery TableAccess::prepared(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        m_lastError = query.lastError().text();
    return query;
}

bool TableAccess::run(QSqlQuery &query) const
{
    if (query.exec()) {
        m_lastError.clear();
        return true;
    }
    // Only the statement and SQLite's message: bound values may be personal data.
    m_lastError = query.lastError().text();
    qCWarning(lcStoreQuery).noquote() << m_lastError << u"in"_s << query.lastQuery();
    return false;
}

bool TableAccess::run(const QString &sql) const
{
    QSqlQuery query = prepared(sql);
    return run(query);
}

bool TableAccess::inTransaction(const std::function<bool()> &body) const
{
    QSqlDatabase db = m_db;
    // SQLite's plain BEGIN is deferred: a transaction that reads and then writes fails at
    // once with SQLITE_BUSY when another connection wrote meanwhile, busy_timeout or not.
    // BEGIN IMMEDIATE takes the write lock first and so waits its turn instead.
    const bool sqlite = db.driverName() == u"QSQLITE"_s;
    QSqlQuery begin(db);
    if (sqlite ? !begin.exec(u"BEGIN IMMEDIATE"_s) : !db.transaction()) {
        m_lastError = sqlite ? begin.lastError().text() : db.lastError().text();
        return false;
    }
    if (!body()) {
        const QString why = m_lastError;
        db.rollback();
        m_lastError = why;
        return false;
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace syncdesk
