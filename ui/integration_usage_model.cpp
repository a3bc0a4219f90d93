#include "integration_usage_model.h"

#include <QFont>
#include <QLocale>
#include <cmath>
#include <limits>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

IntegrationUsageModel::IntegrationUsageModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IntegrationUsageModel::setReport(const IntegrationUsageReport &report,
                                      const QHash<QString, QStringList> &usersByName,
                                      int previousCoveredHours)
{
    const bool groupingChanged = report.grouping != m_report.grouping;
    beginResetModel();
    m_report = report;
    m_usersByName = usersByName;
    m_showsChange =
        previousCoveredHours < 0 || 2 * previousCoveredHours >= report.coveredHours.size();
    endResetModel();
    if (groupingChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

int IntegrationUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int IntegrationUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IntegrationUsageModel::shareText(double share, const QLocale &locale)
{
    const double percent = share * 100.0;
    if (percent > 0 && percent < 1)
        return tr("< 1 %");
    return tr("%1 %").arg(locale.toString(qint64(std::lround(percent))));
}

QString IntegrationUsageModel::changeText(const IntegrationUsageRow &row, const QLocale &locale)
{
    if (!row.change)
        return row.calls > 0 ? tr("new") : QString();
    const qint64 percent = std::llround(*row.change * 100.0);
    if (percent > 0)
        return tr("+%1 %").arg(locale.toString(percent));
    if (percent < 0)
        return tr("−%1 %").arg(locale.toString(-percent)); // a real minus sign, as typeset
    return tr("0 %");
}

QVariant IntegrationUsageModel::display(const IntegrationUsageRow &row, int column) const
{
    const QLocale loc;
    switch (column) {
    case NameColumn:
        // Bold marks SyncDesk's row too, but a name like "admin@acme.com" does not say it.
        return row.isSyncDesk && !row.name.contains(u"SyncDesk"_s)
                   ? tr("%1 (SyncDesk)").arg(row.name)
                   : row.name;
    case UserColumn:
        return m_usersByName.value(row.name).join(u", "_s);
    case CallsColumn:
        return loc.toString(row.calls);
    case ShareColumn:
        return shareText(row.share, loc);
    case ChangeColumn:
        return m_showsChange ? changeText(row, loc) : tr("—");
    }
    return {};
}

QVariant IntegrationUsageModel::sortValue(const IntegrationUsageRow &row, int column) const
{
    switch (column) {
    case NameColumn:
    case UserColumn:
        return display(row, column).toString().toCaseFolded();
    case CallsColumn:
        return row.calls;
    case ShareColumn:
        return row.share;
    case ChangeColumn:
        // A newcomer is the largest change there is; a row with no calls at all the least.
        if (!m_showsChange)
            return row.calls;
        if (row.change)
            return *row.change;
        return row.calls > 0 ? std::numeric_limits<double>::infinity()
                             : -std::numeric_limits<double>::infinity();
    }
    return {};
}

QVariant IntegrationUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IntegrationUsageRow &row = m_report.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case SyncDeskRole:
        return row.isSyncDesk;
    case Qt::FontRole:
        if (row.isSyncDesk) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= CallsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == UserColumn)
            return display(row, index.column());
        if (index.column() == ChangeColumn) {
            if (!m_showsChange)
                return tr("Salesforce's logs cover too little of the period before to compare.");
            return tr("%Ln call(s) in the period before", nullptr, int(row.previousCalls));
        }
        return {};
    }
    return {};
}

QVariant IntegrationUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        switch (m_report.grouping) {
        case UsageGrouping::Integration:
            return tr("Integration");
        case UsageGrouping::User:
            return tr("User");
        case UsageGrouping::Client:
            return tr("Client");
        }
        return {};
    case UserColumn:
        return tr("User");
    case CallsColumn:
        return tr("Calls");
    case ShareColumn:
        return tr("Share");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

} // namespace syncdesk::ui
