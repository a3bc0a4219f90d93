#include "sync_log_model.h"

#include "store/store_time.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

SyncLogModel::SyncLogModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void SyncLogModel::reload()
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_runs.clear();
    m_total = 0;
    QSqlQuery count(u"SELECT COUNT(*) FROM sync_runs"_s, m_db);
    if (count.next())
        m_total = count.value(0).toInt();
    m_runs = loadPage(0);
    endResetModel();
}

QList<SyncLogModel::Run> SyncLogModel::loadPage(int offset) const
{
    QList<Run> runs;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT started_at, kind, calls, items_ok, items_failed, summary, api, "
                  "api_reason FROM sync_runs ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"_s);
    query.addBindValue(PageSize);
    query.addBindValue(offset);
    if (!query.exec())
        return runs;
    while (query.next())
        runs.append({store_time::fromColumn(query.value(0)), query.value(1).toString(),
                     query.value(2).toInt(), query.value(3).toInt(), query.value(4).toInt(),
                     query.value(5).toString(), query.value(6).toString(),
                     query.value(7).toString()});
    return runs;
}

bool SyncLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_runs.size() < m_total;
}

void SyncLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Run> page = loadPage(int(m_runs.size()));
    if (page.isEmpty()) {
        m_total = int(m_runs.size());
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, int(m_runs.size()), int(m_runs.size() + page.size()) - 1);
    m_runs.append(page);
    endInsertRows();
}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncLogModel::kindText(const QString &kind)
{
    if (kind == u"outbound")
        return tr("Send changes");
    if (kind == u"inbound")
        return tr("Read changes");
    if (kind == u"activities")
        return tr("Log activities");
    if (kind == u"retry")
        return tr("Retry");
    return kind;
}

QString SyncLogModel::apiText(const Run &run)
{
    QString api = run.api;
    if (run.api == u"composite")
        api = tr("REST composite");
    else if (run.api == u"bulk2")
        api = tr("Bulk API 2.0");
    else if (run.api == u"query")
        api = tr("REST query");
    if (api.isEmpty() || run.apiReason.isEmpty())
        return api;
    //: An API's name, then why the run used it ("Bulk API 2.0: 100,000 records, about 9 calls
    //: instead of 100")
    return tr("%1: %2").arg(api, run.apiReason);
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Run &run = m_runs.at(index.row());
    const QLocale locale;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() >= CallsColumn && index.column() <= FailedColumn;
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return run.summary;
    if (role == Qt::ToolTipRole && index.column() == ApiColumn)
        return apiText(run);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return locale.toString(run.startedAt.toLocalTime(), QLocale::NarrowFormat);
    case KindColumn:
        return kindText(run.kind);
    case ApiColumn:
        return apiText(run);
    case CallsColumn:
        return locale.toString(run.calls);
    case OkColumn:
        return locale.toString(run.ok);
    case FailedColumn:
        return locale.toString(run.failed);
    case SummaryColumn:
        return run.summary;
    default:
        return {};
    }
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case ApiColumn:
        return tr("API and why");
    case CallsColumn:
        return tr("API calls");
    case OkColumn:
        return tr("Synced");
    case FailedColumn:
        return tr("Failed");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace syncdesk::ui
