// The ledger keeps 90 days of calls and samples, and no more; on SQLite and on PostgreSQL.
#include "salesforce/api_call_ledger.h"
#include "store_backend_test.h"

#include <gtest/gtest.h>

using namespace syncdesk;

using LedgerRetention = syncdesk::test::StoreBackendTest;
SYNCDESK_STORE_ON_BOTH_BACKENDS(LedgerRetention);

TEST_P(LedgerRetention, PruningDropsOnlyWhatIsOlderThanNinetyDays)
{
    const QSqlDatabase db = openStore();
    ASSERT_TRUE(db.isOpen());
    const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    ApiCallLedgerStore calls(db);
    UsageSampleStore samples(db);
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

    ApiCallLedger ledger(db);
    EXPECT_EQ(ledger.pruneBeyondRetention(now), 2); // one call and one sample
    EXPECT_EQ(calls.callsSince(now.addDays(-400)).size(), 2);
    EXPECT_EQ(samples.since(now.addDays(-400)).size(), 2);
    EXPECT_EQ(ledger.pruneBeyondRetention(now), 0);
}
