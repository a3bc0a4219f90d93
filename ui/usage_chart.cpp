#include "usage_chart.h"

#include "usage_level_palette.h"

#include <QAreaSeries>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// SyncDesk's own layers in blues (one family, so "ours" reads as one thing).
const std::array<QColor, 5> kSyncDeskColors{QColor(0x1f, 0x4e, 0x9c), QColor(0x2f, 0x6f, 0xd0),
                                            QColor(0x5a, 0x9b, 0xe6), QColor(0x8c, 0xbc, 0xf0),
                                            QColor(0xb9, 0xd6, 0xf6)};
// The named integrations' hues, away from SyncDesk's blue, the limit's red and the
// threshold's orange.
constexpr std::array<int, namedIntegrationLayers> kIntegrationHues{140, 275, 175, 320, 55};

QColor layerColor(UsageChart::Layer layer, const QPalette &palette)
{
    const int index = int(layer);
    if (UsageChartLayers::isSyncDesk(layer))
        return kSyncDeskColors[std::size_t(index)];
    // Mid tones that read on the window's own background, light or dark.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (layer == UsageChart::Layer::RestOfIntegrations)
        return QColor::fromHsl(215, 12, dark ? 150 : 110);
    if (layer == UsageChart::Layer::OtherIntegrations)
        return QColor::fromHsl(215, 8, dark ? 110 : 165);
    const int hue = kIntegrationHues[std::size_t(index - int(UsageChart::Layer::Integration1))];
    return QColor::fromHsl(hue, 110, dark ? 120 : 140);
}

} // namespace

UsageChart::UsageChart(QWidget *parent)
    : QChartView(parent)
    , m_limit(new QLineSeries(this))
    , m_threshold(new QLineSeries(this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_callsAxis(new QValueAxis(this))
{
    setObjectName(u"usageChart"_s);
    setAccessibleName(tr("API usage chart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);

    auto *chart = new QChart();
    chart->setMargins(QMargins(4, 4, 4, 4));
    // On the right the layers' names fit in full, one under the other, stacked as drawn.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setReverseMarkers(true);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_callsAxis, Qt::AlignLeft);
    m_callsAxis->setLabelFormat(u"%.0f"_s);
    m_callsAxis->setTruncateLabels(false);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale());
    setChart(chart);

    // The first run is made before the level lines, so the legend lists the layers, the
    // org's total, the limit and the threshold in that order (reversed: top first).
    addRun();
    const auto addLine = [&](QLineSeries *series, const QString &name, const QColor &color,
                             Qt::PenStyle style) {
        series->setName(name);
        series->setPen(QPen(color, 2, style));
        chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_callsAxis);
        connect(series, &QLineSeries::hovered, this, &UsageChart::showHover);
    };
    addLine(m_limit, tr("Limit"), usageLevelColor(UsageLevel::Red), Qt::DashLine);
    addLine(m_threshold, tr("Threshold"), usageLevelColor(UsageLevel::Orange), Qt::DashDotLine);
    applyPalette();
}

void UsageChart::showInLegend(QAbstractSeries *series, bool shown)
{
    const QList<QLegendMarker *> markers = chart()->legend()->markers(series);
    if (!markers.isEmpty())
        markers.constFirst()->setVisible(shown);
}

void UsageChart::addRun()
{
    Run run;
    for (int layer = 0; layer < layerCount; ++layer) {
        run.tops[layer] = new QLineSeries(this);
        QLineSeries *bottom = layer == 0 ? nullptr : run.tops[layer - 1];
        auto *area = new QAreaSeries(run.tops[layer], bottom);
        area->setName(layerName(Layer(layer)));
        chart()->addSeries(area);
        area->attachAxis(m_timeAxis);
        area->attachAxis(m_callsAxis);
        connect(area, &QAreaSeries::hovered, this, &UsageChart::showHover);
        run.areas[layer] = area;
    }
    run.orgTotal = new QLineSeries(this);
    run.orgTotal->setName(tr("Org total"));
    chart()->addSeries(run.orgTotal);
    run.orgTotal->attachAxis(m_timeAxis);
    run.orgTotal->attachAxis(m_callsAxis);
    connect(run.orgTotal, &QLineSeries::hovered, this, &UsageChart::showHover);
    m_runs.append(run);
    applyPalette();
}

void UsageChart::applyPalette()
{
    const QPalette pal = palette();
    QChart *chart = this->chart();
    chart->setBackgroundBrush(pal.brush(QPalette::Window));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(pal.brush(QPalette::WindowText));
    chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
    // Axis and grid lines between the background and the text, so that a theme's own
    // Mid and Midlight (bright in some dark themes) do not outshine the data.
    const auto towardsText = [&](double share) {
        const QColor back = pal.color(QPalette::Window);
        const QColor text = pal.color(QPalette::WindowText);
        return QColor::fromRgbF(back.redF() + (text.redF() - back.redF()) * share,
                                back.greenF() + (text.greenF() - back.greenF()) * share,
                                back.blueF() + (text.blueF() - back.blueF()) * share);
    };
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_callsAxis)}) {
        axis->setLabelsBrush(pal.brush(QPalette::WindowText));
        axis->setLinePen(QPen(towardsText(0.45)));
        axis->setGridLinePen(QPen(towardsText(0.25), 1, Qt::DotLine));
    }
    for (const Run &run : std::as_const(m_runs)) {
        for (int layer = 0; layer < layerCount; ++layer) {
            const QColor color = layerColor(Layer(layer), pal);
            // Beside named layers, the calls not in the logs yet are hatched: the org
            // counted them, nobody says who made them.
            const bool hatched =
                Layer(layer) == Layer::OtherIntegrations && !m_layers.integrations().isEmpty();
            run.areas[layer]->setBrush(
                QBrush(color, hatched ? Qt::BDiagPattern : Qt::SolidPattern));
            run.areas[layer]->setBorderColor(color.darker(115));
        }
        run.orgTotal->setPen(QPen(pal.color(QPalette::WindowText), 2));
    }
}

void UsageChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

QString UsageChart::layerName(Layer layer) const
{
    switch (layer) {
    case Layer::ActivityLogging:
        return tr("SyncDesk: activity logging");
    case Layer::OutboundUpdate:
        return tr("SyncDesk: updates to Salesforce");
    case Layer::InboundPoll:
        return tr("SyncDesk: polling for changes");
    case Layer::LimitsCheck:
        return tr("SyncDesk: limits checks");
    case Layer::Describe:
        return tr("SyncDesk: describe");
    case Layer::RestOfIntegrations:
        return tr("The rest");
    case Layer::OtherIntegrations:
        // Beside named layers, the unnamed block is what the logs do not cover yet.
        return m_layers.integrations().isEmpty() ? tr("Other integrations")
                                                 : tr("Others, not in the logs yet");
    default:
        return m_layers.integration(layer);
    }
}

void UsageChart::setPoints(const QList<UsageChartPoint> &points, Span span, qint64 limit,
                           qint64 threshold, const QDateTime &from, const QDateTime &to)
{
    m_points = points;
    m_span = span;
    // The table's period: the last point's window hour by hour, every day over a week.
    QHash<QString, qint64> ranking;
    if (span == Span::Day && !points.isEmpty()) {
        ranking = points.last().logged.calls;
    } else {
        for (const UsageChartPoint &point : points) {
            for (auto it = point.logged.calls.cbegin(); it != point.logged.calls.cend(); ++it)
                ranking[it.key()] += it.value();
        }
    }
    m_layers = UsageChartLayers(points, ranking);

    qint64 highest = std::max(limit, threshold);
    drawRuns(&highest);

    const qreal left = qreal(from.toMSecsSinceEpoch());
    const qreal right = qreal(to.toMSecsSinceEpoch());
    const auto level = [&](qint64 value) {
        return value > 0 ? QList<QPointF>{{left, qreal(value)}, {right, qreal(value)}}
                         : QList<QPointF>();
    };
    m_limit->replace(level(limit));
    m_threshold->replace(level(threshold));
    m_threshold->setVisible(threshold > 0);

    // Day names alone: seven "Mon 30"s do not fit beside the table at 1280 pixels.
    m_timeAxis->setFormat(span == Span::Day ? u"HH:mm"_s : u"ddd"_s);
    // Seven days: one tick per day, on the points; a day: every four hours.
    m_timeAxis->setTickCount(7);
    m_timeAxis->setRange(from, to);
    // A chart title rather than an axis title: Qt Charts lays a vertical axis title over
    // labels that grew after the first layout.
    chart()->setTitle(span == Span::Day ? tr("Calls in the rolling 24 hours, hour by hour")
                                        : tr("Calls per day, the last 7 days"));
    m_callsAxis->setRange(0, std::max<qreal>(10, std::ceil(qreal(highest) * 1.1)));
    m_callsAxis->applyNiceNumbers();
    // Wider labels (15,000 after 10) need the plot area laid out again, or they are cut.
    chart()->layout()->invalidate();
}

