// The ledger keeps 90 days of calls and samples, and no more.
#include "salesforce/api_call_ledger.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace syncdesk;

TEST(LedgerRetention, PruningDropsOnlyWhatIsOlderThanNinetyDays)
{
    QTemporaryDir dir;
    const DatabaseConnection connection =
        Database::open(dir.filePath(QStringLiteral("retention.sqlite")));
    ASSERT_TRUE(connection.ok());
    const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    ApiCallLedgerStore calls(connection.db);
    UsageSampleStore samples(connection.db);
    for (int daysAgo : {91, 89, 1}) {
        ApiCallRecord call;
        call.at = now.addDays(-daysAgo);
        call.category = CallCategory::InboundPoll;
        call.endpoint = QStringLiteral("/services/data/v62.0/query");
        call.httpStatus = 200;
        ASSERT_TRUE(calls.record(call));
        ASSERT_TRUE(
            samples.add(UsageSample{now.addDays(-daysAgo), 10, 15000, UsageSample::Header}));
    }

    ApiCallLedger ledger(connection.db);
    EXPECT_EQ(ledger.pruneBeyondRetention(now), 2); // one call and one sample
    EXPECT_EQ(calls.callsSince(now.addDays(-400)).size(), 2);
    EXPECT_EQ(samples.since(now.addDays(-400)).size(), 2);
    EXPECT_EQ(ledger.pruneBeyondRetention(now), 0);
}
