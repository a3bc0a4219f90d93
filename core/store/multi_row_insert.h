#pragma once

#include "store/table_access.h"

#include <QStringList>
#include <QVariantList>
#include <functional>
#include <optional>

namespace syncdesk {

// Inserts many rows with few statements: rows queue up and go out as one INSERT of
// rowsPerStatement rows (on SQLite at least 2,000, bound as one JSON array), the
// full-size statement prepared once and reused. Takes part
// in the caller's transaction; finish() writes what is still queued.
//
//   MultiRowInsert outbox(db, u"outbox"_s, {u"record_id"_s, u"field"_s});
//   outbox.add({recordId, field});
//   ...
//   outbox.finish();
class MultiRowInsert : public TableAccess
{
public:
    MultiRowInsert(QSqlDatabase db, const QString &table, const QStringList &columns,
                   int rowsPerStatement = 200);

    // Runs before each write: rows that reference another table's queued rows (an
    // outbox entry its record) write those first, so foreign keys hold at every statement.
    void setBeforeWrite(std::function<bool()> beforeWrite)
    {
        m_beforeWrite = std::move(beforeWrite);
    }

    // Queues a row (one value per column, in order); false when writing failed.
    bool add(const QVariantList &row);
    bool finish();

private:
    bool write(int rows);
    QString sqlFor(int rows) const;

    QString m_head; // INSERT INTO table (columns) VALUES, or ... SELECT ... FROM json_each(?)
    QString m_rowPlaceholders;
    qsizetype m_columnCount = 0;
    int m_rowsPerStatement = 0;
    bool m_asJson = false; // SQLite: the queued rows are one JSON array (m_json)
    std::function<bool()> m_beforeWrite;
    QVariantList m_queued;
    QString m_json;
    int m_queuedRows = 0;
    std::optional<QSqlQuery> m_fullStatement;
};

} // namespace syncdesk
