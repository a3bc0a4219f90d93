#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTimer;

namespace syncdesk {
class SyncControl;
}

namespace syncdesk::ui {

class FailureListModel;

// The Sync Failures tab: every failed item, filterable and sortable, with Retry, Retry
// all, Dismiss, Open in Salesforce and Copy details. Retries go to the engine through
// SyncControl; the list reloads when the engine says the failures changed.
class SyncFailuresPage : public QWidget
{
    Q_OBJECT

public:
    SyncFailuresPage(QSqlDatabase db, SyncControl *control, QWidget *parent = nullptr);

    FailureListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *categoryFilter() const { return m_category; }
    QLineEdit *textFilter() const { return m_search; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *busyIndicator() const { return m_busy; }
    QAction *retryAction() const { return m_retry; }
    QAction *retryAllAction() const { return m_retryAll; }
    QAction *dismissAction() const { return m_dismiss; }
    QAction *openInSalesforceAction() const { return m_open; }
    QAction *copyAction() const { return m_copy; }

    QList<qint64> selectedFailureIds() const;

private:
    QWidget *buildToolBar();
    void retrySelected();
    void retryAll();
    void confirmDismiss();
    void openInSalesforce();
    void copyDetails();
    void showRetryRefused(const QDateTime &creditsBackAt);
    void onFailuresChanged();
    void setBusy(bool busy);
    void updateActions();
    void updateCount();

    QSqlDatabase m_db;
    SyncControl *m_control;
    FailureListModel *m_model;
    QTableView *m_table = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_retryAll = nullptr;
    QAction *m_dismiss = nullptr;
    QAction *m_open = nullptr;
    QAction *m_copy = nullptr;
};

} // namespace syncdesk::ui
