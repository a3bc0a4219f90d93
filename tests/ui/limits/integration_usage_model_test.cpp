#include "api_limits_page.h"
#include "integration_usage_group.h"
#include "integration_usage_model.h"
#include "limits_test_support.h"
#include "store/api_usage_log_store.h"
#include "threshold_dialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace syncdesk;
using namespace syncdesk::ui;
using namespace syncdesk::ui::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(15, 20), QTimeZone::utc());

IntegrationUsageRow row(const QString &name, qint64 calls, qint64 previous, double share,
                        bool syncDesk = false)
{
    IntegrationUsageRow result{name, calls, share, previous, std::nullopt, syncDesk};
    if (previous > 0)
        result.change = double(calls - previous) / double(previous);
    return result;
}

IntegrationUsageReport sampleReport()
{
    IntegrationUsageReport report;
    report.grouping = UsageGrouping::Integration;
    report.rows = {row(u"Pardot Marketing Sync"_s, 600, 500, 0.6),
                   row(u"SyncDesk"_s, 300, 0, 0.3, true), row(u"Tableau BI"_s, 100, 200, 0.1)};
    report.syncDesk = report.rows[1];
    report.orgCalls = 1000;
    return report;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int i = 0; i < model.rowCount(); ++i)
        values.append(model.index(i, column).data().toString());
    return values;
}

} // namespace

TEST(IntegrationUsageModelTest, RowsShowCallsShareAndChange)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    IntegrationUsageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);

    model.setReport(sampleReport(), {{u"Pardot Marketing Sync"_s, {u"pardot@acme.test"_s}}});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.headerData(IntegrationUsageModel::NameColumn, Qt::Horizontal).toString(),
              u"Integration"_s);
    EXPECT_EQ(column(model, IntegrationUsageModel::NameColumn),
              (QStringList{u"Pardot Marketing Sync"_s, u"SyncDesk"_s, u"Tableau BI"_s}));
    EXPECT_EQ(column(model, IntegrationUsageModel::UserColumn),
              (QStringList{u"pardot@acme.test"_s, QString(), QString()}));
    EXPECT_EQ(column(model, IntegrationUsageModel::CallsColumn),
              (QStringList{u"600"_s, u"300"_s, u"100"_s}));
    EXPECT_EQ(column(model, IntegrationUsageModel::ShareColumn),
              (QStringList{u"60 %"_s, u"30 %"_s, u"10 %"_s}));
    EXPECT_EQ(column(model, IntegrationUsageModel::ChangeColumn),
              (QStringList{u"+20 %"_s, u"new"_s, u"−50 %"_s}));
    EXPECT_EQ(model.index(2, IntegrationUsageModel::ChangeColumn).data(Qt::ToolTipRole).toString(),
              u"200 calls in the period before"_s);
}

TEST(IntegrationUsageModelTest, SyncDesksRowIsMarked)
{
    IntegrationUsageModel model;
    model.setReport(sampleReport());
    EXPECT_TRUE(model.index(1, 0).data(IntegrationUsageModel::SyncDeskRole).toBool());
    EXPECT_TRUE(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());

    // Grouped by user, SyncDesk's user does not say it is SyncDesk: the name does.
    IntegrationUsageReport byUser = sampleReport();
    byUser.grouping = UsageGrouping::User;
    byUser.rows[1].name = u"admin@acme.test"_s;
    model.setReport(byUser);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), u"User"_s);
    EXPECT_EQ(model.index(1, 0).data().toString(), u"admin@acme.test (SyncDesk)"_s);
}

