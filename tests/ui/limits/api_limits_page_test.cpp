#include "api_limits_page.h"
#include "api_usage_group.h"
#include "forecast_text.h"
#include "limits_test_support.h"
#include "store/api_call_ledger_store.h"
#include "store/api_usage_log_store.h"
#include "store/settings_store.h"
#include "store/usage_sample_store.h"
#include "threshold_dialog.h"
#include "usage_chart.h"
#include "usage_level_palette.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <iostream>

using namespace syncdesk;
using namespace syncdesk::ui;
using namespace syncdesk::ui::test;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(15, 20), QTimeZone::utc());
constexpr qint64 kLimit = 15000;
constexpr qint64 kHourMs = 3600 * 1000;

constexpr std::array<CallCategory, 5> kLayerCategories{
    CallCategory::ActivityLogging, CallCategory::OutboundUpdate, CallCategory::InboundPoll,
    CallCategory::LimitsCheck, CallCategory::Describe};

class ApiLimitsPageTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        insertHistory(kNow, 8 * 24, 0x5eed);
    }

    void TearDown() override
    {
        page.reset();
        StoreTest::TearDown();
    }

    void makePage()
    {
        page = std::make_unique<ApiLimitsPage>(m_db);
        page->setClock([this] { return now; });
        page->setOpensBrowser(false);
        page->reloadFromStore();
        page->resize(1280, 800);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }

    // `hours` of calls (a few a minute, of every kind, some not counted by Salesforce)
    // and a header sample every 20 minutes, ending at `end`.
    void insertHistory(const QDateTime &end, int hours, quint32 seed)
    {
        QRandomGenerator random(seed);
        // One transaction: a commit per row would make the set-up the slowest part.
        ASSERT_TRUE(m_db.transaction());
        ApiCallLedgerStore ledger(m_db);
        const QDateTime start = end.addSecs(-qint64(hours) * 3600);
        for (QDateTime at = start; at <= end; at = at.addSecs(random.bounded(60, 900))) {
            ApiCallRecord call;
            call.at = at;
            call.category = allCallCategories[random.bounded(int(callCategoryCount))];
            call.endpoint = QStringLiteral("/services/data/v62.0/composite");
            call.httpStatus = 200;
            switch (random.bounded(10)) {
            case 0:
                call.httpStatus = 403;
                call.errorCode = QStringLiteral("REQUEST_LIMIT_EXCEEDED");
                break;
            case 1:
                call.httpStatus = 503;
                break;
            case 2:
                call.httpStatus = 400;
                call.errorCode = QStringLiteral("INVALID_FIELD");
                break;
            case 3:
                call.endpoint = QStringLiteral("/services/data/");
                break;
            default:
                break;
            }
            ASSERT_TRUE(ledger.record(call)) << ledger.lastError().toStdString();
            calls.append(call);
        }
        // A call exactly on a whole hour belongs to the window ending at that hour. (Once:
        // history written late into settled hours is not reread; see UsageHistoryModel.)
        if (end == kNow) {
            ApiCallRecord onTheHour{QDateTime(kNow.date(), QTime(12, 0), QTimeZone::utc()),
                                    CallCategory::OutboundUpdate,
                                    QStringLiteral("/services/data/v62.0/composite"),
                                    200,
                                    std::nullopt,
                                    QString()};
            ASSERT_TRUE(ledger.record(onTheHour));
            calls.append(onTheHour);
        }

        UsageSampleStore samples(m_db);
        qint64 used = 9000;
        for (QDateTime at = start; at <= end; at = at.addSecs(20 * 60)) {
            used = std::clamp<qint64>(used + random.bounded(-60, 80), 0, kLimit - 500);
            ASSERT_TRUE(samples.add(UsageSample{at, used, kLimit, UsageSample::Header}));
            sampleList.append(UsageSample{at, used, kLimit, UsageSample::Header});
        }
        ASSERT_TRUE(m_db.commit());
    }

    // What the chart should show, worked out from the inserted rows alone.
    qint64 expectedOurs(CallCategory category, qint64 afterMs, qint64 untilMs) const
    {
        qint64 count = 0;
        for (const ApiCallRecord &call : calls) {
            const qint64 at = call.at.toMSecsSinceEpoch();
            if (call.category == category && at > afterMs && at <= untilMs &&
                countsAgainstOrgLimit(call))
                ++count;
        }
        return count;
    }

    std::optional<qint64> expectedOrgUsed(qint64 atMs) const
    {
        std::optional<UsageSample> latest;
        for (const UsageSample &sample : sampleList) {
            if (sample.at.toMSecsSinceEpoch() <= atMs)
                latest = sample;
        }
        if (!latest || atMs - latest->at.toMSecsSinceEpoch() > 2 * kHourMs)
            return std::nullopt;
        return latest->used;
    }

    // Checks every layer at every point against sums over the inserted rows, where the
    // point at x counts the calls in (window(x).first, window(x).second], and the org's
    // figure at orgAt(x) counts those in orgWindow(x) (the point's own window if not given).
    void expectLayers(const std::function<std::pair<qint64, qint64>(qint64)> &window,
                      const std::function<qint64(qint64)> &orgAt,
                      std::function<std::pair<qint64, qint64>(qint64)> orgWindow = {})
    {
        if (!orgWindow)
            orgWindow = window;
        UsageChart *chart = page->chart();
        const int points = int(chart->layerValues(UsageChart::Layer::ActivityLogging).size());
        ASSERT_GT(points, 0);
        for (int i = 0; i < points; ++i) {
            const qint64 x = qint64(chart->layerTop(UsageChart::Layer::ActivityLogging)->at(i).x());
            const auto [after, until] = window(x);
            qint64 ours = 0;
            for (std::size_t layer = 0; layer < kLayerCategories.size(); ++layer) {
                qint64 expected = expectedOurs(kLayerCategories[layer], after, until);
                // The usage log reader's calls are drawn with the limits checks.
                if (kLayerCategories[layer] == CallCategory::LimitsCheck)
                    expected += expectedOurs(CallCategory::UsageLog, after, until);
                ours += expected;
                EXPECT_EQ(qint64(chart->layerValues(UsageChart::Layer(layer)).at(i).y()), expected)
                    << "point " << i << " layer " << layer;
            }
            const auto [orgAfter, orgUntil] = orgWindow(x);
            qint64 oursInOrgWindow = 0;
            for (CallCategory category : allCallCategories)
                oursInOrgWindow += expectedOurs(category, orgAfter, orgUntil);
            if (orgAfter == after && orgUntil == until)
                EXPECT_EQ(oursInOrgWindow, ours) << "point " << i;
            const std::optional<qint64> org = expectedOrgUsed(orgAt(x));
            const qint64 others = org ? std::max<qint64>(0, *org - oursInOrgWindow) : 0;
            EXPECT_EQ(qint64(chart->layerValues(UsageChart::Layer::OtherIntegrations).at(i).y()),
                      others)
                << "point " << i;
        }
    }

    QDateTime now = kNow;
    QList<ApiCallRecord> calls;
    QList<UsageSample> sampleList;
    std::unique_ptr<ApiLimitsPage> page;
};

} // namespace

