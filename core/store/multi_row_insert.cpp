#include "store/multi_row_insert.h"

#include "store/outbox_store.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

// Rows per statement on SQLite, where they travel as one bound JSON array: no limit on
// bound values applies, and fewer statements cost less.
constexpr int kSqliteRowsPerStatement = 2'000;

// One value as JSON text, as SQLite's json_extract gives it back: text, integer, real or
// null (a bool becomes 1 or 0, as a bound bool would).
void appendJson(QString &out, const QVariant &value)
{
    if (value.isNull()) {
        out += u"null"_s;
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        out += value.toBool() ? u'1' : u'0';
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        out += QString::number(value.toLongLong());
        return;
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        out += QString::number(value.toULongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        if (const double number = value.toDouble(); std::isfinite(number)) {
            out += QString::number(number, 'g', 17);
            return;
        }
        out += u"null"_s;
        return;
    default:
        out += OutboxStore::quotedJsonString(value.toString());
    }
}

} // namespace

MultiRowInsert::MultiRowInsert(QSqlDatabase db, const QString &table, const QStringList &columns,
                               int rowsPerStatement)
    : TableAccess(std::move(db))
    , m_columnCount(columns.size())
    , m_rowsPerStatement(rowsPerStatement)
    , m_asJson(dialect().isSqlite())
{
    const QString head = u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") "_s;
    if (m_asJson) {
        // The rows are one bound JSON array of arrays, taken apart by SQLite: one bound
        // value per statement instead of one per cell (Qt's binding costs more per value
        // than SQLite's insert of it).
        m_rowsPerStatement = std::max(rowsPerStatement, kSqliteRowsPerStatement);
        QStringList cells;
        for (qsizetype i = 0; i < columns.size(); ++i)
            cells.append(u"json_extract(value, '$[%1]')"_s.arg(i));
        m_head = head + u"SELECT "_s + cells.join(u", "_s) + u" FROM json_each(?)"_s;
        return;
    }
    m_head = head + u"VALUES "_s;
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
    if (m_asJson) {
        m_json += m_queuedRows == 0 ? u"[["_s : u",["_s;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                m_json += u',';
            appendJson(m_json, row.at(i));
        }
        m_json += u']';
        return ++m_queuedRows < m_rowsPerStatement || write(m_queuedRows);
    }
    m_queued.append(row);
    return m_queued.size() < m_rowsPerStatement * m_columnCount || write(m_rowsPerStatement);
}

bool MultiRowInsert::finish()
{
    if (m_asJson)
        return m_queuedRows == 0 || write(m_queuedRows);
    return m_queued.isEmpty() || write(int(m_queued.size() / m_columnCount));
}

bool MultiRowInsert::write(int rows)
{
    if (m_beforeWrite && !m_beforeWrite())
        return false;
    if (m_asJson) {
        QSqlQuery &statement = preparedOnce(m_fullStatement, m_head);
        m_json += u']';
        statement.bindValue(0, m_json);
        m_json.clear();
        m_queuedRows = 0;
        return run(statement);
    }
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
