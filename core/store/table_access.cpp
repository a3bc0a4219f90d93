#include "store/table_access.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QVariant>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {
Q_LOGGING_CATEGORY(lcStoreQuery, "syncdesk.store.query")
}

TableAccess::TableAccess(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(m_db)
{}

QSqlQuery TableAccess::prepared(const QString &sql) const
{
    QSqlQuery query(m_db);
    // Rows are read once, in order: without this Qt's SQLite driver keeps a copy of every
    // row read so far, which a read of thousands of rows pays for row by row.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        m_lastError = query.lastError().text();
    return query;
}

bool TableAccess::run(QSqlQuery &query) const
{
    if (!m_dialect.isSqlite()) {
        // Booleans are INTEGER 0/1 on both backends (schema/README.md). SQLite stores a bound
        // bool as 0 or 1; Qt's PostgreSQL driver sends TRUE or FALSE, which no INTEGER
        // column takes.
        const QVariantList values = query.boundValues();
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i).typeId() == QMetaType::Bool)
                query.bindValue(int(i), values.at(i).toBool() ? 1 : 0);
        }
    }
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
    // Nothing to bind, so nothing to prepare: PostgreSQL prepares only queries and DML, not
    // LOCK or SET, and SQLite prepares what it runs anyway.
    QSqlQuery query(m_db);
    if (query.exec(sql)) {
        m_lastError.clear();
        return true;
    }
    m_lastError = query.lastError().text();
    qCWarning(lcStoreQuery).noquote() << m_lastError << u"in"_s << sql;
    return false;
}

QSqlQuery TableAccess::preparedInsert(const QString &sql) const
{
    return prepared(m_dialect.returningId(sql));
}

std::optional<qint64> TableAccess::runInsert(QSqlQuery &query) const
{
    if (!run(query))
        return std::nullopt;
    if (m_dialect.isSqlite())
        return query.lastInsertId().toLongLong();
    if (!query.next()) {
        m_lastError = u"the insert gave no id back"_s;
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

qint64 TableAccess::runForIds(const QString &sql, const QList<qint64> &ids,
                              const QVariantList &leading,
                              const std::function<void(QSqlQuery &)> &onRows) const
{
    QVariantList keys;
    keys.reserve(ids.size());
    for (qint64 id : ids)
        keys.append(id);
    return runForKeys(sql, keys, leading, onRows);
}

qint64 TableAccess::runForKeys(const QString &sql, const QVariantList &ids,
                               const QVariantList &leading,
                               const std::function<void(QSqlQuery &)> &onRows) const
{
    if (ids.isEmpty())
        return 0;
    // SQLite takes the whole list as one bound JSON array, read back by json_each: one
    // statement, one short parse and one bound value instead of a placeholder per key
    // (Qt's binding costs more per value than SQLite's work on the row).
    if (m_dialect.isSqlite()) {
        QJsonArray keys;
        for (const QVariant &id : ids)
            keys.append(QJsonValue::fromVariant(id));
        QSqlQuery query =
            prepared(QString(sql).replace(u"%ids"_s, u"SELECT value FROM json_each(?)"_s));
        int position = 0;
        for (const QVariant &value : leading)
            query.bindValue(position++, value);
        query.bindValue(position,
                        QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)));
        if (!run(query))
            return -1;
        if (!query.isSelect())
            return std::max(0, query.numRowsAffected());
        if (onRows)
            onRows(query);
        return 0;
    }
    auto statementFor = [&](qsizetype count) {
        QString placeholders = u"?"_s.repeated(count);
        for (qsizetype i = count - 1; i > 0; --i)
            placeholders.insert(i, u',');
        return prepared(QString(sql).replace(u"%ids"_s, placeholders));
    };
    std::optional<QSqlQuery> fullChunk;
    qint64 changed = 0;
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        const qsizetype count = std::min(kIdsPerStatement, ids.size() - start);
        std::optional<QSqlQuery> partChunk;
        if (count == kIdsPerStatement && !fullChunk)
            fullChunk = statementFor(count);
        else if (count != kIdsPerStatement)
            partChunk = statementFor(count);
        QSqlQuery &query = partChunk ? *partChunk : *fullChunk;
        int position = 0;
        for (const QVariant &value : leading)
            query.bindValue(position++, value);
        for (qsizetype i = start; i < start + count; ++i)
            query.bindValue(position++, ids.at(i));
        if (!run(query))
            return -1;
        if (query.isSelect()) {
            if (onRows)
                onRows(query);
        } else {
            changed += std::max(0, query.numRowsAffected());
        }
        query.finish();
    }
    return changed;
}

bool TableAccess::inTransaction(const std::function<bool()> &body) const
{
    QSqlDatabase db = m_db;
    const QStringList begin = m_dialect.beginWrite();
    for (const QString &statement : begin) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            m_lastError = query.lastError().text();
            if (statement != begin.first())
                db.rollback();
            return false;
        }
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