TEST(IntegrationUsageModelTest, SortsByTheNumbersNotTheTexts)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    IntegrationUsageReport report = sampleReport();
    // "1,000" sorts before "600" as text.
    report.rows.append(row(u"Nightly Data Loader"_s, 1000, 1000, 0.5));
    IntegrationUsageModel model;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(IntegrationUsageModel::SortRole);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReport(report);

    sorted.sort(IntegrationUsageModel::CallsColumn, Qt::DescendingOrder);
    EXPECT_EQ(column(sorted, IntegrationUsageModel::CallsColumn),
              (QStringList{u"1,000"_s, u"600"_s, u"300"_s, u"100"_s}));
    // A newcomer is above any change; no change (0 %) between a fall and a rise.
    sorted.sort(IntegrationUsageModel::ChangeColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(sorted, IntegrationUsageModel::ChangeColumn),
              (QStringList{u"−50 %"_s, u"0 %"_s, u"+20 %"_s, u"new"_s}));
    sorted.sort(IntegrationUsageModel::ShareColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(sorted, IntegrationUsageModel::NameColumn).first(), u"Tableau BI"_s);
}

TEST(IntegrationUsageModelTest, NoChangeAgainstAPeriodTheLogsBarelyCover)
{
    IntegrationUsageReport report = sampleReport();
    for (int hour = 0; hour < 24; ++hour)
        report.coveredHours.append(kNow.addSecs(-hour * 3600));
    IntegrationUsageModel model;
    model.setReport(report, {}, 11); // 11 of the 24 hours before: "+20 %" would mislead
    EXPECT_FALSE(model.showsChange());
    EXPECT_EQ(column(model, IntegrationUsageModel::ChangeColumn),
              (QStringList{u"—"_s, u"—"_s, u"—"_s}));
    EXPECT_TRUE(model.index(0, IntegrationUsageModel::ChangeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"too little"_s));
    model.setReport(report, {}, 12);
    EXPECT_EQ(column(model, IntegrationUsageModel::ChangeColumn).first(), u"+20 %"_s);
}

TEST(IntegrationUsageModelTest, ShareAndChangeTexts)
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(IntegrationUsageModel::shareText(0.004, locale), u"< 1 %"_s);
    EXPECT_EQ(IntegrationUsageModel::shareText(0, locale), u"0 %"_s);
    EXPECT_EQ(IntegrationUsageModel::changeText(row(u"a"_s, 112, 100, 0), locale), u"+12 %"_s);
    EXPECT_EQ(IntegrationUsageModel::changeText(row(u"a"_s, 5, 0, 0), locale), u"new"_s);
    EXPECT_EQ(IntegrationUsageModel::changeText(row(u"a"_s, 0, 0, 0), locale), QString());
    EXPECT_EQ(IntegrationUsageModel::changeText(row(u"a"_s, 0, 40, 0), locale), u"−100 %"_s);
}