TEST_F(ApiLimitsPageTest, TotalBarShowsTheLatestSample)
{
    makePage();
    const UsageSample latest = sampleList.last();
    EXPECT_EQ(page->totalGroup()->title(), QStringLiteral("Total API Calls Used"));
    EXPECT_EQ(page->totalGroup()->usageLabelText(),
              ApiUsageGroup::usageText(latest.usage(), QLocale()));
    EXPECT_EQ(page->totalGroup()->level(), usageLevelFor(latest.usage().percent()));
}

TEST_F(ApiLimitsPageTest, RollingDayLayersHoldTheWindowSums)
{
    makePage();
    const QList<QPointF> first = page->chart()->layerValues(UsageChart::Layer::InboundPoll);
    // 25 whole hours from 24 hours ago (inclusive) to 15:00, and now.
    ASSERT_EQ(first.size(), 26);
    EXPECT_EQ(qint64(first.last().x()), kNow.toMSecsSinceEpoch());
    expectLayers([](qint64 x) { return std::make_pair(x - 24 * kHourMs, x); },
                 [](qint64 x) { return x; });

    // The org total line is the samples, the limit a level line.
    const QList<QPointF> limit = page->chart()->limitSeries()->points();
    ASSERT_EQ(limit.size(), 2);
    EXPECT_EQ(limit.first().y(), qreal(kLimit));
    EXPECT_EQ(page->chart()->orgTotalSeries()->points().last().y(), qreal(sampleList.last().used));
}