void UsageChart::drawRuns(qint64 *highest)
{
    QList<QList<qsizetype>> runs;
    bool inRun = false;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        if (!m_points[i].observed()) {
            inRun = false;
            continue;
        }
        if (!inRun)
            runs.append(QList<qsizetype>());
        runs.last().append(i);
        inRun = true;
    }
    while (m_runs.size() < runs.size())
        addRun();
    m_runsUsed = int(runs.size());

    std::array<bool, layerCount> hasCalls{};
    for (QList<QPointF> &values : m_values)
        values.clear();
    for (qsizetype r = 0; r < m_runs.size(); ++r) {
        const Run &run = m_runs[r];
        const QList<qsizetype> indexes = r < runs.size() ? runs[r] : QList<qsizetype>();
        // A run left over from an earlier reload is hidden: an area without points still
        // draws its border at the plot's edge.
        const bool used = r < runs.size();
        for (QAreaSeries *area : run.areas)
            area->setVisible(used);
        run.orgTotal->setVisible(used);
        QList<qint64> running(indexes.size(), 0);
        for (int layer = 0; layer < layerCount; ++layer) {
            QList<QPointF> tops;
            for (qsizetype k = 0; k < indexes.size(); ++k) {
                const UsageChartPoint &point = m_points[indexes[k]];
                const qreal x = qreal(point.at.toMSecsSinceEpoch());
                const qint64 value = m_layers.value(point, Layer(layer));
                running[k] += value;
                *highest = std::max(*highest, running[k]);
                hasCalls[layer] = hasCalls[layer] || value > 0;
                tops.append(QPointF(x, qreal(running[k])));
                m_values[layer].append(QPointF(x, qreal(value)));
            }
            run.tops[layer]->replace(tops);
            run.areas[layer]->setName(layerName(Layer(layer)));
        }
        QList<QPointF> org;
        for (qsizetype index : indexes) {
            if (const std::optional<qint64> total = m_points[index].orgTotal()) {
                org.append(QPointF(qreal(m_points[index].at.toMSecsSinceEpoch()), qreal(*total)));
                *highest = std::max(*highest, *total);
            }
        }
        run.orgTotal->replace(org);
        // A line needs two points: a lone reading (the first after a gap) shows as the
        // org's dot; its layers are in its tooltip.
        run.orgTotal->setPointsVisible(org.size() == 1);
    }
    // The first run speaks for all of them in the legend (showing a series shows its marker).
    for (qsizetype r = 1; r < m_runs.size(); ++r) {
        showInLegend(m_runs[r].orgTotal, false);
        for (QAreaSeries *area : m_runs[r].areas)
            showInLegend(area, false);
    }
    // The legend lists only the layers that have calls somewhere on the chart, each name in
    // full: Qt Charts cuts long names at a width of its own choosing otherwise.
    const QFontMetrics metrics(chart()->legend()->font());
    int widest = 0;
    for (int layer = 0; layer < layerCount; ++layer) {
        showInLegend(m_runs[0].areas[layer], hasCalls[layer]);
        if (hasCalls[layer])
            widest = std::max(widest, metrics.horizontalAdvance(layerName(Layer(layer))));
    }
    for (const QLineSeries *line : {m_runs[0].orgTotal, m_limit, m_threshold})
        widest = std::max(widest, metrics.horizontalAdvance(line->name()));
    // The marker, its spacing and the legend's margins.
    chart()->legend()->setMinimumWidth(widest + 4 * metrics.height());
    applyPalette();
}

