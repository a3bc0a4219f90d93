// The org's other integrations by name: each its share, its rhythm, its events.
#include "eventlog/api_usage_log.h"
#include "limits/daily_allocation.h"
#include "limits/org_clock.h"
#include "sim/other_integrations.h"

#include <QTimeZone>
#include <gtest/gtest.h>
#include <map>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kDaySeconds = 24 * 3600;
// 2026-11-30 is a Monday; the org runs on UTC.
const QDateTime kMonday = QDateTime(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::utc());

struct Org
{
    Org()
        : allocation(10'000'000)
        , log(u"00D5g0000000001AAA"_s)
        , integrations(allocation, clock, 3)
    {
        clock.setTimeZone(QTimeZone::utc());
        clock.freeze(kMonday.addDays(7)); // the next Monday, midnight
        integrations.recordInto(&log);
        integrations.setRate(2000);
    }
    OrgClock clock;
    DailyAllocation allocation;
    ApiUsageLog log;
    OtherIntegrations integrations;
};

// Events per connected app name, and per app and local hour of the day.
struct Tally
{
    std::map<QByteArray, qint64> byApp;
    std::map<QByteArray, std::map<int, qint64>> byAppAndHour;
    std::map<QByteArray, std::map<int, qint64>> byAppAndWeekday;
    std::map<QByteArray, std::map<qint64, qint64>> byAppAndMinute;
    qint64 total = 0;
};

Tally tally(const ApiUsageLog &log)
{
    Tally t;
    for (const auto &[index, hour] : log.hours()) {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(hour->startSeconds, Qt::UTC);
        for (const ApiUsageLog::Row &row : hour->rows) {
            const QByteArray app = log.caller(row.caller).connectedAppName;
            ++t.byApp[app];
            ++t.byAppAndHour[app][start.time().hour()];
            ++t.byAppAndWeekday[app][start.date().dayOfWeek()];
            ++t.byAppAndMinute[app][(hour->startSeconds * 1000 + row.msIntoHour) / 60'000];
            ++t.total;
        }
    }
    return t;
}

} // namespace

TEST(NamedIntegrations, FourAppsWithTheirOwnUsersAndSharesThatAddUp)
{
    double shares = 0;
    QSet<QString> apps, users, appIds;
    for (const NamedIntegration &integration : named_integrations::all()) {
        shares += integration.share;
        apps.insert(integration.caller.connectedAppName);
        users.insert(integration.caller.userName);
        appIds.insert(integration.caller.connectedAppId);
        EXPECT_TRUE(integration.caller.connectedAppId.startsWith(u"0H4"_s));
        EXPECT_TRUE(integration.caller.userId.startsWith(u"005"_s));
    }
    EXPECT_DOUBLE_EQ(shares, 1.0);
    EXPECT_EQ(apps.size(), 4);
    EXPECT_EQ(users.size(), 4);
    EXPECT_EQ(appIds.size(), 4);
}