TEST(IntegrationUsageGroupTextTest, CoverageLedgerAndProblemInWords)
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    IntegrationUsageReport report;
    const QDateTime from(QDate(2026, 3, 3), QTime(16, 0), QTimeZone::utc());
    for (int hour = 0; hour < 168; ++hour)
        (hour < 143 ? report.coveredHours : report.uncoveredHours)
            .append(from.addSecs(hour * 3600));
    report.orgCalls = 52310;
    report.syncDesk = IntegrationUsageRow{u"SyncDesk"_s, 100, 0.002, 90, 0.11, true};
    EXPECT_EQ(IntegrationUsageGroup::coverageText(report, 143, locale),
              u"Salesforce's logs cover 143 of the last 168 hours. Shares are of the org's "
              u"52,310 counted calls in those hours. Each hour's log arrives 3 to 6 hours after "
              u"the hour ends."_s);
    // The period before, covered differently: what the changes compare, or that they cannot.
    EXPECT_TRUE(IntegrationUsageGroup::coverageText(report, 168, locale)
                    .endsWith(u"Changes compare with the 168 hours of the period before that "
                              u"the logs cover."_s));
    EXPECT_TRUE(IntegrationUsageGroup::coverageText(report, 1, locale)
                    .endsWith(u"The logs cover only 1 hour of the period before: too few to "
                              u"show changes."_s));
    // Without a row of its own, SyncDesk says why.
    report.syncDesk.reset();
    EXPECT_TRUE(
        IntegrationUsageGroup::coverageText(report, 143, locale)
            .endsWith(u"SyncDesk's own calls appear once the logs cover the hours it ran."_s));
    report.uncoveredHours += report.coveredHours; // none covered yet
    report.coveredHours.clear();
    EXPECT_TRUE(IntegrationUsageGroup::coverageText(report, 0, locale)
                    .startsWith(u"Salesforce's logs cover none of the last 168 hours yet."_s));

    LedgerReconciliation ledger;
    EXPECT_EQ(IntegrationUsageGroup::ledgerText(ledger), QString());
    ledger.ledgerTotal = 40;
    ledger.loggedTotal = 41;
    EXPECT_EQ(IntegrationUsageGroup::ledgerText(ledger),
              u"Salesforce's logs count 1 call from SyncDesk more than its own records for "
              u"these hours."_s);
    ledger.loggedTotal = 37;
    EXPECT_TRUE(
        IntegrationUsageGroup::ledgerText(ledger).contains(u"3 calls from SyncDesk fewer"_s));

    EXPECT_EQ(IntegrationUsageGroup::problemText(QString(), false), QString());
    EXPECT_EQ(IntegrationUsageGroup::problemText(u"The file could not be read."_s, false),
              u"The file could not be read."_s);
    const QString refused = IntegrationUsageGroup::problemText(
        u"SyncDesk cannot read the org's API usage logs: the integration user lacks the "
        u"'View Event Log Files' permission."_s,
        true);
    EXPECT_TRUE(refused.contains(u"A Salesforce admin can add it"_s)) << refused.toStdString();
    EXPECT_TRUE(refused.contains(u"asks again once a day"_s));
}

namespace {

// The store holds two hours of logs (Pardot and SyncDesk's own calls) in the last day.
class IntegrationUsageTableTest : public StoreTest
{
protected:
    void storeHour(const QDateTime &hour, const QList<UsageLogCount> &counts)
    {
        EventLogFileInfo file{u"0AT%1"_s.arg(hour.toSecsSinceEpoch()), true, hour, 1, 100};
        UsageLogParseResult parsed;
        parsed.counts = counts;
        ASSERT_TRUE(ApiUsageLogStore(m_db).storeFile(file, parsed, hour.addSecs(4 * 3600)));
    }

    static UsageLogCount count(const QDateTime &hour, const QString &app, const QString &user,
                               const QString &client, qint64 calls)
    {
        return UsageLogCount{
            hour, UsageLogCaller{u"0H4x"_s, app, u"005x"_s, user, client, u"REST"_s}, calls};
    }
};

} // namespace

