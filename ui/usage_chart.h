#pragma once

#include "usage_chart_layers.h"
#include "usage_history_model.h"

#include <QChartView>
#include <QList>
#include <array>

class QAbstractSeries;
class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace syncdesk::ui {

// The usage chart: who spent the org's calls, stacked (SyncDesk by category, the
// integrations Salesforce's logs name, then what the logs do not cover yet), the org's
// total as a line, and the limit and the threshold as level lines. Points nobody observed
// (no org figure, no logs over their window) are left out: each run of observed points is
// drawn by its own series, so a gap stays a gap instead of a line through zero. The series
// are made once and reused; new data replaces their points in place, so a reload neither
// flickers nor loses the hover state.
class UsageChart : public QChartView
{
    Q_OBJECT

public:
    enum class Span
    {
        Day,  // the rolling window hour by hour
        Week, // daily totals
    };

    using Layer = UsageChartLayer;
    static constexpr int layerCount = usageChartLayerCount;

    explicit UsageChart(QWidget *parent = nullptr);

    // limit and threshold: 0 hides the line. [from, to] is the time axis.
    void setPoints(const QList<UsageChartPoint> &points, Span span, qint64 limit, qint64 threshold,
                   const QDateTime &from, const QDateTime &to);

    Span span() const { return m_span; }
    const UsageChartLayers &layers() const { return m_layers; }
    // The layer's own values (not stacked) at each observed point, as drawn.
    QList<QPointF> layerValues(Layer layer) const { return m_values[std::size_t(layer)]; }
    // The org's total at each observed point, as drawn.
    QList<QPointF> orgTotalValues() const;
    // The first run's series.
    QLineSeries *layerTop(Layer layer) const;
    QLineSeries *orgTotalSeries() const;
    QLineSeries *limitSeries() const { return m_limit; }
    QLineSeries *thresholdSeries() const { return m_threshold; }
    // How many runs of observed points are drawn (gaps + 1, or 0 with nothing observed).
    int runCount() const { return m_runsUsed; }
    // Whether the legend lists the layer (it leaves out layers without calls).
    bool legendShows(Layer layer) const;

    QString layerName(Layer layer) const;
    // What hovering the point nearest to `at` shows.
    QString describeNearest(const QDateTime &at) const;
    // "No figures for 02:00–09:00: ..." for the points nobody observed; empty when none.
    QString gapNote() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // One run of observed points: a line per layer's top, the areas between them, and the
    // org's total.
    struct Run
    {
        std::array<QLineSeries *, layerCount> tops{};
        std::array<QAreaSeries *, layerCount> areas{};
        QLineSeries *orgTotal = nullptr;
    };

    void addRun();
    void showInLegend(QAbstractSeries *series, bool shown);
    void drawRuns(qint64 *highest);
    void applyPalette();
    void showHover(const QPointF &point, bool state);
    QString pointTime(const QDateTime &at, bool withDay = false) const;

    QList<UsageChartPoint> m_points;
    UsageChartLayers m_layers;
    Span m_span = Span::Day;
    std::array<QList<QPointF>, layerCount> m_values;
    QList<Run> m_runs;
    int m_runsUsed = 0;
    QLineSeries *m_limit;
    QLineSeries *m_threshold;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_callsAxis;
};

} // namespace syncdesk::ui
