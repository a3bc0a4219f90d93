#include "api_usage_group.h"
#include "forecast_text.h"
#include "limits_test_support.h"
#include "usage_chart.h"

#include <QLineSeries>
#include <QTest>

using namespace syncdesk;
using namespace syncdesk::ui;
using namespace syncdesk::ui::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Early morning in the zone the test runs in: a few hours on stay within one day, as the
// gap notes' texts expect (AGapOverMidnightNamesItsDays crosses midnight on purpose).
const QDateTime kStart = QDateTime(QDate(2026, 3, 10), QTime(6, 0)).toUTC();

UsageChartPoint point(int hour, std::optional<qint64> orgUsed, qint64 ourActivities = 0)
{
    UsageChartPoint result;
    result.at = kStart.addSecs(hour * 3600);
    result.orgUsed = orgUsed;
    result.orgMax = 15000;
    result.ourCalls[callCategoryIndex(CallCategory::ActivityLogging)] = ourActivities;
    return result;
}

// Logs over the point's whole window (one hour here), with these calls.
void logged(UsageChartPoint &point, const QHash<QString, qint64> &calls)
{
    IntegrationCallsByHour logs;
    logs.addCoveredHour(point.at.addSecs(-3600), calls);
    point.logged = logs.span(point.at.addSecs(-3600), point.at);
}

QList<qreal> xs(const QList<QPointF> &points)
{
    QList<qreal> values;
    for (const QPointF &p : points)
        values.append(p.x());
    return values;
}

class UsageChartLayersTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void show(const QList<UsageChartPoint> &points)
    {
        chart.setPoints(points, UsageChart::Span::Day, 15000, 0, points.first().at,
                        points.last().at);
    }

    UsageChart chart;
};

} // namespace

TEST_F(UsageChartLayersTest, AnHourNobodyObservedIsAGapNotAZero)
{
    // 00:00-01:00 read live, 02:00-04:00 nobody saw, 05:00 read live again.
    QList<UsageChartPoint> points{point(0, 900, 100),     point(1, 950, 100),
                                  point(2, std::nullopt), point(3, std::nullopt),
                                  point(4, std::nullopt), point(5, 1000, 120)};
    show(points);

    const qreal gapStart = qreal(points[2].at.toMSecsSinceEpoch());
    const qreal gapEnd = qreal(points[4].at.toMSecsSinceEpoch());
    for (int layer = 0; layer < UsageChart::layerCount; ++layer) {
        for (qreal x : xs(chart.layerValues(UsageChart::Layer(layer))))
            EXPECT_FALSE(x >= gapStart && x <= gapEnd) << "layer " << layer << " drawn in the gap";
    }
    const QList<QPointF> org = chart.orgTotalValues();
    ASSERT_EQ(org.size(), 3);
    for (const QPointF &p : org)
        EXPECT_GT(p.y(), 0);
    // Two runs: the second is the lone 05:00 reading, shown as a dot.
    EXPECT_EQ(chart.runCount(), 2);
    EXPECT_EQ(chart.orgTotalSeries()->count(), 2);
    EXPECT_EQ(chart.layerValues(UsageChart::Layer::OtherIntegrations).last().y(), 880);

    const QString note = chart.gapNote();
    const QLocale loc = chart.locale(); // the locale when the chart was made
    EXPECT_TRUE(note.startsWith(u"No figures for %1–%2:"_s.arg(
        loc.toString(points[2].at.toLocalTime().time(), QLocale::ShortFormat),
        loc.toString(points[4].at.toLocalTime().time(), QLocale::ShortFormat))))
        << note.toStdString();
    EXPECT_TRUE(chart.describeNearest(points[3].at).contains(u"No figures"_s));

    // Once observed throughout, the gap and its note are gone, with the same series.
    QLineSeries *firstTop = chart.layerTop(UsageChart::Layer::ActivityLogging);
    for (UsageChartPoint &p : points)
        p.orgUsed = p.orgUsed.value_or(970);
    show(points);
    EXPECT_EQ(chart.runCount(), 1);
    EXPECT_TRUE(chart.gapNote().isEmpty());
    EXPECT_EQ(chart.layerTop(UsageChart::Layer::ActivityLogging), firstTop);
    EXPECT_EQ(chart.layerValues(UsageChart::Layer::ActivityLogging).size(), 6);
}

