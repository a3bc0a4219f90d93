#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QTableView;

namespace syncdesk {
class SyncControl;
}

namespace syncdesk::ui {

class ConflictListModel;
class SyncLogModel;

// The Activity tab: what the engine ran, when, and how many API calls it cost; below it,
// the conflicts it decided, with the value that lost.
class SyncLogPage : public QWidget
{
    Q_OBJECT

public:
    SyncLogPage(QSqlDatabase db, SyncControl *control, QWidget *parent = nullptr);

    SyncLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ConflictListModel *conflicts() const { return m_conflicts; }
    QTableView *conflictTable() const { return m_conflictTable; }

private:
    SyncLogModel *m_model;
    QTableView *m_table;
    ConflictListModel *m_conflicts;
    QTableView *m_conflictTable;
};

} // namespace syncdesk::ui
