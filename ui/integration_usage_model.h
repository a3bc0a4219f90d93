#pragma once

#include "usage/integration_usage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace syncdesk::ui {

// The "Who used the calls" table: one row per integration, user or client of an
// IntegrationUsageReport, with its calls, its share of the org's counted calls and the
// change against the period before. Sort through a QSortFilterProxyModel on SortRole:
// the displayed texts ("+12 %", "new") do not sort as numbers.
class IntegrationUsageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn, // integration, user or client, as the report is grouped
        UserColumn, // the users behind an integration; empty for the other groupings
        CallsColumn,
        ShareColumn,
        ChangeColumn,
        ColumnCount
    };
    // The number behind a cell (calls, share, change; "new" sorts above any change).
    static constexpr int SortRole = Qt::UserRole + 1;
    // True on SyncDesk's own row.
    static constexpr int SyncDeskRole = Qt::UserRole + 2;

    explicit IntegrationUsageModel(QObject *parent = nullptr);

    // `usersByName`: the users whose calls each integration made (Integration grouping).
    // `previousCoveredHours`: how many hours of the period before the logs cover; when it
    // is under half the period's own, a change would compare unequal spans and is not
    // shown. -1: as many as the period's.
    void setReport(const IntegrationUsageReport &report,
                   const QHash<QString, QStringList> &usersByName = {},
                   int previousCoveredHours = -1);
    bool showsChange() const { return m_showsChange; }
    const IntegrationUsageReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "+12 %", "−5 %", "0 %", "new" (nothing in the period before), in `locale`.
    static QString changeText(const IntegrationUsageRow &row, const QLocale &locale);
    // "37 %", "< 1 %" for a handful of calls.
    static QString shareText(double share, const QLocale &locale);

private:
    QVariant display(const IntegrationUsageRow &row, int column) const;
    QVariant sortValue(const IntegrationUsageRow &row, int column) const;

    IntegrationUsageReport m_report;
    QHash<QString, QStringList> m_usersByName;
    bool m_showsChange = true;
};

} // namespace syncdesk::ui