TEST_F(IntegrationUsageTableTest, ThePageListsWhoUsedTheCallsFromTheStore)
{
    const QDateTime hour(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc());
    storeHour(hour, {count(hour, u"Pardot Marketing Sync"_s, u"pardot@acme.test"_s, QString(), 90),
                     count(hour, QString(), u"admin@acme.test"_s, u"SyncDesk"_s, 10)});
    storeHour(hour.addSecs(3600), {count(hour.addSecs(3600), u"Pardot Marketing Sync"_s,
                                         u"pardot@acme.test"_s, QString(), 60)});

    ApiLimitsPage page(m_db);
    page.setClock([] { return kNow; });
    page.reloadFromStore();
    IntegrationUsageGroup *group = page.integrationUsage();
    QAbstractItemModel *table = group->view()->model();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->index(0, IntegrationUsageModel::NameColumn).data().toString(),
              u"Pardot Marketing Sync"_s);
    EXPECT_EQ(table->index(0, IntegrationUsageModel::UserColumn).data().toString(),
              u"pardot@acme.test"_s);
    EXPECT_EQ(table->index(0, IntegrationUsageModel::CallsColumn).data().toString(), u"150"_s);
    EXPECT_EQ(table->index(0, IntegrationUsageModel::ShareColumn).data().toString(), u"94 %"_s);
    EXPECT_TRUE(table->index(1, 0).data(IntegrationUsageModel::SyncDeskRole).toBool());
    EXPECT_TRUE(
        group->coverageText().startsWith(u"Salesforce's logs cover 2 of the last 24 hours."_s))
        << group->coverageText().toStdString();
    // SyncDesk's ledger is empty: the logs count 10 of its calls it has no record of.
    EXPECT_TRUE(group->ledgerText().contains(u"10 calls from SyncDesk more"_s))
        << group->ledgerText().toStdString();
    EXPECT_TRUE(group->problemText().isEmpty());

    // By client: the integration without a client name and SyncDesk, no user column.
    group->groupingBox()->setCurrentIndex(
        group->groupingBox()->findData(int(UsageGrouping::Client)));
    EXPECT_EQ(column(*table, IntegrationUsageModel::NameColumn),
              (QStringList{u"no client name"_s, u"SyncDesk"_s}));
    EXPECT_TRUE(group->view()->isColumnHidden(IntegrationUsageModel::UserColumn));

    // The chart names the integration in its own layer, from the same logs.
    EXPECT_EQ(page.chart()->layers().integrations(), QStringList{u"Pardot Marketing Sync"_s});
}

TEST_F(IntegrationUsageTableTest, AnEmptyStoreAndARefusedPermissionSaySo)
{
    UsageLogReaderState state;
    state.refusedAt = kNow.addSecs(-600);
    state.problem = u"SyncDesk cannot read the org's API usage logs: the integration user lacks "
                    u"the 'View Event Log Files' permission."_s;
    ASSERT_TRUE(ApiUsageLogStore(m_db).setReaderState(state));

    ApiLimitsPage page(m_db);
    page.setClock([] { return kNow; });
    page.reloadFromStore();
    IntegrationUsageGroup *group = page.integrationUsage();
    EXPECT_EQ(group->view()->model()->rowCount(), 0);
    EXPECT_TRUE(group->coverageText().startsWith(
        u"Salesforce's logs cover none of the last 24 hours yet."_s));
    EXPECT_TRUE(group->problemText().startsWith(state.problem));
    EXPECT_TRUE(group->problemText().contains(u"Permission Sets"_s));
}

TEST_F(IntegrationUsageTableTest, NewLogsReachTheTableAndTheChartWhenTheyAreRead)
{
    ApiLimitsPage page(m_db);
    page.setClock([] { return kNow; });
    page.reloadFromStore();
    EXPECT_EQ(page.integrationUsage()->view()->model()->rowCount(), 0);
    EXPECT_TRUE(page.chart()->layers().integrations().isEmpty());

    // The engine stores an hour's file and says so (SyncControl::usageLogsRead).
    const QDateTime hour(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc());
    storeHour(hour, {count(hour, u"Tableau BI"_s, u"tableau@acme.test"_s, QString(), 40)});
    page.reloadUsageLogs();
    EXPECT_EQ(page.integrationUsage()->view()->model()->rowCount(), 1);
    EXPECT_EQ(page.chart()->layers().integrations(), QStringList{u"Tableau BI"_s});
}

TEST_F(IntegrationUsageTableTest, ServicesSitsWithTheTable)
{
    ApiLimitsPage page(m_db);
    QSignalSpy requested(&page, &ApiLimitsPage::servicesRequested);
    QPushButton *services = page.integrationUsage()->servicesButton();
    EXPECT_EQ(services->objectName(), u"openServices"_s);
    EXPECT_TRUE(page.integrationUsage()->isAncestorOf(services));
    QTest::mouseClick(services, Qt::LeftButton);
    EXPECT_EQ(requested.count(), 1);
}