TEST_F(UsageChartLayersTest, AGapOverMidnightNamesItsDays)
{
    // 23:00 to 01:00 local time went unobserved: the same clock times come round each day,
    // so the note says which days ("Tue 11:00 PM–Wed 1:00 AM").
    const QDateTime midnight(kStart.toLocalTime().date().addDays(1), QTime(0, 0));
    QList<UsageChartPoint> points;
    for (int hour = -2; hour <= 2; ++hour) {
        UsageChartPoint p =
            point(0, std::abs(hour) == 2 ? std::optional<qint64>(900) : std::nullopt);
        p.at = midnight.addSecs(hour * 3600).toUTC();
        points.append(p);
    }
    show(points);

    const QLocale loc = chart.locale();
    const auto named = [&](const QDateTime &at) -> QString {
        const QDateTime local = at.toLocalTime();
        return loc.toString(local.date(), u"ddd "_s) +
               loc.toString(local.time(), QLocale::ShortFormat);
    };
    const QString note = chart.gapNote();
    EXPECT_TRUE(
        note.startsWith(u"No figures for %1–%2:"_s.arg(named(points[1].at), named(points[3].at))))
        << note.toStdString();
}

TEST_F(UsageChartLayersTest, LogsAloneMakeAWindowObserved)
{
    // No org figure, but the logs cover the window: its total is ours and theirs.
    UsageChartPoint covered = point(1, std::nullopt, 30);
    logged(covered, {{u"Pardot"_s, 200}});
    UsageChartPoint partly = point(2, std::nullopt, 30);
    IntegrationCallsByHour half;
    half.addCoveredHour(partly.at.addSecs(-2 * 3600), {{u"Pardot"_s, 50}});
    partly.logged = half.span(partly.at.addSecs(-2 * 3600), partly.at); // one of two hours
    EXPECT_TRUE(covered.observed());
    EXPECT_EQ(covered.orgTotal(), 230);
    EXPECT_FALSE(partly.observed());

    show({point(0, 100), covered, partly});
    EXPECT_EQ(chart.orgTotalValues().size(), 2);
    EXPECT_EQ(chart.orgTotalValues().last().y(), 230);
    EXPECT_EQ(chart.layerValues(UsageChart::Layer::Integration1).last().y(), 200);
    // Nothing is left for the unnamed block where the logs name everybody.
    EXPECT_EQ(chart.layerValues(UsageChart::Layer::OtherIntegrations).last().y(), 0);
}

TEST_F(UsageChartLayersTest, TheTopFiveIntegrationsAndTheRest)
{
    const QStringList names{u"Pardot"_s,    u"Loader"_s, u"Tableau"_s, u"Orders"_s,
                            u"Mailchimp"_s, u"Zapier"_s, u"DocuSign"_s};
    QList<UsageChartPoint> points;
    for (int hour = 1; hour <= 3; ++hour) {
        UsageChartPoint p = point(hour, 5000, 40);
        QHash<QString, qint64> calls;
        for (qsizetype i = 0; i < names.size(); ++i)
            calls[names[i]] = (names.size() - i) * 100; // Pardot most
        logged(p, calls);
        points.append(p);
    }
    show(points);

    EXPECT_EQ(chart.layers().integrations(), names.first(5));
    EXPECT_EQ(chart.layerName(UsageChart::Layer::Integration1), u"Pardot"_s);
    EXPECT_EQ(chart.layerName(UsageChart::Layer::Integration5), u"Mailchimp"_s);
    EXPECT_EQ(chart.layerValues(UsageChart::Layer::Integration1).first().y(), 700);
    EXPECT_EQ(chart.layerValues(UsageChart::Layer::Integration5).first().y(), 300);
    EXPECT_EQ(chart.layerValues(UsageChart::Layer::RestOfIntegrations).first().y(), 200 + 100);
    // SyncDesk's own calls stay their own layer, at the bottom.
    EXPECT_EQ(chart.layerValues(UsageChart::Layer::ActivityLogging).first().y(), 40);
    EXPECT_TRUE(chart.legendShows(UsageChart::Layer::ActivityLogging));
    // The org's 5,000 less ours (40) and the logs' 2,800: not in the logs yet.
    EXPECT_EQ(chart.layerValues(UsageChart::Layer::OtherIntegrations).first().y(), 2160);
    EXPECT_EQ(chart.layerName(UsageChart::Layer::OtherIntegrations),
              u"Others, not in the logs yet"_s);
    // Stacked: the top of the last layer is the org's count.
    EXPECT_EQ(chart.layerTop(UsageChart::Layer::OtherIntegrations)->at(0).y(), 5000);
    EXPECT_TRUE(chart.legendShows(UsageChart::Layer::RestOfIntegrations));

    // Two integrations: three named layers and the rest have nothing, and no legend entry.
    for (UsageChartPoint &p : points)
        logged(p, {{u"Pardot"_s, 10}, {u"Loader"_s, 5}});
    show(points);
    EXPECT_EQ(chart.layers().integrations(), (QStringList{u"Pardot"_s, u"Loader"_s}));
    EXPECT_TRUE(chart.legendShows(UsageChart::Layer::Integration2));
    EXPECT_FALSE(chart.legendShows(UsageChart::Layer::Integration3));
    EXPECT_FALSE(chart.legendShows(UsageChart::Layer::RestOfIntegrations));

    // The last day's order comes first (as in the table); one seen only earlier on the
    // chart (Tableau, on working hours) takes a free layer, not the rest.
    logged(points[0], {{u"Tableau"_s, 900}});
    show(points);
    EXPECT_EQ(chart.layers().integrations(), (QStringList{u"Pardot"_s, u"Loader"_s, u"Tableau"_s}));
    EXPECT_EQ(chart.layerValues(UsageChart::Layer::Integration3).first().y(), 900);
    EXPECT_EQ(chart.layerValues(UsageChart::Layer::RestOfIntegrations).first().y(), 0);
}

