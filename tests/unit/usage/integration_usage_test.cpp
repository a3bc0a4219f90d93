#include "usage/integration_usage.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kFrom(QDate(2026, 12, 4), QTime(0, 0), QTimeZone::utc());

UsageLogCount countAt(int hour, const QString &app, const QString &client, qint64 calls,
                      const QString &user = u"u@x.com"_s)
{
    return UsageLogCount{kFrom.addSecs(qint64(hour) * 3600),
                         UsageLogCaller{QString(), app, u"005"_s, user, client, u"REST"_s}, calls};
}

ApiCallRecord ledgerCall(int hour)
{
    ApiCallRecord call;
    call.at = kFrom.addSecs(qint64(hour) * 3600 + 60);
    call.category = CallCategory::InboundPoll;
    call.endpoint = u"/services/data/v62.0/composite"_s;
    call.httpStatus = 200;
    return call;
}

} // namespace

TEST(IntegrationUsage, RowsShareChangeSyncDeskAndTheLedgerForTheCoveredHours)
{
    const QList<UsageLogCount> current{countAt(1, u"Marketo"_s, QString(), 60),
                                       countAt(2, u"Marketo"_s, QString(), 20),
                                       countAt(1, QString(), u"SyncDesk"_s, 15),
                                       countAt(1, QString(), u"curl"_s, 5, u"admin@x.com"_s),
                                       countAt(5, u"Marketo"_s, QString(), 99)}; // not covered
    const QList<UsageLogCount> previous{countAt(-20, u"Marketo"_s, QString(), 40)};
    const QList<QDateTime> covered{kFrom.addSecs(3600), kFrom.addSecs(7200)};
    QList<ApiCallRecord> ledger;
    for (int i = 0; i < 14; ++i)
        ledger.append(ledgerCall(1));
    ledger.append(ledgerCall(5)); // outside the covered hours

    const IntegrationUsageReport report = integration_usage::build(
        UsageGrouping::Integration, kFrom, kFrom.addDays(1), current, previous, covered, ledger);
    EXPECT_EQ(report.orgCalls, 100);
    ASSERT_EQ(report.rows.size(), 3);
    EXPECT_EQ(report.rows[0].name, u"Marketo"_s);
    EXPECT_EQ(report.rows[0].calls, 80);
    EXPECT_DOUBLE_EQ(report.rows[0].share, 0.8);
    ASSERT_TRUE(report.rows[0].change.has_value());
    EXPECT_DOUBLE_EQ(*report.rows[0].change, 1.0); // 40 → 80
    EXPECT_EQ(report.rows[1].name, u"SyncDesk"_s);
    EXPECT_EQ(report.rows[2].name, u"admin@x.com via curl"_s);
    EXPECT_FALSE(report.rows[2].change.has_value());
    ASSERT_TRUE(report.syncDesk.has_value());
    EXPECT_EQ(report.syncDesk->calls, 15);
    EXPECT_EQ(report.coveredHours.size(), 2);
    EXPECT_EQ(report.uncoveredHours.size(), 22);
    EXPECT_EQ(report.ledger.ledgerTotal, 14);
    EXPECT_EQ(report.ledger.loggedTotal, 15);
    EXPECT_EQ(report.ledger.difference(), 1);
    ASSERT_EQ(report.ledger.hours.size(), 2);
    EXPECT_EQ(report.ledger.hours[0].difference(), 1);
    EXPECT_EQ(report.ledger.hours[1].difference(), 0);

    const IntegrationUsageReport byClient = integration_usage::build(
        UsageGrouping::Client, kFrom, kFrom.addDays(1), current, previous, covered, ledger);
    EXPECT_EQ(byClient.rows[0].name, u"no client name"_s);
    EXPECT_TRUE(byClient.syncDesk.has_value());
}
