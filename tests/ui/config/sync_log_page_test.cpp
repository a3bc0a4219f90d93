#include "config_test_support.h"
#include "sync_log_model.h"
#include "sync_log_page.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::ui;
using namespace syncdesk::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

bool addRun(QSqlDatabase db, const QString &kind, qint64 startedAt, int calls, int ok, int failed,
            const QString &summary)
{
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO sync_runs (kind, started_at, finished_at, calls, items_ok, "
                   "items_failed, summary) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         {QVariant(kind), QVariant(startedAt), QVariant(startedAt + 900), QVariant(calls),
          QVariant(ok), QVariant(failed), QVariant(summary)})
        insert.addBindValue(value);
    return insert.exec();
}

TEST(SyncLogPage, ShowsRunsNewestFirstAndReloadsWhenARunFinishes)
{
    TempStore store;
    ASSERT_TRUE(store.ok());
    const qint64 base = 1'780'000'000'000;
    ASSERT_TRUE(addRun(store.db(), u"outbound"_s, base, 2, 1200, 3, u"1,200 records sent"_s));
    ASSERT_TRUE(addRun(store.db(), u"inbound"_s, base + 60000, 1, 40, 0, u"40 changes read"_s));
    ASSERT_TRUE(addRun(store.db(), u"activities"_s, base + 30000, 1, 12, 0, u"12 Tasks logged"_s));

    RecordingSyncControl control;
    SyncLogPage page(store.db(), &control);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    SyncLogModel *model = page.model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->index(0, SyncLogModel::SummaryColumn).data().toString(), u"40 changes read"_s);
    EXPECT_EQ(model->index(2, SyncLogModel::CallsColumn).data().toString(), u"2"_s);
    EXPECT_EQ(model->index(2, SyncLogModel::OkColumn).data().toString(), QLocale().toString(1200));

    ASSERT_TRUE(addRun(store.db(), u"retry"_s, base + 120000, 1, 3, 0, u"3 failures retried"_s));
    Q_EMIT control.runFinished();
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->index(0, SyncLogModel::SummaryColumn).data().toString(),
              u"3 failures retried"_s);
    EXPECT_TRUE(page.grab().save(screenshotPath(u"sync_log_page.png"_s)));
}

} // namespace