void UsageChart::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    // Qt Charts sizes the label column on the first layout and keeps it while hidden:
    // without this, labels of a range set before the chart was shown are cut off.
    const qreal min = m_callsAxis->min();
    const qreal max = m_callsAxis->max();
    m_callsAxis->setRange(min, max + 1);
    m_callsAxis->setRange(min, max);
}

QList<QPointF> UsageChart::orgTotalValues() const
{
    QList<QPointF> values;
    for (int r = 0; r < m_runsUsed; ++r)
        values += m_runs[r].orgTotal->points();
    return values;
}

QLineSeries *UsageChart::layerTop(Layer layer) const
{
    return m_runs[0].tops[int(layer)];
}

QLineSeries *UsageChart::orgTotalSeries() const
{
    return m_runs[0].orgTotal;
}

bool UsageChart::legendShows(Layer layer) const
{
    const QList<QLegendMarker *> markers = chart()->legend()->markers(m_runs[0].areas[int(layer)]);
    return !markers.isEmpty() && markers.constFirst()->isVisible();
}

QString UsageChart::pointTime(const QDateTime &at, bool withDay) const
{
    const QDateTime local = at.toLocalTime();
    if (m_span != Span::Day)
        return locale().toString(local.date(), u"ddd d"_s);
    const QString time = locale().toString(local.time(), QLocale::ShortFormat);
    return withDay ? locale().toString(local.date(), u"ddd "_s) + time : time;
}

QString UsageChart::gapNote() const
{
    QStringList ranges;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        if (m_points[i].observed())
            continue;
        qsizetype last = i;
        while (last + 1 < m_points.size() && !m_points[last + 1].observed())
            ++last;
        // A day's span can hold the same clock time twice ("12:00 AM–12:00 AM"): a range
        // over midnight names its days.
        const bool overMidnight =
            m_points[i].at.toLocalTime().date() != m_points[last].at.toLocalTime().date();
        ranges.append(last == i ? pointTime(m_points[i].at)
                                : tr("%1–%2").arg(pointTime(m_points[i].at, overMidnight),
                                                  pointTime(m_points[last].at, overMidnight)));
        i = last;
    }
    if (ranges.isEmpty())
        return QString();
    return tr("No figures for %1: SyncDesk was not running and Salesforce's logs do not cover "
              "this time yet.")
        .arg(ranges.join(u", "_s));
}

QString UsageChart::describeNearest(const QDateTime &at) const
{
    if (m_points.isEmpty())
        return QString();
    const auto nearest = std::min_element(
        m_points.begin(), m_points.end(), [&](const UsageChartPoint &a, const UsageChartPoint &b) {
            return std::abs(a.at.msecsTo(at)) < std::abs(b.at.msecsTo(at));
        });
    const QLocale loc = locale();
    const QDateTime local = nearest->at.toLocalTime();
    QStringList lines;
    lines.append(m_span == Span::Day ? loc.toString(local, QLocale::ShortFormat)
                                     : loc.toString(local.date(), QLocale::LongFormat));
    if (!nearest->observed()) {
        lines.append(tr("No figures: SyncDesk was not running and Salesforce's logs do not "
                        "cover this time yet."));
        return lines.join(u'\n');
    }
    if (const std::optional<qint64> total = nearest->orgTotal())
        lines.append(tr("Org total: %1").arg(loc.toString(*total)));
    for (int layer = 0; layer < layerCount; ++layer) {
        const qint64 value = m_layers.value(*nearest, Layer(layer));
        // SyncDesk's layers and the unnamed block always; a named layer where it has calls.
        if (value == 0 && !UsageChartLayers::isSyncDesk(Layer(layer)) &&
            Layer(layer) != Layer::OtherIntegrations)
            continue;
        lines.append(tr("%1: %2").arg(layerName(Layer(layer)), loc.toString(value)));
    }
    return lines.join(u'\n');
}

void UsageChart::showHover(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC);
    QToolTip::showText(QCursor::pos(), describeNearest(at), this);
}

} // namespace syncdesk::ui
