#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QTableView;

namespace syncdesk {
class SyncControl;
}

namespace syncdesk::ui {

class SyncLogModel;

// The Activity tab: what the engine ran, when, and how many API calls it cost.
class SyncLogPage : public QWidget
{
    Q_OBJECT

public:
    SyncLogPage(QSqlDatabase db, SyncControl *control, QWidget *parent = nullptr);

    SyncLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    SyncLogModel *m_model;
    QTableView *m_table;
};

} // namespace syncdesk::ui
