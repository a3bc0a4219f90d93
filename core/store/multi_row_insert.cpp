#include "store/multi_row_insert.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

MultiRowInsert::MultiRowInsert(QSqlDatabase db, const QString &table, const QStringList &columns,
                               int rowsPerStatement)
    : TableAccess(std::move(db))
    , m_head(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES "_s)
    , m_columnCount(columns.size())
    , m_rowsPerStatement(rowsPerStatement)
{
    QStringList marks;
    marks.fill(u"?"_s, columns.size());
    m_rowPlaceholders = u'(' + marks.join(u", "_s) + u')';
    m_queued.reserve(m_rowsPerStatement * m_columnCount);
}

QString MultiRowInsert::sqlFor(int rows) const
{
    QStringList values;
    values.fill(m_rowPlaceholders, rows);
    return m_head + values.join(u", "_s);
}

bool MultiRowInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columnCount);
    m_queued.append(row);
    return m_queued.size() < m_rowsPerStatement * m_columnCount || write(m_rowsPerStatement);
}

bool MultiRowInsert::finish()
{
    return m_queued.isEmpty() || write(int(m_queued.size() / m_columnCount));
}

bool MultiRowInsert::write(int rows)
{
    if (m_beforeWrite && !m_beforeWrite())
        return false;
    std::optional<QSqlQuery> lastStatement;
    if (rows == m_rowsPerStatement && !m_fullStatement)
        m_fullStatement = prepared(sqlFor(rows));
    else if (rows != m_rowsPerStatement)
        lastStatement = prepared(sqlFor(rows));
    QSqlQuery &query = lastStatement ? *lastStatement : *m_fullStatement;
    for (qsizetype i = 0; i < m_queued.size(); ++i)
        query.bindValue(int(i), m_queued.at(i));
    m_queued.clear();
    return run(query);
}

} // namespace syncdesk
