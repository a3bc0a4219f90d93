#include "api_limits_page.h"

#include "api_usage_group.h"
#include "forecast_text.h"
#include "integration_usage_group.h"
#include "store/settings_store.h"
#include "threshold_dialog.h"
#include "usage/usage_forecast.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

ApiLimitsPage::ApiLimitsPage(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_history(db)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"apiLimitsPage"_s);

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"refreshUsage"_s);
    m_refresh->setToolTip(tr("Asks Salesforce for the org's figures now. "
                             "This spends one API call (GET /limits)."));
    connect(m_refresh, &QPushButton::clicked, this, &ApiLimitsPage::refreshRequested);
    // The answer to /limits reloads the rest; the table is read again at once.
    connect(m_refresh, &QPushButton::clicked, this, &ApiLimitsPage::reloadUsageLogs);

    m_systemOverview = new QPushButton(tr("Open System &Overview in Salesforce"), this);
    m_systemOverview->setObjectName(u"openSystemOverview"_s);
    m_systemOverview->setToolTip(tr("Opens the org's System Overview setup page in the browser."));
    m_systemOverview->setEnabled(false);
    connect(m_systemOverview, &QPushButton::clicked, this, &ApiLimitsPage::openSystemOverview);

    // The Services… button sits with the table: who spent the calls, then what to switch off.
    m_integrations = new IntegrationUsageGroup(m_db, this);
    connect(m_integrations, &IntegrationUsageGroup::servicesRequested, this,
            &ApiLimitsPage::servicesRequested);

    auto *actions = new QHBoxLayout();
    actions->addWidget(m_refresh);
    actions->addWidget(m_systemOverview);
    actions->addStretch();

    // The chart and the table share the span: both answer for the same hours.
    auto *usage = new QHBoxLayout();
    // Halves: the table's long user names fit at 1280 pixels, and so does the legend.
    usage->addWidget(createChartGroup(), 1);
    usage->addWidget(m_integrations, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFigures());
    layout->addWidget(createOutlookGroup());
    layout->addWidget(createSpanSwitch());
    layout->addLayout(usage, 1);
    layout->addLayout(actions);

    const SettingsStore settings(m_db);
    const int calls = settings.value(SettingKeys::ThresholdCalls);
    m_thresholdCalls = settings.value(SettingKeys::ThresholdEnabled) && calls > 0 ? calls : 0;
    reloadFromStore();
}

QWidget *ApiLimitsPage::createFigures()
{
    auto *figures = new QWidget(this);
    m_total = new ApiUsageGroup(ApiUsageGroup::Kind::Limit, figures);
    m_threshold = new ApiUsageGroup(ApiUsageGroup::Kind::Threshold, figures);
    m_setThreshold = new QPushButton(tr("Set &threshold…"), m_threshold);
    m_setThreshold->setObjectName(u"setThreshold"_s);
    connect(m_setThreshold, &QPushButton::clicked, this, &ApiLimitsPage::openThresholdDialog);
    m_threshold->addButton(m_setThreshold);

    auto *row = new QHBoxLayout(figures);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_total, 1);
    row->addWidget(m_threshold, 1);
    return figures;
}

QWidget *ApiLimitsPage::createOutlookGroup()
{
    auto *group = new QGroupBox(tr("Outlook"), this);
    group->setObjectName(u"usageOutlook"_s);
    m_forecast = new QLabel(group);
    m_forecast->setObjectName(u"forecastText"_s);
    QFont bold = m_forecast->font();
    bold.setBold(true);
    m_forecast->setFont(bold);
    m_rollOff = new QLabel(group);
    m_rollOff->setObjectName(u"rollOffText"_s);
    m_share = new QLabel(group);
    m_share->setObjectName(u"shareText"_s);
    m_share->setWordWrap(true);
    for (QLabel *label : {m_forecast, m_rollOff, m_share})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_forecast);
    layout->addWidget(m_rollOff);
    layout->addWidget(m_share);
    return group;
}

QWidget *ApiLimitsPage::createSpanSwitch()
{
    auto *row = new QWidget(this);
    auto *day = new QRadioButton(tr("Last &24 hours"), row);
    day->setObjectName(u"showLastDay"_s);
    auto *week = new QRadioButton(tr("Last &7 days"), row);
    week->setObjectName(u"showLastWeek"_s);
    day->setChecked(true);
    m_spanButtons = new QButtonGroup(this);
    m_spanButtons->addButton(day, int(UsageChart::Span::Day));
    m_spanButtons->addButton(week, int(UsageChart::Span::Week));
    connect(m_spanButtons, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            showSpan(UsageChart::Span(id));
    });

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(day);
    layout->addWidget(week);
    layout->addStretch();
    return row;
}

QWidget *ApiLimitsPage::createChartGroup()
{
    auto *group = new QGroupBox(tr("Usage"), this);
    group->setObjectName(u"usageChartGroup"_s);
    m_chart = new UsageChart(group);
    m_gapNote = new QLabel(group);
    m_gapNote->setObjectName(u"usageGapNote"_s);
    m_gapNote->setWordWrap(true);
    m_gapNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gapNote->hide();
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_gapNote);
    return group;
}