TEST_F(ApiLimitsPageTest, ReloadUpdatesTheSameSeriesInPlace)
{
    makePage();
    QLineSeries *top = page->chart()->layerTop(UsageChart::Layer::OutboundUpdate);
    const QList<QAbstractSeries *> before = page->chart()->chart()->series();
    const QList<QPointF> oldValues =
        page->chart()->layerValues(UsageChart::Layer::OtherIntegrations);

    now = kNow.addSecs(3 * 3600);
    insertHistory(now, 3, 0xbeef);
    page->reloadFromStore();

    EXPECT_EQ(page->chart()->layerTop(UsageChart::Layer::OutboundUpdate), top);
    EXPECT_EQ(page->chart()->chart()->series(), before);
    EXPECT_NE(page->chart()->layerValues(UsageChart::Layer::OtherIntegrations), oldValues);
    expectLayers([](qint64 x) { return std::make_pair(x - 24 * kHourMs, x); },
                 [](qint64 x) { return x; });
}

TEST_F(ApiLimitsPageTest, WeekViewHoldsDailyTotals)
{
    makePage();
    page->showSpan(UsageChart::Span::Week);
    EXPECT_EQ(page->chart()->span(), UsageChart::Span::Week);
    ASSERT_EQ(page->chart()->layerValues(UsageChart::Layer::ActivityLogging).size(), 7);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const auto dayEnd = [&](qint64 x) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(x, zone);
        const QDateTime next(start.date().addDays(1), QTime(0, 0), zone);
        return std::min(next.toMSecsSinceEpoch() - 1, kNow.toMSecsSinceEpoch());
    };
    // Today's org figure is the rolling 24 hours, not the day so far.
    const qint64 nowMs = kNow.toMSecsSinceEpoch();
    expectLayers([&](qint64 x) { return std::make_pair(x - 1, dayEnd(x)); }, dayEnd,
                 [&](qint64 x) {
                     return dayEnd(x) == nowMs ? std::make_pair(nowMs - 24 * kHourMs, nowMs)
                                               : std::make_pair(x - 1, dayEnd(x));
                 });
}

TEST_F(ApiLimitsPageTest, HoverDescribesTheNearestPoint)
{
    makePage();
    const QString text = page->chart()->describeNearest(kNow.addSecs(-60));
    const qint64 others =
        qint64(page->chart()->layerValues(UsageChart::Layer::OtherIntegrations).last().y());
    EXPECT_TRUE(text.contains(
        QStringLiteral("Org total: %1").arg(QLocale().toString(sampleList.last().used))))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Other integrations: %1").arg(QLocale().toString(others))))
        << text.toStdString();
}

TEST_F(ApiLimitsPageTest, ThresholdBarReadsNoThresholdWhenDisabled)
{
    SettingsStore settings(m_db);
    ASSERT_TRUE(settings.setValue(SettingKeys::ThresholdCalls, 9000));
    ASSERT_TRUE(settings.setValue(SettingKeys::ThresholdEnabled, false));
    makePage();
    EXPECT_TRUE(page->thresholdGroup()->showsNoThreshold());
    EXPECT_EQ(page->thresholdGroup()->usageLabelText(), QStringLiteral("No Threshold"));
    EXPECT_FALSE(page->chart()->thresholdSeries()->isVisible());
}

