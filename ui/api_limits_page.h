#pragma once

#include "usage_chart.h"
#include "usage_history_model.h"

#include <QDateTime>
#include <QPointer>
#include <QSqlDatabase>
#include <QUrl>
#include <QWidget>
#include <functional>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace syncdesk::ui {

class ApiUsageGroup;
class IntegrationUsageGroup;
class ThresholdDialog;

// The API Limits tab: the org's usage against its limit and against the admin's
// threshold, the rolling 24 hours (or the last 7 days) as a chart, who used the calls in
// the same span (from Salesforce's usage logs), the forecast in words, and the ways to
// refresh or look further. Everything comes from the store: showing the page or reloading
// it never makes an API call.
//
// Wiring: give it the GUI thread's connection (Database::forThisThread(path).db), call
// setInstanceUrl() once signed in, connect the engine's usageRecorded() and
// usageLogsRead() to reloadFromStore(), refreshRequested() to a /limits refresh, and
// thresholdSaved() to whatever re-arms the alert.
class ApiLimitsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ApiLimitsPage(QSqlDatabase db, QWidget *parent = nullptr);

    // The org's instance, e.g. https://acme.my.salesforce.com; empty disables the
    // System Overview button.
    void setInstanceUrl(const QUrl &instanceUrl);
    QUrl systemOverviewUrl() const;
    // Tests show a fixed moment and keep the browser closed.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setOpensBrowser(bool opens) { m_opensBrowser = opens; }

    ApiUsageGroup *totalGroup() const { return m_total; }
    ApiUsageGroup *thresholdGroup() const { return m_threshold; }
    UsageChart *chart() const { return m_chart; }
    IntegrationUsageGroup *integrationUsage() const { return m_integrations; }
    QString gapNoteText() const;
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *systemOverviewButton() const { return m_systemOverview; }
    QPushButton *setThresholdButton() const { return m_setThreshold; }
    ThresholdDialog *thresholdDialog() const { return m_dialog; }
    QString forecastText() const;
    QString rollOffText() const;
    QString shareText() const;

public Q_SLOTS:
    void reloadFromStore();
    // New usage log counts are stored (SyncControl::usageLogsRead): the table and the chart
    // read them now rather than at the next hour.
    void reloadUsageLogs();
    void showSpan(syncdesk::ui::UsageChart::Span span);
    void openThresholdDialog();
    void openSystemOverview();

Q_SIGNALS:
    // The admin asked for fresh figures: one GET /limits.
    void refreshRequested();
    // The admin wants to switch services on or off (the window opens ServicesDialog).
    void servicesRequested();
    void thresholdSaved(bool enabled, int calls, const QString &contact);
    void systemOverviewRequested(const QUrl &url);

private:
    QWidget *createFigures();
    QWidget *createSpanSwitch();
    QWidget *createChartGroup();
    QWidget *createOutlookGroup();
    void applyThreshold(bool enabled, int calls);
    void reloadChart(const QDateTime &now);
    void reloadIntegrationUsage(const QDateTime &now);

    QSqlDatabase m_db;
    UsageHistoryModel m_history;
    std::function<QDateTime()> m_now;
    bool m_opensBrowser = true;
    QUrl m_instanceUrl;
    qint64 m_used = 0;
    qint64 m_limit = 0;
    qint64 m_thresholdCalls = 0; // 0 = no threshold
    QDateTime m_readAt;
    UsageChart::Span m_span = UsageChart::Span::Day;
    // The hour and span the table was last read for: its figures change only when logs
    // are stored or the hour turns, and reading them costs more than the chart (SyncDesk's
    // ledger over the span is reconciled with the logs).
    QDateTime m_integrationsHour;
    UsageChart::Span m_integrationsSpan = UsageChart::Span::Day;

    ApiUsageGroup *m_total = nullptr;
    ApiUsageGroup *m_threshold = nullptr;
    QPushButton *m_setThreshold = nullptr;
    UsageChart *m_chart = nullptr;
    QLabel *m_gapNote = nullptr;
    IntegrationUsageGroup *m_integrations = nullptr;
    QButtonGroup *m_spanButtons = nullptr;
    QLabel *m_forecast = nullptr;
    QLabel *m_rollOff = nullptr;
    QLabel *m_share = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_systemOverview = nullptr;
    QPointer<ThresholdDialog> m_dialog;
};

} // namespace syncdesk::ui
