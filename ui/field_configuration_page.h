#pragma once

#include "field_mapping_catalog.h"
#include "sync/call_cost_estimate.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTabBar;
class QTableView;

namespace syncdesk {
class SyncControl;
}

namespace syncdesk::ui {

class FieldMappingModel;

// The Field Configuration tab: which fields sync which way, the sync intervals, and what
// the edited configuration costs in API calls per day beside what the saved one costs.
// Reads and writes the GUI thread's connection; Save asks the engine to reload.
class FieldConfigurationPage : public QWidget
{
    Q_OBJECT

public:
    FieldConfigurationPage(QSqlDatabase db, SyncControl *control, QWidget *parent = nullptr);
    ~FieldConfigurationPage() override;

    // Replaces the change rates observed in the store (tests, or a fresher reading).
    void setChangeRates(const ChangeRates &rates);
    // Whether the engine reads the org's usage logs, whose calls the estimates then count.
    // Followed from the SyncControl's status (EngineStatus::readsUsageLogs).
    void setReadsUsageLogs(bool reads);
    bool readsUsageLogs() const { return m_readsUsageLogs; }
    CallCostEstimate editedEstimate() const;
    CallCostEstimate savedEstimate() const { return m_savedEstimate; }

    FieldMappingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTabBar *objectTabs() const { return m_objectTabs; }
    QLabel *estimateLabel() const { return m_estimateLabel; }
    QLabel *messageLabel() const { return m_messageLabel; }
    QSpinBox *outboundIntervalBox() const { return m_outboundMinutes; }
    QSpinBox *inboundIntervalBox() const { return m_inboundMinutes; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *revertButton() const { return m_revertButton; }
    // Edits not saved yet (a reload would lose them).
    bool hasUnsavedEdits() const { return m_dirty; }

public Q_SLOTS:
    // Reads the saved configuration and the describe cache again (Revert).
    void reload();
    // Checks and stores the edited configuration; false, with the reasons shown, when it
    // is refused or the store failed.
    bool save();
    // The engine refreshed the describe cache: new field lists, the admin's edits kept.
    void refreshCatalog();

Q_SIGNALS:
    void saved();
    // The admin wants to switch services on or off (the window opens ServicesDialog).
    void servicesRequested();

private:
    void buildLayout();
    void showObject(int tab);
    void onEdited();
    void showEstimate();
    void refreshEstimates();
    CallCostEstimate estimateOf(const QList<FieldMapping> &mappings, int outboundSeconds,
                                int inboundSeconds) const;
    void showMessage(const QString &text, bool problem);
    void updateCatalogNote();
    int outboundSeconds() const;
    int inboundSeconds() const;

    QSqlDatabase m_db;
    SyncControl *m_control;
    ChangeRates m_rates;
    bool m_readsUsageLogs = false;
    CallCostEstimate m_savedEstimate;
    bool m_dirty = false;

    FieldMappingModel *m_model;
    QTabBar *m_objectTabs = nullptr;
    QLabel *m_catalogNote = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QSpinBox *m_outboundMinutes = nullptr;
    QSpinBox *m_inboundMinutes = nullptr;
    QLabel *m_estimateLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};

} // namespace syncdesk::ui
