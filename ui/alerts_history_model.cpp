#include "alerts_history_model.h"

#include "alerts/alert_level.h"

#include <QLocale>

namespace syncdesk {

AlertsHistoryModel::AlertsHistoryModel(QSqlDatabase db, QObject *parent, int limit)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_limit(limit)
{
    reload();
}

void AlertsHistoryModel::reload()
{
    beginResetModel();
    m_alerts = AlertStore(m_db).newest(m_limit);
    endResetModel();
}

int AlertsHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertsHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AlertRecord &alert = m_alerts.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case TimeColumn:
            return alert.sentAt.toMSecsSinceEpoch();
        case StatusColumn:
            return alert.delivered;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn)
        return alert.error.isEmpty() ? QVariant() : QVariant(alert.error);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(alert.sentAt.toLocalTime(), QLocale::ShortFormat);
    case LevelColumn:
        return levelText(alert);
    case RecipientColumn:
        return alert.recipient;
    case SubjectColumn:
        return alert.subject;
    case StatusColumn:
        return statusText(alert);
    default:
        return QVariant();
    }
}

QVariant AlertsHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case RecipientColumn:
        return tr("Recipient");
    case SubjectColumn:
        return tr("Subject");
    case StatusColumn:
        return tr("Delivery");
    default:
        return QVariant();
    }
}

QString AlertsHistoryModel::levelText(const AlertRecord &alert) const
{
    switch (alertLevelFromName(alert.level).value_or(AlertLevel::Threshold)) {
    case AlertLevel::Threshold:
        return tr("Threshold");
    case AlertLevel::Percent80:
        return tr("80 % of limit");
    case AlertLevel::Percent90:
        return tr("90 % of limit");
    case AlertLevel::Percent100:
        return tr("Limit reached");
    case AlertLevel::AllClear:
        return tr("All clear");
    case AlertLevel::Test:
        return tr("Test");
    }
    return alert.level;
}

QString AlertsHistoryModel::statusText(const AlertRecord &alert) const
{
    if (alert.delivered)
        return tr("Delivered");
    if (alert.error.isEmpty())
        return tr("Sending…");
    return tr("Not delivered (%n attempt(s)): %1", nullptr, alert.attempts).arg(alert.error);
}

} // namespace syncdesk
