#pragma once

#include "store/alert_store.h"

#include <QAbstractTableModel>
#include <QList>

namespace syncdesk {

// The alerts table for the window: time, level, recipient, subject, and delivered or
// the error of the last try. The newest alerts first; at most `limit` rows are loaded.
class AlertsHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        RecipientColumn,
        SubjectColumn,
        StatusColumn,
        ColumnCount
    };
    // The raw value of a cell (epoch ms for the time), for sorting proxies.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit AlertsHistoryModel(QSqlDatabase db, QObject *parent = nullptr, int limit = 500);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // Re-reads the table (connect to AlertDispatcher::alertDelivered / alertFailed).
    void reload();

private:
    QString levelText(const AlertRecord &alert) const;
    QString statusText(const AlertRecord &alert) const;

    QSqlDatabase m_db;
    int m_limit;
    QList<AlertRecord> m_alerts;
};

} // namespace syncdesk
