#pragma once

#include "usage_history_model.h"

#include <QChartView>
#include <QList>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace syncdesk::ui {

// The usage chart: who spent the org's calls, stacked (SyncDesk by category, then other
// integrations), the org's total as a line, and the limit and the threshold as level
// lines. The series are made once; new data replaces their points in place, so a reload
// neither flickers nor loses the hover state.
class UsageChart : public QChartView
{
    Q_OBJECT

public:
    enum class Span
    {
        Day,  // the rolling window hour by hour
        Week, // daily totals
    };

    // The stacked layers, bottom first.
    enum class Layer
    {
        ActivityLogging,
        OutboundUpdate,
        InboundPoll,
        LimitsCheck,
        Describe,
        OtherIntegrations,
    };
    static constexpr int layerCount = 6;

    explicit UsageChart(QWidget *parent = nullptr);

    // limit and threshold: 0 hides the line. [from, to] is the time axis.
    void setPoints(const QList<UsageChartPoint> &points, Span span, qint64 limit, qint64 threshold,
                   const QDateTime &from, const QDateTime &to);

    Span span() const { return m_span; }
    // The layer's own values (not stacked) at each point, as drawn.
    QList<QPointF> layerValues(Layer layer) const;
    QLineSeries *layerTop(Layer layer) const;
    QLineSeries *orgTotalSeries() const { return m_orgTotal; }
    QLineSeries *limitSeries() const { return m_limit; }
    QLineSeries *thresholdSeries() const { return m_threshold; }

    // What hovering the point nearest to `at` shows.
    QString describeNearest(const QDateTime &at) const;
    static QString layerName(Layer layer);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showHover(const QPointF &point, bool state);

    QList<UsageChartPoint> m_points;
    Span m_span = Span::Day;
    QList<QLineSeries *> m_tops;
    QList<QLineSeries *> m_bottoms;
    QList<QAreaSeries *> m_areas;
    QLineSeries *m_orgTotal;
    QLineSeries *m_limit;
    QLineSeries *m_threshold;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_callsAxis;
};

} // namespace syncdesk::ui