TEST_F(ApiLimitsPageTest, SavingAThresholdRecoloursTheBarAtOnce)
{
    makePage();
    QSignalSpy saved(page.get(), &ApiLimitsPage::thresholdSaved);
    QTest::mouseClick(page->setThresholdButton(), Qt::LeftButton);
    ThresholdDialog *dialog = page->thresholdDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_TRUE(dialog->isModal());

    const qint64 used = sampleList.last().used;
    const int threshold = int(used * 100 / 95); // used is 95 % of it: red
    QTest::mouseClick(dialog->enabledBox(), Qt::LeftButton, {}, QPoint(8, 8));
    dialog->callsBox()->selectAll();
    QTest::keyClick(dialog->callsBox(), Qt::Key_Backspace);
    QTest::keyClicks(dialog->callsBox(), QString::number(threshold));
    QTest::keyClicks(dialog->contactEdit(), QStringLiteral("crm.alerts@example.com"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    ASSERT_EQ(saved.count(), 1);
    EXPECT_FALSE(page->thresholdGroup()->showsNoThreshold());
    EXPECT_EQ(page->thresholdGroup()->usageLabelText(),
              ApiUsageGroup::usageText(ApiUsage{used, threshold}, QLocale()));
    EXPECT_EQ(page->thresholdGroup()->level(), UsageLevel::Red);
    EXPECT_EQ(page->thresholdGroup()->barColor(), usageLevelColor(UsageLevel::Red));
    EXPECT_TRUE(page->chart()->thresholdSeries()->isVisible());
    EXPECT_EQ(page->chart()->thresholdSeries()->at(0).y(), qreal(threshold));
    QTRY_VERIFY(page->thresholdDialog() == nullptr); // closed and deleted
}

TEST_F(ApiLimitsPageTest, RefreshSaysItSpendsACallAndAsks)
{
    makePage();
    QSignalSpy refresh(page.get(), &ApiLimitsPage::refreshRequested);
    EXPECT_TRUE(page->refreshButton()->toolTip().contains(QStringLiteral("one API call")));
    QTest::mouseClick(page->refreshButton(), Qt::LeftButton);
    EXPECT_EQ(refresh.count(), 1);
}

TEST_F(ApiLimitsPageTest, SystemOverviewOpensTheOrgsSetupPage)
{
    makePage();
    EXPECT_FALSE(page->systemOverviewButton()->isEnabled());
    page->setInstanceUrl(QUrl(QStringLiteral("https://acme.my.salesforce.com/")));
    QSignalSpy opened(page.get(), &ApiLimitsPage::systemOverviewRequested);
    QTest::mouseClick(page->systemOverviewButton(), Qt::LeftButton);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(
        opened.at(0).at(0).toUrl(),
        QUrl(QStringLiteral("https://acme.my.salesforce.com/lightning/setup/SystemOverview/home")));
}

TEST_F(ApiLimitsPageTest, ForecastShareAndRollOffInWords)
{
    makePage();
    EXPECT_FALSE(page->forecastText().isEmpty());
    EXPECT_TRUE(page->rollOffText().endsWith(QStringLiteral("calls roll off in the next hour.")));
    qint64 ours = 0;
    for (CallCategory category : allCallCategories)
        ours += expectedOurs(category, kNow.toMSecsSinceEpoch() - 24 * kHourMs,
                             kNow.toMSecsSinceEpoch());
    EXPECT_TRUE(page->shareText().contains(QLocale().toString(ours)))
        << page->shareText().toStdString();
}

TEST_F(ApiLimitsPageTest, ASteepClimbForecastsTheLimitToday)
{
    // The last hour climbs from 13,000 to 14,800 of 15,000.
    QSqlQuery(m_db).exec(QStringLiteral("DELETE FROM usage_samples"));
    UsageSampleStore samples(m_db);
    for (int minute = 60; minute >= 0; minute -= 5) {
        ASSERT_TRUE(samples.add(UsageSample{kNow.addSecs(-minute * 60), 14800 - minute * 30, kLimit,
                                            UsageSample::Header}));
    }
    makePage();
    EXPECT_TRUE(
        page->forecastText().startsWith(QStringLiteral("At the present pace the limit is reached")))
        << page->forecastText().toStdString();
}

TEST(ForecastTextTest, Sentences)
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const QDateTime now = QDateTime(QDate(2026, 3, 10), QTime(9, 0)); // local
    UsageForecast forecast;
    forecast.from = now;
    forecast.used = 10000;
    forecast.max = 15000;
    forecast.rollOffNextHour = 1234;
    EXPECT_EQ(ForecastText::pace(forecast, now, locale),
              QStringLiteral("The present pace stays under the limit."));
    forecast.limitReachedAt = QDateTime(now.date(), QTime(15, 40));
    EXPECT_EQ(ForecastText::pace(forecast, now, locale),
              QStringLiteral("At the present pace the limit is reached at 15:40."));
    EXPECT_EQ(ForecastText::rollOff(forecast),
              QStringLiteral("1,234 calls roll off in the next hour."));
    std::array<qint64, callCategoryCount> ours{};
    ours[callCategoryIndex(CallCategory::ActivityLogging)] = 300;
    ours[callCategoryIndex(CallCategory::InboundPoll)] = 100;
    EXPECT_EQ(ForecastText::share(ours, 8000, locale),
              QStringLiteral("SyncDesk made 400 of the org's 8,000 calls in the last 24 hours "
                             "(5 %): 300 activity logging calls, 100 polls for changes."));
    // The org's last reading predates some of our calls: it made at least ours.
    EXPECT_EQ(ForecastText::share(ours, 3, locale),
              QStringLiteral("SyncDesk made 400 of the org's 400 calls in the last 24 hours "
                             "(100 %): 300 activity logging calls, 100 polls for changes."));
}

// Not an assertion: a picture for people to look at.
TEST_F(ApiLimitsPageTest, GrabsThePageForReview)
{
    SettingsStore settings(m_db);
    ASSERT_TRUE(settings.setValue(SettingKeys::ThresholdCalls, 12000));
    ASSERT_TRUE(settings.setValue(SettingKeys::ThresholdEnabled, true));
    makePage();
    page->setInstanceUrl(QUrl(QStringLiteral("https://acme.my.salesforce.com")));
    QCoreApplication::processEvents();
    const QString dir = QCoreApplication::applicationDirPath();
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    EXPECT_TRUE(page->grab().save(dir + QStringLiteral("/api_limits_page_x%1.png").arg(scale)));
    page->showSpan(UsageChart::Span::Week);
    QCoreApplication::processEvents();
    EXPECT_TRUE(
        page->grab().save(dir + QStringLiteral("/api_limits_page_week_x%1.png").arg(scale)));

    ThresholdDialog dialog(m_db, kLimit);
    dialog.open();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.grab().save(dir + QStringLiteral("/threshold_dialog_x%1.png").arg(scale)));
}

