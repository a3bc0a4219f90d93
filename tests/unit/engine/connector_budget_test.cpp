// The connector budget over the rolling 24 hours (our calls per day, a reserve left for
// other integrations), and when the credits a 403 took away are expected back.
#include "sync/connector_budget.h"
#include "sync/credit_wait.h"

#include <gtest/gtest.h>

using namespace syncdesk;

namespace {

const QDateTime Now(QDate(2026, 3, 3), QTime(12, 0), Qt::UTC);

QList<QDateTime> callsHoursAgo(const QList<double> &hours)
{
    QList<QDateTime> calls;
    for (double h : hours)
        calls.append(Now.addSecs(qint64(-h * 3600)));
    return calls;
}

} // namespace

TEST(ConnectorBudget, NoLimitsAllowEverything)
{
    const ConnectorBudget budget(0, 0);
    EXPECT_FALSE(budget.isLimited());
    EXPECT_TRUE(budget.check(callsHoursAgo({1, 2, 3}), ApiUsage{15000, 15000}, Now, 50).allowed);
}

TEST(ConnectorBudget, CallsPerDayDeferUntilTheOldestCallsRollOff)
{
    const ConnectorBudget budget(3, 0);
    // Two of ours in the window (one older than 24 h does not count).
    const QList<QDateTime> calls = callsHoursAgo({2, 10, 30});
    EXPECT_TRUE(budget.check(calls, std::nullopt, Now, 1).allowed);
    EXPECT_EQ(budget.remaining(calls, std::nullopt, Now), 1);

    const BudgetDecision twoMore = budget.check(calls, std::nullopt, Now, 2);
    EXPECT_FALSE(twoMore.allowed);
    // One must roll off: the one made 10 hours ago, 14 hours from now.
    EXPECT_EQ(twoMore.resumesAt, Now.addSecs(14 * 3600));

    const QList<QDateTime> full = callsHoursAgo({1, 2, 10});
    const BudgetDecision spent = budget.check(full, std::nullopt, Now, 1);
    EXPECT_FALSE(spent.allowed);
    EXPECT_EQ(spent.resumesAt, Now.addSecs(14 * 3600));
    EXPECT_EQ(budget.remaining(full, std::nullopt, Now), 0);
}

TEST(ConnectorBudget, ReserveForOthersLeavesTheLastCallsOfTheOrg)
{
    const ConnectorBudget budget(0, 100);
    EXPECT_TRUE(budget.check({}, ApiUsage{800, 1000}, Now, 1).allowed);
    EXPECT_EQ(budget.remaining({}, ApiUsage{800, 1000}, Now), 100);

    // 900 used of 1000 with 100 reserved: nothing left for us.
    const BudgetDecision deferred =
        budget.check(callsHoursAgo({5, 3}), ApiUsage{900, 1000}, Now, 1);
    EXPECT_FALSE(deferred.allowed);
    EXPECT_EQ(deferred.resumesAt, Now.addSecs(19 * 3600)); // our oldest, 5 h ago

    // None of ours in the window: look again later rather than never.
    const BudgetDecision othersOnly = budget.check({}, ApiUsage{950, 1000}, Now, 1);
    EXPECT_FALSE(othersOnly.allowed);
    EXPECT_EQ(othersOnly.resumesAt, Now.addSecs(ConnectorBudget::kReserveRecheckSeconds));

    // No usage known yet: the reserve cannot be judged, calls go.
    EXPECT_TRUE(budget.check({}, std::nullopt, Now, 1).allowed);
}

TEST(CreditWait, CreditsComeBackWhenEnoughOfOurCallsRollOff)
{
    // At 1002 of 1000: three calls must roll off; ours were made 20, 8, 6 and 1 hours ago.
    const QList<QDateTime> calls = callsHoursAgo({8, 1, 20, 6});
    EXPECT_EQ(CreditWait::creditsBackAt(calls, ApiUsage{1002, 1000}, Now), Now.addSecs(18 * 3600));
    EXPECT_EQ(CreditWait::creditsBackAt(calls, ApiUsage{1000, 1000}, Now), Now.addSecs(4 * 3600));
}

TEST(CreditWait, WithoutEnoughOfOurCallsTheLedgerCannotTell)
{
    EXPECT_FALSE(CreditWait::creditsBackAt({}, ApiUsage{1000, 1000}, Now).isValid());
    EXPECT_FALSE(
        CreditWait::creditsBackAt(callsHoursAgo({3}), ApiUsage{1005, 1000}, Now).isValid());
    const QList<QDateTime> almostGone{Now.addSecs(-24 * 3600 + 5)};
    EXPECT_EQ(CreditWait::creditsBackAt(almostGone, ApiUsage{1000, 1000}, Now), Now.addSecs(5));
}

TEST(CreditWait, ChecksOfTheOrgsFiguresGrowFromOneMinuteToTen)
{
    QList<qint64> spacings;
    for (int done = 0; done < 7; ++done)
        spacings.append(CreditWait::checkSpacing(done).count());
    EXPECT_EQ(spacings, (QList<qint64>{60, 120, 240, 480, 600, 600, 600}));
    EXPECT_EQ(CreditWait::checkSpacing(1000).count(), 600);
}

TEST(CreditWait, CreditsAreBackBelowTheAllocation)
{
    EXPECT_TRUE(CreditWait::hasCredits(ApiUsage{999, 1000}));
    EXPECT_FALSE(CreditWait::hasCredits(ApiUsage{1000, 1000}));
    EXPECT_FALSE(CreditWait::hasCredits(ApiUsage{0, 0}));
}
