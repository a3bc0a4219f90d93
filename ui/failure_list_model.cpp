#include "failure_list_model.h"

#include "store/sql_dialect.h"
#include "store/store_time.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

namespace {

// A record's name is what the workspace calls it: Name for accounts and opportunities,
// first and last name for people; an activity's is its subject.
const QString kFrom = u" FROM sync_failures f"
                      " LEFT JOIN records r ON f.item_kind = 'record' AND r.id = f.item_id"
                      " LEFT JOIN activities a ON f.item_kind = 'activity' AND a.id = f.item_id"_s;
QString recordName(const SqlDialect &sql, const QString &fields)
{
    return u"COALESCE("_s + sql.jsonFieldText(fields, u"Name"_s) + u", TRIM(COALESCE("_s +
           sql.jsonFieldText(fields, u"FirstName"_s) + u", '') || ' ' || COALESCE("_s +
           sql.jsonFieldText(fields, u"LastName"_s) + u", '')))"_s;
}

QString itemName(const SqlDialect &sql)
{
    return u"CASE WHEN f.item_kind = 'activity' THEN a.subject ELSE "_s +
           recordName(sql, u"r.fields_json"_s) + u" END"_s;
}

const QString kCrmId = u"CASE WHEN f.item_kind = 'activity' THEN a.crm_task_id ELSE r.crm_id END"_s;
const QString kObject =
    u"CASE WHEN f.item_kind = 'activity' THEN 'Task' ELSE COALESCE(r.crm_object, r.kind) END"_s;

// The ORDER BY keys of each sortable column, ending in the id so that the order is total;
// each list is the prefix of an index (SQLite ends every index with the rowid).
QStringList sortKeys(int column)
{
    switch (column) {
    case FailureListModel::CategoryColumn:
        return {u"f.category"_s, u"f.first_failed_at"_s, u"f.id"_s};
    case FailureListModel::NextRetryColumn:
        return {u"f.next_retry_at"_s, u"f.id"_s};
    default:
        return {u"f.first_failed_at"_s, u"f.id"_s};
    }
}

// A record's name and ids are searched in their own (smaller) tables rather than through
// a JSON read of the joined record for each of 200,000 failures.
QString textMatch(const SqlDialect &sql)
{
    const QString like = u' ' + sql.likeIgnoringCase() + u" ? ESCAPE '\\'"_s;
    return u"(f.message"_s + like + u" OR f.sf_status_code"_s + like +
           u" OR (f.item_kind = 'record' AND f.item_id IN (SELECT id FROM records WHERE"
           " crm_id"_s +
           like + u" OR "_s + recordName(sql, u"fields_json"_s) + like +
           u"))"
           " OR (f.item_kind = 'activity' AND f.item_id IN (SELECT id FROM activities WHERE"
           " crm_task_id"_s +
           like + u" OR subject"_s + like + u")))"_s;
}
constexpr int kTextMatchBinds = 6;

} // namespace

FailureListModel::FailureListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void FailureListModel::setCategoryFilter(std::optional<FailureCategory> category)
{
    m_category = category;
    reload();
}

void FailureListModel::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    reload();
}

bool FailureListModel::isSortable(int column)
{
    return column == TimeColumn || column == CategoryColumn || column == NextRetryColumn;
}

void FailureListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

QString FailureListModel::whereClause(const Row *after) const
{
    QStringList terms;
    if (m_category)
        terms.append(u"f.category = ?"_s);
    if (!m_text.isEmpty())
        terms.append(textMatch(SqlDialect(m_db)));
    if (after) {
        // Keyset paging: the next page starts after the last row held, found through the
        // index, where an OFFSET would step over every row before it again.
        const QStringList keys = sortKeys(m_sortColumn);
        const QString marks = QStringList(keys.size(), u"?"_s).join(u", "_s);
        terms.append(QString(u'(' + keys.join(u", "_s) + u") "_s +
                             (m_sortOrder == Qt::AscendingOrder ? u'>' : u'<') + u" ("_s + marks +
                             u')'));
    }
    return terms.isEmpty() ? QString() : QString(u" WHERE "_s + terms.join(u" AND "_s));
}

void FailureListModel::bindFilters(QSqlQuery &query, const Row *after) const
{
    if (m_category)
        query.addBindValue(failureCategoryName(*m_category));
    if (!m_text.isEmpty()) {
        QString pattern = m_text;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        for (int i = 0; i < kTextMatchBinds; ++i)
            query.addBindValue(pattern);
    }
    if (after) {
        if (m_sortColumn == CategoryColumn)
            query.addBindValue(failureCategoryName(after->category));
        query.addBindValue(store_time::toColumn(after->failedAt));
        query.addBindValue(after->id);
    }
}

void FailureListModel::reload()
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    // No join: without a text filter the count reads one index.
    QSqlQuery count(m_db);
    count.prepare(QString(u"SELECT COUNT(*) FROM sync_failures f"_s + whereClause(nullptr)));
    bindFilters(count, nullptr);
    if (count.exec() && count.next())
        m_total = count.value(0).toInt();
    else
        Q_EMIT queryFailed(count.lastError().text());
    m_rows = loadPage(nullptr, 0, PageSize);
    endResetModel();
}

