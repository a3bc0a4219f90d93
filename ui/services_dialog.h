#pragma once

#include "sync/sync_service.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace syncdesk {
class SyncControl;
}

namespace syncdesk::ui {

// "Services": switch activity logging, updates to Salesforce and each object read from
// Salesforce on or off, seeing what each spent in the last 24 hours and would spend a
// day. A switch is saved at once and the engine told to read it again, so it holds from
// the engine's next cycle without a restart. Open it with open(); it keeps its size and
// place between openings and runs (QSettings, as the main window does).
class ServicesDialog : public QDialog
{
    Q_OBJECT

public:
    ServicesDialog(QSqlDatabase db, SyncControl *control, QWidget *parent = nullptr);

    QCheckBox *switchOf(SyncService service) const;
    QString callsText(SyncService service) const;
    QString heldText(SyncService service) const;

public Q_SLOTS:
    // Figures and switches as the store has them now.
    void reload();
    void done(int result) override;

private:
    struct Row
    {
        QCheckBox *on = nullptr;
        QLabel *calls = nullptr;
        QLabel *estimate = nullptr;
        QLabel *held = nullptr;
    };

    void addRow(QGridLayout *grid, int line, SyncService service);
    void switchToggled(SyncService service, bool on);

    QSqlDatabase m_db;
    SyncControl *m_control;
    QList<Row> m_rows; // in allSyncServices order
    QLabel *m_error = nullptr;
};

} // namespace syncdesk::ui