void ApiLimitsPage::setInstanceUrl(const QUrl &instanceUrl)
{
    m_instanceUrl = instanceUrl;
    m_systemOverview->setEnabled(instanceUrl.isValid() && !instanceUrl.isEmpty());
}

QUrl ApiLimitsPage::systemOverviewUrl() const
{
    if (m_instanceUrl.isEmpty())
        return QUrl();
    QUrl url = m_instanceUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/lightning/setup/SystemOverview/home"_s);
    url.setQuery(QString());
    return url;
}

void ApiLimitsPage::openSystemOverview()
{
    const QUrl url = systemOverviewUrl();
    if (url.isEmpty())
        return;
    Q_EMIT systemOverviewRequested(url);
    if (m_opensBrowser)
        QDesktopServices::openUrl(url);
}

void ApiLimitsPage::openThresholdDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ThresholdDialog(m_db, m_limit, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ThresholdDialog::thresholdSaved, this,
            [this](bool enabled, int calls, const QString &contact) {
                applyThreshold(enabled, calls);
                Q_EMIT thresholdSaved(enabled, calls, contact);
            });
    m_dialog->open();
}

void ApiLimitsPage::applyThreshold(bool enabled, int calls)
{
    m_thresholdCalls = enabled && calls > 0 ? calls : 0;
    if (m_thresholdCalls == 0)
        m_threshold->showNoThreshold();
    else if (m_readAt.isValid())
        m_threshold->showUsage(ApiUsage{m_used, m_thresholdCalls}, m_readAt);
    reloadChart(m_now());
}

void ApiLimitsPage::reloadFromStore()
{
    const QDateTime now = m_now();
    if (const std::optional<UsageSample> latest = m_history.sampleAt(now)) {
        m_used = latest->used;
        m_limit = latest->max;
        m_readAt = latest->at;
        m_total->showUsage(latest->usage(), latest->at);
    }
    if (m_thresholdCalls == 0)
        m_threshold->showNoThreshold();
    else if (m_readAt.isValid())
        m_threshold->showUsage(ApiUsage{m_used, m_thresholdCalls}, m_readAt);

    const QLocale loc = locale();
    const UsageForecast forecast = UsageForecast::project(m_history.forecastSamples(now), now);
    m_forecast->setText(ForecastText::pace(forecast, now, loc));
    m_rollOff->setText(ForecastText::rollOff(forecast));
    m_rollOff->setVisible(!m_rollOff->text().isEmpty());
    const std::optional<qint64> orgUsed =
        m_readAt.isValid() ? std::optional<qint64>(m_used) : std::nullopt;
    m_share->setText(ForecastText::share(m_history.countedInWindow(now), orgUsed, loc));

    reloadChart(now);
}

void ApiLimitsPage::showSpan(UsageChart::Span span)
{
    m_span = span;
    if (QAbstractButton *button = m_spanButtons->button(int(span)); !button->isChecked())
        button->setChecked(true);
    reloadChart(m_now());
}

void ApiLimitsPage::reloadUsageLogs()
{
    m_integrationsHour = QDateTime();
    m_history.forgetLoggedCalls();
    reloadFromStore();
}

void ApiLimitsPage::reloadIntegrationUsage(const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDateTime hour =
        QDateTime::fromMSecsSinceEpoch(nowMs - nowMs % (3600 * 1000), QTimeZone::utc());
    if (hour == m_integrationsHour && m_span == m_integrationsSpan)
        return;
    m_integrationsHour = hour;
    m_integrationsSpan = m_span;
    m_integrations->reload(now, m_span == UsageChart::Span::Day ? 24 : 7 * 24);
}

void ApiLimitsPage::reloadChart(const QDateTime &now)
{
    reloadIntegrationUsage(now);
    if (m_span == UsageChart::Span::Day) {
        m_chart->setPoints(m_history.rollingDay(now), m_span, m_limit, m_thresholdCalls,
                           now.addDays(-1), now);
    } else {
        const QTimeZone zone = QTimeZone::systemTimeZone();
        const QList<UsageChartPoint> days = m_history.lastWeek(now, zone);
        if (days.isEmpty())
            return;
        m_chart->setPoints(days, m_span, m_limit, m_thresholdCalls, days.first().at,
                           days.last().at);
    }
    m_gapNote->setText(m_chart->gapNote());
    m_gapNote->setVisible(!m_gapNote->text().isEmpty());
}

QString ApiLimitsPage::gapNoteText() const
{
    return m_gapNote->text();
}

QString ApiLimitsPage::forecastText() const
{
    return m_forecast->text();
}

QString ApiLimitsPage::rollOffText() const
{
    return m_rollOff->text();
}

QString ApiLimitsPage::shareText() const
{
    return m_share->text();
}

} // namespace syncdesk::ui