TEST(NamedIntegrations, AWeekOfHistoryShowsEachIntegrationsRhythm)
{
    Org org;
    org.integrations.start(std::chrono::seconds(7 * kDaySeconds));
    const Tally t = tally(org.log);
    // A week at the rate: 2000 * 168 calls, split by share.
    EXPECT_NEAR(double(t.total), 2000.0 * 168, 2000.0 * 168 * 0.01);
    for (const NamedIntegration &integration : named_integrations::all()) {
        const QByteArray app = quotedCsvValue(integration.caller.connectedAppName);
        EXPECT_NEAR(double(t.byApp.at(app)) / double(t.total), integration.share, 0.01)
            << app.data();
    }
    const QByteArray loader = quotedCsvValue(u"Nightly Data Loader"_s);
    for (const auto &[hour, calls] : t.byAppAndHour.at(loader))
        EXPECT_TRUE(hour >= 1 && hour < 3) << "the data loader ran at " << hour << ":00";
    const QByteArray tableau = quotedCsvValue(u"Tableau BI"_s);
    for (const auto &[hour, calls] : t.byAppAndHour.at(tableau))
        EXPECT_TRUE(hour >= 8 && hour < 18) << "Tableau ran at " << hour << ":00";
    EXPECT_FALSE(t.byAppAndWeekday.at(tableau).contains(Qt::Saturday));
    EXPECT_FALSE(t.byAppAndWeekday.at(tableau).contains(Qt::Sunday));
    // The marketing sync polls all day, every day.
    const QByteArray pardot = quotedCsvValue(u"Pardot Marketing Sync"_s);
    EXPECT_EQ(t.byAppAndHour.at(pardot).size(), 24u);
    EXPECT_EQ(t.byAppAndWeekday.at(pardot).size(), 7u);
    // The order integration comes in bursts: its busiest minute far above its average one.
    const QByteArray orders = quotedCsvValue(u"Custom Order Integration"_s);
    qint64 busiest = 0;
    for (const auto &[minute, calls] : t.byAppAndMinute.at(orders))
        busiest = std::max(busiest, calls);
    const double meanPerMinute = double(t.byApp.at(orders)) / (7 * 24 * 60);
    EXPECT_GT(double(busiest), 8 * meanPerMinute);
}

TEST(NamedIntegrations, OnlyTheLastDayOfHistoryIsInTheAllocation)
{
    Org org;
    org.integrations.start(std::chrono::seconds(7 * kDaySeconds));
    const QDateTime now = org.clock.now();
    const double lastDay =
        OtherIntegrations::callsDue(now.addSecs(-kDaySeconds), now, 2000, QTimeZone::utc());
    EXPECT_NEAR(double(org.allocation.used(now)), lastDay, 2.0);
    EXPECT_EQ(org.allocation.used(now), org.integrations.callsSpent());
    EXPECT_GT(org.log.rowCount(), 5 * org.allocation.used(now));
}

TEST(NamedIntegrations, CountedEventsEqualTheMeterHourByHour)
{
    Org org;
    org.allocation.setMax(20'000); // runs out during the day: refused calls are events too
    org.integrations.start(std::chrono::seconds(kDaySeconds));
    const QDateTime now = org.clock.now();
    EXPECT_GT(org.integrations.callsBlocked(), 0);
    std::map<qint64, qint64> meter;
    for (const auto &[hour, calls] : org.allocation.callsByHour(now))
        meter[hour.toSecsSinceEpoch()] = calls;
    ASSERT_GE(meter.size(), 5u);
    qint64 countedRows = 0;
    for (QDateTime hour = now.addSecs(-kDaySeconds); hour < now; hour = hour.addSecs(3600)) {
        const qint64 metered =
            meter.contains(hour.toSecsSinceEpoch()) ? meter.at(hour.toSecsSinceEpoch()) : 0;
        EXPECT_EQ(org.log.countedInHour(hour), metered) << qPrintable(hour.toString(Qt::ISODate));
        countedRows += org.log.countedInHour(hour);
    }
    EXPECT_EQ(countedRows, org.integrations.callsSpent());
    EXPECT_EQ(org.log.rowCount(), org.integrations.callsSpent() + org.integrations.callsBlocked());
}

TEST(NamedIntegrations, TheSameSeedMakesTheSameLog)
{
    const auto run = [](quint32 seed) {
        OrgClock clock;
        clock.setTimeZone(QTimeZone::utc());
        clock.freeze(kMonday.addDays(1));
        DailyAllocation allocation(1'000'000);
        ApiUsageLog log(u"00D5g0000000001AAA"_s, seed);
        OtherIntegrations integrations(allocation, clock, seed);
        integrations.recordInto(&log);
        integrations.setRate(500);
        integrations.start(std::chrono::seconds(6 * 3600));
        QList<std::pair<quint32, quint32>> rows;
        for (const auto &[index, hour] : log.hours())
            for (const ApiUsageLog::Row &row : hour->rows)
                rows.append({row.msIntoHour, row.target});
        return rows;
    };
    EXPECT_EQ(run(5), run(5));
    EXPECT_NE(run(5), run(6));
}