TEST_F(UsageChartLayersTest, LoggedHoursAreCountedOnlyInsideTheWindow)
{
    IntegrationCallsByHour logs;
    logs.addCoveredHour(kStart, {{u"Pardot"_s, 5}});
    logs.addCoveredHour(kStart.addSecs(3600), {{u"Pardot"_s, 7}, {u"Loader"_s, 1}});
    const IntegrationCallsByHour::Span both = logs.span(kStart, kStart.addSecs(2 * 3600));
    EXPECT_TRUE(both.fullyCovered());
    EXPECT_EQ(both.calls.value(u"Pardot"_s), 12);
    EXPECT_EQ(both.total(), 13);
    // A window starting mid-hour counts from the next whole hour; 02:00 is not covered.
    const IntegrationCallsByHour::Span later =
        logs.span(kStart.addSecs(1800), kStart.addSecs(3 * 3600));
    EXPECT_EQ(later.hours, 2);
    EXPECT_EQ(later.coveredHours, 1);
    EXPECT_FALSE(later.fullyCovered());
    EXPECT_EQ(later.total(), 8);
}

// Every count on the tab agrees with its number, 1 included.
TEST(UsageTabPluralsTest, OneReadsInTheSingular)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ApiUsageGroup total(ApiUsageGroup::Kind::Limit);
    total.showUsage(ApiUsage{14999, 15000}, kStart);
    EXPECT_EQ(total.remainingText(), u"1 call left in the rolling 24 hours"_s);
    total.showUsage(ApiUsage{15001, 15000}, kStart);
    EXPECT_EQ(total.remainingText(), u"1 call over the org's allocation"_s);
    total.showUsage(ApiUsage{12000, 15000}, kStart);
    EXPECT_EQ(total.remainingText(), u"3,000 calls left in the rolling 24 hours"_s);
    ApiUsageGroup threshold(ApiUsageGroup::Kind::Threshold);
    threshold.showUsage(ApiUsage{9999, 10000}, kStart);
    EXPECT_EQ(threshold.remainingText(), u"1 call left before the threshold"_s);
    threshold.showUsage(ApiUsage{10001, 10000}, kStart);
    EXPECT_EQ(threshold.remainingText(), u"The threshold is crossed by 1 call"_s);

    UsageForecast forecast;
    forecast.from = kStart;
    forecast.rollOffNextHour = 1;
    EXPECT_TRUE(ForecastText::rollOff(forecast).startsWith(u"1 call "_s));

    const QLocale locale;
    std::array<qint64, callCategoryCount> ours{};
    for (CallCategory category : allCallCategories)
        ours[callCategoryIndex(category)] = 1;
    EXPECT_EQ(ForecastText::share(ours, std::nullopt, locale),
              u"SyncDesk made 7 calls in the last 24 hours: 1 activity logging call, 1 update to "
              u"Salesforce, 1 poll for changes, 1 limits check, 1 describe call, 1 sign-in, "
              u"1 usage log read."_s);
    std::array<qint64, callCategoryCount> one{};
    one[callCategoryIndex(CallCategory::OutboundUpdate)] = 1;
    EXPECT_TRUE(ForecastText::share(one, 1, locale).contains(u"the org's 1 call in"_s))
        << ForecastText::share(one, 1, locale).toStdString();
    EXPECT_EQ(ForecastText::share(one, std::nullopt, locale),
              u"SyncDesk made 1 call in the last 24 hours: 1 update to Salesforce."_s);
}
