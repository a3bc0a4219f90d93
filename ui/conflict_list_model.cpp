#include "conflict_list_model.h"

#include "store/record_store.h"

#include <QJsonValue>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return ConflictListModel::tr("(empty)");
    if (value.isString())
        return value.toString();
    return value.toVariant().toString();
}

// The name an admin knows the record by.
QString nameOf(const LocalRecord &record)
{
    const QString name = record.fields.value(u"Name"_s).toString();
    if (!name.isEmpty())
        return name;
    const QString person = QStringList{record.fields.value(u"FirstName"_s).toString(),
                                       record.fields.value(u"LastName"_s).toString()}
                               .join(u' ')
                               .trimmed();
    return person.isEmpty() ? record.crmId : person;
}

} // namespace

ConflictListModel::ConflictListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void ConflictListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    RecordStore records(m_db);
    for (const SyncConflict &conflict : ConflictStore(m_db).recent(kShown)) {
        const std::optional<LocalRecord> record = records.find(conflict.recordId);
        m_rows.append({conflict, record ? nameOf(*record) : QString::number(conflict.recordId)});
    }
    endResetModel();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const Row &row = m_rows.at(index.row());
    const SyncConflict &conflict = row.conflict;
    const bool localWon = conflict.winner == SyncConflict::Winner::Local;
    switch (index.column()) {
    case DecidedColumn:
        return QLocale().toString(conflict.decidedAt.toLocalTime(), QLocale::ShortFormat);
    case RecordColumn:
        return row.recordName;
    case FieldColumn:
        return conflict.field;
    case KeptColumn:
        return valueText(localWon ? conflict.localValue : conflict.crmValue);
    case LostColumn:
        return valueText(conflict.losingValue());
    case ReasonColumn:
        return localWon ? tr("Changed here later, so it went to Salesforce")
                        : tr("Changed in Salesforce later, so it replaced the local edit");
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DecidedColumn:
        return tr("Decided");
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case KeptColumn:
        return tr("Value kept");
    case LostColumn:
        return tr("Value that lost");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace syncdesk::ui
