#pragma once

#include "integration_usage_model.h"

#include <QDateTime>
#include <QGroupBox>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace syncdesk::ui {

// "Who used the calls": the org's counted calls per integration, user or client over the
// last 24 hours or 7 days, from Salesforce's ApiTotalUsage logs (IntegrationUsageQuery),
// with how much of the period the logs cover, SyncDesk's records against them, and what
// keeps the logs from being read. Reads on the GUI thread's connection: a few
// milliseconds, no API call.
class IntegrationUsageGroup : public QGroupBox
{
    Q_OBJECT

public:
    explicit IntegrationUsageGroup(QSqlDatabase db, QWidget *parent = nullptr);

    // The `hours` (24 or 168) ending with the hour that holds `now`.
    void reload(const QDateTime &now, int hours);

    IntegrationUsageModel *model() const { return m_model; }
    QSortFilterProxyModel *sortedModel() const { return m_sorted; }
    QTreeView *view() const { return m_view; }
    QComboBox *groupingBox() const { return m_grouping; }
    QPushButton *servicesButton() const { return m_services; }
    QString coverageText() const;
    QString ledgerText() const;
    QString problemText() const;

    // "Salesforce's logs cover 143 of the last 168 hours. ..." in `locale`, and how much of
    // the period before they cover when that differs (the changes compare the two).
    static QString coverageText(const IntegrationUsageReport &report, int previousCoveredHours,
                                const QLocale &locale);
    // SyncDesk's records against the logs' rows with its client name; empty when equal.
    static QString ledgerText(const LedgerReconciliation &ledger);
    // The reader's problem, and what the admin can do about a refused permission.
    static QString problemText(const QString &problem, bool permissionRefused);

Q_SIGNALS:
    // The admin wants to switch SyncDesk's services on or off.
    void servicesRequested();

private:
    QHash<QString, QStringList> usersByIntegration(const IntegrationUsageReport &report) const;
    bool permissionRefused() const;

    QSqlDatabase m_db;
    QDateTime m_now;
    int m_hours = 24;
    IntegrationUsageModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_view;
    QComboBox *m_grouping;
    QLabel *m_coverage;
    QLabel *m_ledger;
    QLabel *m_problem;
    QPushButton *m_services;
};

} // namespace syncdesk::ui
