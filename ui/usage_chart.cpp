#include "usage_chart.h"

#include "usage_level_palette.h"

#include <QAreaSeries>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array<CallCategory, 5> kLayerCategories{
    CallCategory::ActivityLogging, CallCategory::OutboundUpdate, CallCategory::InboundPoll,
    CallCategory::LimitsCheck, CallCategory::Describe};

// SyncDesk's own layers in blues (one family, so "ours" reads as one thing), other
// integrations in a neutral grey.
const std::array<QColor, UsageChart::layerCount> kLayerColors{
    QColor(0x1f, 0x4e, 0x9c), QColor(0x2f, 0x6f, 0xd0), QColor(0x5a, 0x9b, 0xe6),
    QColor(0x8c, 0xbc, 0xf0), QColor(0xb9, 0xd6, 0xf6), QColor(0xa0, 0xa4, 0xab)};

qint64 layerValue(const UsageChartPoint &point, int layer)
{
    if (layer >= int(kLayerCategories.size()))
        return point.otherIntegrations();
    const CallCategory category = kLayerCategories[std::size_t(layer)];
    qint64 calls = point.ourCalls[callCategoryIndex(category)];
    // Reading the org's usage logs is reading usage too: drawn with the limits checks, so
    // that SyncDesk's layers and the others still add up to the org's figure.
    if (category == CallCategory::LimitsCheck)
        calls += point.ourCalls[callCategoryIndex(CallCategory::UsageLog)];
    return calls;
}

} // namespace

UsageChart::UsageChart(QWidget *parent)
    : QChartView(parent)
    , m_orgTotal(new QLineSeries(this))
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

    for (int layer = 0; layer < layerCount; ++layer) {
        auto *top = new QLineSeries(this);
        QLineSeries *bottom = layer == 0 ? nullptr : m_tops.last();
        auto *area = new QAreaSeries(top, bottom);
        area->setName(layerName(Layer(layer)));
        area->setColor(kLayerColors[std::size_t(layer)]);
        area->setBorderColor(kLayerColors[std::size_t(layer)].darker(115));
        chart->addSeries(area);
        area->attachAxis(m_timeAxis);
        area->attachAxis(m_callsAxis);
        connect(area, &QAreaSeries::hovered, this, &UsageChart::showHover);
        m_tops.append(top);
        m_bottoms.append(bottom);
        m_areas.append(area);
    }

    const auto addLine = [&](QLineSeries *series, const QString &name, const QColor &color,
                             Qt::PenStyle style, qreal width) {
        series->setName(name);
        QPen pen(color, width, style);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_callsAxis);
        connect(series, &QLineSeries::hovered, this, &UsageChart::showHover);
    };
    addLine(m_orgTotal, tr("Org total"), palette().color(QPalette::WindowText), Qt::SolidLine, 2);
    addLine(m_limit, tr("Limit"), usageLevelColor(UsageLevel::Red), Qt::DashLine, 2);
    addLine(m_threshold, tr("Threshold"), usageLevelColor(UsageLevel::Orange), Qt::DashDotLine, 2);

    setChart(chart);
}

QString UsageChart::layerName(Layer layer)
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
    case Layer::OtherIntegrations:
        return tr("Other integrations");
    }
    return QString();
}

void UsageChart::setPoints(const QList<UsageChartPoint> &points, Span span, qint64 limit,
                           qint64 threshold, const QDateTime &from, const QDateTime &to)
{
    m_points = points;
    m_span = span;

    qint64 highest = std::max(limit, threshold);
    QList<qint64> running(points.size(), 0);
    for (int layer = 0; layer < layerCount; ++layer) {
        QList<QPointF> tops;
        tops.reserve(points.size());
        for (qsizetype i = 0; i < points.size(); ++i) {
            running[i] += layerValue(points[i], layer);
            highest = std::max(highest, running[i]);
            tops.append(QPointF(qreal(points[i].at.toMSecsSinceEpoch()), qreal(running[i])));
        }
        m_tops[layer]->replace(tops);
    }

    QList<QPointF> org;
    for (const UsageChartPoint &point : points) {
        if (point.orgUsed) {
            org.append(QPointF(qreal(point.at.toMSecsSinceEpoch()), qreal(*point.orgUsed)));
            highest = std::max(highest, *point.orgUsed);
        }
    }
    m_orgTotal->replace(org);
    // A line needs two points: the first reading of a new workspace shows as a dot.
    m_orgTotal->setPointsVisible(org.size() == 1);

    const qreal left = qreal(from.toMSecsSinceEpoch());
    const qreal right = qreal(to.toMSecsSinceEpoch());
    const auto level = [&](qint64 value) {
        return value > 0 ? QList<QPointF>{{left, qreal(value)}, {right, qreal(value)}}
                         : QList<QPointF>();
    };
    m_limit->replace(level(limit));
    m_threshold->replace(level(threshold));
    m_threshold->setVisible(threshold > 0);

    m_timeAxis->setFormat(span == Span::Day ? u"HH:mm"_s : u"ddd d"_s);
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

QList<QPointF> UsageChart::layerValues(Layer layer) const
{
    const int index = int(layer);
    QList<QPointF> values = m_tops[index]->points();
    if (index > 0) {
        const QList<QPointF> below = m_tops[index - 1]->points();
        for (qsizetype i = 0; i < values.size() && i < below.size(); ++i)
            values[i].setY(values[i].y() - below[i].y());
    }
    return values;
}

QLineSeries *UsageChart::layerTop(Layer layer) const
{
    return m_tops[int(layer)];
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
    if (nearest->orgUsed)
        lines.append(tr("Org total: %1").arg(loc.toString(*nearest->orgUsed)));
    for (int layer = 0; layer < layerCount; ++layer) {
        lines.append(
            tr("%1: %2").arg(layerName(Layer(layer)), loc.toString(layerValue(*nearest, layer))));
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