QList<FailureListModel::Row> FailureListModel::loadPage(const Row *last, int offset,
                                                        int limit) const
{
    QList<Row> rows;
    if (limit <= 0)
        return rows;
    // next_retry_at may be NULL, which a keyset comparison would skip: it pages by offset.
    const Row *after = m_sortColumn == NextRetryColumn ? nullptr : last;
    const QString where = whereClause(after);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString order = ascending ? u" ASC"_s : u" DESC"_s;
    const SqlDialect sql(m_db);
    QStringList orderBy;
    for (const QString &key : sortKeys(m_sortColumn))
        // Only next_retry_at may be NULL (no automatic retry).
        orderBy.append(key + order +
                       (key == u"f.next_retry_at"_s ? sql.nullsAsSqlite(ascending) : QString()));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT f.id, f.first_failed_at, "_s + kObject + u", "_s + itemName(sql) +
                  u", "_s + kCrmId +
                  u", f.item_kind, f.category, f.sf_status_code, f.message, f.attempts,"
                  " f.next_retry_at"_s +
                  kFrom + where + u" ORDER BY "_s + orderBy.join(u", "_s) + u" LIMIT ? OFFSET ?"_s);
    bindFilters(query, after);
    query.addBindValue(limit);
    query.addBindValue(after ? 0 : offset);
    if (!query.exec())
        return rows;
    rows.reserve(limit);
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.failedAt = store_time::fromColumn(query.value(1));
        row.object = query.value(2).toString();
        row.name = query.value(3).toString();
        row.crmId = query.value(4).toString();
        row.activity = query.value(5).toString() == u"activity";
        row.category =
            failureCategoryFromName(query.value(6).toString()).value_or(FailureCategory::Transient);
        row.code = query.value(7).toString();
        row.message = query.value(8).toString();
        row.attempts = query.value(9).toInt();
        row.nextRetryAt = store_time::fromColumn(query.value(10));
        rows.append(row);
    }
    return rows;
}

bool FailureListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void FailureListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Row> page =
        loadPage(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), int(m_rows.size()),
                 std::min(PageSize, m_total - int(m_rows.size())));
    if (page.isEmpty()) {
        // Failures resolved since the count: there is nothing more to fetch.
        m_total = int(m_rows.size());
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

int FailureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FailureListModel::categoryText(FailureCategory category)
{
    switch (category) {
    case FailureCategory::NoApiCredits:
        return tr("No API calls left");
    case FailureCategory::Auth:
        return tr("Sign-in");
    case FailureCategory::Validation:
        return tr("Refused by Salesforce");
    case FailureCategory::Conflict:
        return tr("Conflict");
    case FailureCategory::Transient:
        return tr("Temporary");
    }
    return {};
}

QString FailureListModel::cellText(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case TimeColumn:
        return locale.toString(row.failedAt.toLocalTime(), QLocale::NarrowFormat);
    case ObjectColumn:
        return row.object;
    case RecordColumn:
        return row.name;
    case RecordIdColumn:
        return row.crmId;
    case DirectionColumn:
        // Failures are items SyncDesk could not send; what comes in is settled on arrival.
        return tr("To Salesforce");
    case CategoryColumn:
        return categoryText(row.category);
    case MessageColumn:
        return row.code.isEmpty() ? row.message : QString(row.code + u": "_s + row.message);
    case AttemptsColumn:
        return locale.toString(row.attempts);
    case NextRetryColumn:
        return row.nextRetryAt.isValid()
                   ? locale.toString(row.nextRetryAt.toLocalTime(), QLocale::NarrowFormat)
                   : tr("Manual");
    default:
        return {};
    }
}

QVariant FailureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(cellText(row, MessageColumn))
                                               : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AttemptsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case FailureIdRole:
        return row.id;
    case CrmIdRole:
        return row.crmId;
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return row.failedAt;
        case CategoryColumn:
            return failureCategoryName(row.category);
        case AttemptsColumn:
            return row.attempts;
        case NextRetryColumn:
            return row.nextRetryAt;
        default:
            return cellText(row, index.column());
        }
    default:
        return {};
    }
}

QVariant FailureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ObjectColumn:
        return tr("Object");
    case RecordColumn:
        return tr("Record");
    case RecordIdColumn:
        return tr("Salesforce ID");
    case DirectionColumn:
        return tr("Direction");
    case CategoryColumn:
        return tr("Category");
    case MessageColumn:
        return tr("Salesforce code and message");
    case AttemptsColumn:
        return tr("Attempts");
    case NextRetryColumn:
        return tr("Next retry");
    default:
        return {};
    }
}

qint64 FailureListModel::failureId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QString FailureListModel::rowText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells.append(cellText(m_rows.at(row), column).replace(u'\t', u' ').replace(u'\n', u' '));
    return cells.join(u'\t');
}

} // namespace syncdesk::ui
