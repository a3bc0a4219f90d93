// The alert's "top integrations" from the usage-log tables as the log reader leaves them:
// the last hours when the logs cover them, where the logs end when they lag, why there are
// none when there are none. On a real SQLite store in a temporary folder and on PostgreSQL.
#include "../store/store_fixture.h"
#include "alerts/alert_facts.h"
#include "store/api_usage_log_store.h"
#include "store_backend_test.h"

#include <QElapsedTimer>
#include <QTimeZone>
#include <iostream>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// The alert at 13:20 UTC; its hour starts at 13:00.
const QDateTime kAt(QDate(2026, 12, 4), QTime(13, 20), QTimeZone::utc());
const QDateTime kHour(QDate(2026, 12, 4), QTime(13, 0), QTimeZone::utc());

UsageLogCaller appCaller(const QString &app)
{
    return UsageLogCaller{u"0H4"_s + app.left(3), app,       u"005A"_s,
                          u"int@acme.com"_s,      QString(), u"REST"_s};
}

class TopIntegrationsTest : public syncdesk::test::StoreBackendTest
{
protected:
    // One hourly file for `hour`, with these integrations' calls.
    void storeHour(const QDateTime &hour, const QList<std::pair<UsageLogCaller, qint64>> &calls)
    {
        UsageLogParseResult result;
        for (const auto &[caller, count] : calls) {
            result.counts.append(UsageLogCount{hour, caller, count});
            result.countedRows += count;
        }
        const EventLogFileInfo file{u"0AT"_s + QString::number(hour.toSecsSinceEpoch()), true, hour,
                                    1, 100};
        ASSERT_TRUE(ApiUsageLogStore(m_db).storeFile(file, result, kAt));
    }

    // The same four integrations in each hour from `first` to `last`, inclusive.
    void storeHours(const QDateTime &first, const QDateTime &last)
    {
        const UsageLogCaller syncDesk{u"0H4SD"_s,         QString(),     u"005S"_s,
                                      u"sync@acme.com"_s, u"SyncDesk"_s, u"REST"_s};
        for (QDateTime hour = first; hour <= last; hour = hour.addSecs(3600)) {
            storeHour(hour, {{appCaller(u"Pardot Marketing Sync"_s), 200},
                             {appCaller(u"Nightly Data Loader"_s), 130},
                             {syncDesk, 50},
                             {appCaller(u"Tableau"_s), 10}});
        }
    }
};

} // namespace

SYNCDESK_STORE_ON_BOTH_BACKENDS(TopIntegrationsTest);

TEST_P(TopIntegrationsTest, TheLastHoursWhenTheLogsCoverEveryOne)
{
    openStore();
    storeHours(kHour.addSecs(-7 * 3600), kHour);
    const TopIntegrations top = TopIntegrations::fromStore(m_db, kAt);
    EXPECT_EQ(top.span, TopIntegrations::Span::Recent);
    EXPECT_EQ(top.hours, 6);
    ASSERT_EQ(top.top.size(), 3); // Tableau, the fourth, is left out
    EXPECT_EQ(top.top[0].name, u"Pardot Marketing Sync"_s);
    EXPECT_EQ(top.top[0].calls, 6 * 200);
    EXPECT_EQ(top.top[1].name, u"Nightly Data Loader"_s);
    EXPECT_EQ(top.top[1].calls, 6 * 130);
    EXPECT_EQ(top.top[2].name, u"SyncDesk"_s);
    EXPECT_EQ(top.top[2].calls, 6 * 50);
}

