#pragma once

#include "store/conflict_store.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace syncdesk::ui {

// The newest sync conflicts: which field of which record both sides had changed, which
// value the rule kept (the later change) and the value that lost, so an admin can put
// it back by hand when the rule chose wrong.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DecidedColumn,
        RecordColumn,
        FieldColumn,
        KeptColumn,
        LostColumn,
        ReasonColumn,
        ColumnCount,
    };

    // Conflicts are rare and only the newest matter: a bounded list, not a lazy one.
    static constexpr int kShown = 500;

    explicit ConflictListModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        SyncConflict conflict;
        QString recordName;
    };

    QSqlDatabase m_db;
    QList<Row> m_rows;
};

} // namespace syncdesk::ui