// Not an assertion on time: a figure for the note. A busy week (60,000 ledger rows and a
// header sample for every call) must still reload without a visible stall.
TEST_F(ApiLimitsPageTest, ReloadTimeOverABusyWeek)
{
    ASSERT_TRUE(m_db.transaction());
    ApiCallLedgerStore ledger(m_db);
    UsageSampleStore samples(m_db);
    const QDateTime start = kNow.addDays(-7);
    for (int i = 0; i < 60000; ++i) {
        const QDateTime at = start.addMSecs(qint64(i) * 7 * 24 * kHourMs / 60000);
        ApiCallRecord call{at,
                           allCallCategories[std::size_t(i) % callCategoryCount],
                           QStringLiteral("/services/data/v62.0/sobjects/Contact/003%1").arg(i),
                           200,
                           ApiUsage{10000, kLimit},
                           QString()};
        ASSERT_TRUE(ledger.record(call));
        ASSERT_TRUE(samples.add(UsageSample{at, 10000 + i % 500, kLimit, UsageSample::Header}));
    }
    ASSERT_TRUE(m_db.commit());
    // And a week of Salesforce's usage logs: an hourly file each hour, 40 callers in each
    // (8 integrations, 5 users each).
    ApiUsageLogStore logs(m_db);
    const QDateTime firstHour = QDateTime::fromMSecsSinceEpoch(
        start.toMSecsSinceEpoch() / kHourMs * kHourMs, QTimeZone::utc());
    for (int hour = 0; hour < 7 * 24; ++hour) {
        const QDateTime at = firstHour.addSecs(qint64(hour) * 3600);
        UsageLogParseResult parsed;
        for (int caller = 0; caller < 40; ++caller) {
            parsed.counts.append(
                UsageLogCount{at,
                              UsageLogCaller{QStringLiteral("0H4%1").arg(caller / 5),
                                             QStringLiteral("Integration %1").arg(caller / 5),
                                             QStringLiteral("005%1").arg(caller),
                                             QStringLiteral("user%1@acme.test").arg(caller),
                                             QString(), QStringLiteral("REST")},
                              10 + caller});
        }
        ASSERT_TRUE(
            logs.storeFile(EventLogFileInfo{QStringLiteral("0AT%1").arg(hour), true, at, 1, 1000},
                           parsed, at.addSecs(4 * 3600)));
    }
    page = std::make_unique<ApiLimitsPage>(m_db);
    page->setClock([this] { return now; });
    QElapsedTimer timer;
    timer.start();
    page->reloadFromStore(); // nothing cached for this moment yet
    const qint64 coldMs = timer.elapsed();
    timer.restart();
    page->reloadFromStore();
    const qint64 warmMs = timer.elapsed();
    timer.restart();
    page->showSpan(UsageChart::Span::Week);
    const qint64 weekColdMs = timer.elapsed();
    timer.restart();
    page->reloadFromStore();
    const qint64 weekWarmMs = timer.elapsed();
    timer.restart();
    page->reloadUsageLogs(); // the table too: 7 days of the ledger against the logs
    const qint64 weekTableMs = timer.elapsed();
    std::cout << "[ figure ] 60,000 calls + 60,000 samples + 168 hourly usage logs of 40 callers "
                 "over 7 days: first load "
              << coldMs << " ms, reload " << warmMs << " ms; 7-day view first " << weekColdMs
              << " ms, reload " << weekWarmMs << " ms, with the who-used-the-calls table "
              << weekTableMs << " ms" << std::endl;
    RecordProperty("cold_ms", int(coldMs));
    RecordProperty("reload_ms", int(warmMs));
    RecordProperty("week_ms", int(weekColdMs));
}