TEST_P(TopIntegrationsTest, TheLatestCoveredDayWhenTheLogsLag)
{
    openStore();
    // Published up to 08:00-09:00, four hours before the alert's hour; 30 hours in all.
    const QDateTime lastLogged = kHour.addSecs(-5 * 3600);
    storeHours(lastLogged.addSecs(-29 * 3600), lastLogged);
    // A busier hour before the day that is named: not counted.
    storeHour(lastLogged.addSecs(-24 * 3600), {{appCaller(u"Tableau"_s), 100'000}});
    const TopIntegrations top = TopIntegrations::fromStore(m_db, kAt);
    EXPECT_EQ(top.span, TopIntegrations::Span::LatestLogged);
    EXPECT_EQ(top.loggedUntil, lastLogged.addSecs(3600));
    EXPECT_EQ(top.hours, 24);
    ASSERT_EQ(top.top.size(), 3);
    EXPECT_EQ(top.top[0].name, u"Pardot Marketing Sync"_s);
    EXPECT_EQ(top.top[0].calls, 24 * 200);
    EXPECT_EQ(top.top[2].calls, 24 * 50);
}

TEST_P(TopIntegrationsTest, OnlyTheHoursCoveredAreCountedAndSaid)
{
    openStore();
    // Two hours logged so far, the reader having started late yesterday.
    const QDateTime first = kHour.addSecs(-16 * 3600);
    storeHours(first, first.addSecs(3600));
    const TopIntegrations top = TopIntegrations::fromStore(m_db, kAt);
    EXPECT_EQ(top.span, TopIntegrations::Span::LatestLogged);
    EXPECT_EQ(top.hours, 2);
    EXPECT_EQ(top.loggedUntil, first.addSecs(2 * 3600));
    ASSERT_FALSE(top.top.isEmpty());
    EXPECT_EQ(top.top[0].calls, 2 * 200);
}

TEST_P(TopIntegrationsTest, NoLogsSayWhyWhenTheReaderKnows)
{
    openStore();
    TopIntegrations top = TopIntegrations::fromStore(m_db, kAt);
    EXPECT_EQ(top.span, TopIntegrations::Span::NoLogs);
    EXPECT_TRUE(top.top.isEmpty());
    EXPECT_TRUE(top.problem.isEmpty()); // not read yet

    UsageLogReaderState refused;
    refused.refusedAt = kAt.addSecs(-600);
    refused.problem = u"no permission"_s;
    ASSERT_TRUE(ApiUsageLogStore(m_db).setReaderState(refused));
    top = TopIntegrations::fromStore(m_db, kAt);
    EXPECT_EQ(top.span, TopIntegrations::Span::NoLogs);
    EXPECT_EQ(top.problem, u"no permission"_s);

    // Logs older than the week looked at are no answer either.
    storeHours(kHour.addDays(-9), kHour.addDays(-8));
    EXPECT_EQ(TopIntegrations::fromStore(m_db, kAt).span, TopIntegrations::Span::NoLogs);
}

TEST_P(TopIntegrationsTest, TheAlertsFactsCarryThem)
{
    openStore();
    storeHours(kHour.addSecs(-30 * 3600), kHour.addSecs(-4 * 3600));
    const AlertFacts facts = AlertFacts::collect(
        m_db, AlertTrigger{AlertLevel::Threshold, kAt, 12'480, 15'000, 12'000}, u"Acme"_s);
    EXPECT_EQ(facts.topIntegrations.span, TopIntegrations::Span::LatestLogged);
    EXPECT_EQ(facts.topIntegrations.loggedUntil, kHour.addSecs(-3 * 3600));
    EXPECT_EQ(facts.topIntegrations.top.value(0).calls, 24 * 200);
    EXPECT_EQ(facts.otherIntegrations, 12'480); // SyncDesk's ledger is empty
}

// A week of hourly files with 40 callers each, as a busy org leaves them: the figures are
// right, and the time the alert spends reading them is printed (the dispatcher reads them
// on its own thread's connection as the alert is raised).
TEST_P(TopIntegrationsTest, AWeekOfBusyHoursIsReadQuickly)
{
    openStore();
    for (QDateTime hour = kHour.addDays(-7); hour < kHour.addSecs(-3 * 3600);
         hour = hour.addSecs(3600)) {
        QList<std::pair<UsageLogCaller, qint64>> calls;
        for (int i = 0; i < 40; ++i)
            calls.append({appCaller(u"Integration %1"_s.arg(i, 2, 10, QChar(u'0'))), 10 + i});
        storeHour(hour, calls);
    }
    QElapsedTimer timer;
    timer.start();
    const TopIntegrations top = TopIntegrations::fromStore(m_db, kAt);
    const qint64 elapsedUs = timer.nsecsElapsed() / 1000;
    std::cout << "[ figures  ] top integrations of a week of 40-caller hours: " << elapsedUs
              << " us\n";
    EXPECT_EQ(top.span, TopIntegrations::Span::LatestLogged);
    ASSERT_EQ(top.top.size(), 3);
    EXPECT_EQ(top.top[0].name, u"Integration 39"_s);
    EXPECT_EQ(top.top[0].calls, 24 * 49);
}
