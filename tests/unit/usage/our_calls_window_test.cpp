#include "usage/our_calls_window.h"
#include "usage_test_support.h"

#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::test;

namespace {
constexpr qint64 kDay = 24 * 60 * 60;
}

TEST(OurCallsWindow, EmptyLedgerCountsNothing)
{
    const OurCallsWindow window({}, baseTime());
    EXPECT_EQ(window.countedTotal(), 0);
    EXPECT_EQ(window.refusedForLimitTotal(), 0);
    for (CallCategory category : allCallCategories)
        EXPECT_EQ(window.counted(category), 0);
}

TEST(OurCallsWindow, CountsEachCategorySeparately)
{
    QList<ApiCallRecord> calls;
    // i + 1 calls of the i-th category, except Auth which Salesforce does not count.
    for (std::size_t i = 0; i < callCategoryCount; ++i) {
        for (std::size_t n = 0; n <= i; ++n)
            calls.append(callAt(minutesAfterBase(-qint64(10 * i + n)), allCallCategories[i]));
    }
    const OurCallsWindow window(calls, baseTime());
    qint64 expectedTotal = 0;
    for (std::size_t i = 0; i < callCategoryCount; ++i) {
        const qint64 expected = allCallCategories[i] == CallCategory::Auth ? 0 : qint64(i + 1);
        EXPECT_EQ(window.counted(allCallCategories[i]), expected) << i;
        expectedTotal += expected;
    }
    EXPECT_EQ(window.countedTotal(), expectedTotal);
}

TEST(OurCallsWindow, RollingEdgeReleasesACallAtExactlyTwentyFourHours)
{
    const QDateTime end = baseTime();
    const QList<ApiCallRecord> calls{
        callAt(end.addSecs(-kDay)),     // released at `end`
        callAt(end.addSecs(-kDay + 1)), // a second inside
        callAt(end.addMSecs(-kDay * 1000 + 1)),
        callAt(end),            // made at the very end: counted
        callAt(end.addSecs(1)), // after the end: not yet
        callAt(QDateTime()),    // no time: never
    };
    const OurCallsWindow window(calls, end);
    EXPECT_EQ(window.countedTotal(), 3);
    EXPECT_EQ(window.start(), end.addSecs(-kDay));
    EXPECT_EQ(window.end(), end);
    EXPECT_FALSE(OurCallsWindow::contains(end, end.addSecs(-kDay)));
    EXPECT_TRUE(OurCallsWindow::contains(end, end));
}

TEST(OurCallsWindow, AMomentLaterTheOldestCallHasLeft)
{
    const QList<ApiCallRecord> calls{callAt(baseTime()), callAt(baseTime().addSecs(3600))};
    EXPECT_EQ(OurCallsWindow(calls, baseTime().addSecs(kDay - 1)).countedTotal(), 2);
    EXPECT_EQ(OurCallsWindow(calls, baseTime().addSecs(kDay)).countedTotal(), 1);
    EXPECT_EQ(OurCallsWindow(calls, baseTime().addSecs(kDay + 3600)).countedTotal(), 0);
}

TEST(OurCallsWindow, RefusedCallsAreKeptApartFromCountedOnes)
{
    ApiCallRecord limit = callAt(minutesAfterBase(-5), CallCategory::ActivityLogging, 403);
    limit.errorCode = u"REQUEST_LIMIT_EXCEEDED"_s;
    ApiCallRecord permission = callAt(minutesAfterBase(-4), CallCategory::OutboundUpdate, 403);
    permission.errorCode = u"INSUFFICIENT_ACCESS"_s;
    const QList<ApiCallRecord> calls{
        limit,
        limit,
        permission,
        callAt(minutesAfterBase(-3), CallCategory::InboundPoll, 401),
        callAt(minutesAfterBase(-2), CallCategory::InboundPoll, 503),
        callAt(minutesAfterBase(-1), CallCategory::ActivityLogging, 201),
    };
    const OurCallsWindow window(calls, baseTime());
    EXPECT_EQ(window.counted(CallCategory::ActivityLogging), 1);
    EXPECT_EQ(window.counted(CallCategory::OutboundUpdate), 1);
    EXPECT_EQ(window.counted(CallCategory::InboundPoll), 0);
    EXPECT_EQ(window.countedTotal(), 2);
    EXPECT_EQ(window.refusedForLimit(CallCategory::ActivityLogging), 2);
    EXPECT_EQ(window.refusedForLimitTotal(), 2);
}

TEST(OurCallsWindow, OrderOfTheLedgerDoesNotMatter)
{
    QList<ApiCallRecord> calls;
    for (int i = 0; i < 50; ++i)
        calls.append(callAt(minutesAfterBase(-i * 47), allCallCategories[std::size_t(i) % 5]));
    QList<ApiCallRecord> reversed(calls.crbegin(), calls.crend());
    const OurCallsWindow a(calls, baseTime());
    const OurCallsWindow b(reversed, baseTime());
    for (CallCategory category : allCallCategories)
        EXPECT_EQ(a.counted(category), b.counted(category));
    // 47-minute steps: calls at 0..30*47 = 1410 minutes ago are inside 1440 minutes.
    EXPECT_EQ(a.countedTotal(), 31);
}
