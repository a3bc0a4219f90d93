#include "config_test_support.h"
#include "conflict_list_model.h"
#include "store/conflict_store.h"
#include "store/record_store.h"
#include "store/sync_run_store.h"
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

// Each run says which API its changes went through and why (sync_runs.api, api_reason);
// a run that chose none (an inbound poll, a run from before schema 8) leaves it empty.
TEST(SyncLogPage, ShowsTheApiEachRunUsedAndWhy)
{
    TempStore store;
    ASSERT_TRUE(store.ok());
    SyncRunStore runs(store.db());
    const QDateTime at = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    for (const auto &[minute, api, why] :
         {std::tuple{0, u""_s, u""_s},
          std::tuple{1, u"composite"_s, u"12 records, under the Bulk API threshold of 2,000"_s},
          std::tuple{2, u"bulk2"_s, u"100,000 records, about 9 calls instead of 100"_s}}) {
        const std::optional<qint64> id = runs.start(SyncRunKind::Outbound, at.addSecs(60 * minute));
        ASSERT_TRUE(id);
        ASSERT_TRUE(runs.finish(*id, at.addSecs(60 * minute + 5), 1, 1, 0, u"sent"_s));
        if (!api.isEmpty())
            ASSERT_TRUE(runs.setApi(*id, api, why));
    }

    RecordingSyncControl control;
    SyncLogPage page(store.db(), &control);
    SyncLogModel *model = page.model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->headerData(SyncLogModel::ApiColumn, Qt::Horizontal).toString(),
              u"API and why"_s);
    EXPECT_EQ(model->index(0, SyncLogModel::ApiColumn).data().toString(),
              u"Bulk API 2.0: 100,000 records, about 9 calls instead of 100"_s);
    EXPECT_EQ(model->index(0, SyncLogModel::ApiColumn).data(Qt::ToolTipRole).toString(),
              u"Bulk API 2.0: 100,000 records, about 9 calls instead of 100"_s);
    EXPECT_EQ(model->index(1, SyncLogModel::ApiColumn).data().toString(),
              u"REST composite: 12 records, under the Bulk API threshold of 2,000"_s);
    EXPECT_EQ(model->index(2, SyncLogModel::ApiColumn).data().toString(), QString());
}

// The conflicts the engine decided are shown with the value that lost, newest first.
TEST(SyncLogPage, ShowsConflictsWithTheValueThatLost)
{
    TempStore store;
    ASSERT_TRUE(store.ok());
    LocalRecord person;
    person.kind = RecordKind::Person;
    person.fields = {{u"FirstName"_s, u"Ada"_s}, {u"LastName"_s, u"Lovelace"_s}};
    const std::optional<qint64> id = RecordStore(store.db()).insert(person);
    ASSERT_TRUE(id);
    const QDateTime at = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    SyncConflict crmWon;
    crmWon.recordId = *id;
    crmWon.field = u"Title"_s;
    crmWon.localValue = u"CTO"_s;
    crmWon.crmValue = u"Chief Engineer"_s;
    crmWon.winner = SyncConflict::Winner::Crm;
    crmWon.decidedAt = at;
    ASSERT_TRUE(ConflictStore(store.db()).add(crmWon));

    RecordingSyncControl control;
    SyncLogPage page(store.db(), &control);
    QAbstractItemModelTester tester(page.conflicts(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ConflictListModel *conflicts = page.conflicts();
    ASSERT_EQ(conflicts->rowCount(), 1);
    EXPECT_EQ(conflicts->index(0, ConflictListModel::RecordColumn).data().toString(),
              u"Ada Lovelace"_s);
    EXPECT_EQ(conflicts->index(0, ConflictListModel::KeptColumn).data().toString(),
              u"Chief Engineer"_s);
    EXPECT_EQ(conflicts->index(0, ConflictListModel::LostColumn).data().toString(), u"CTO"_s);

    SyncConflict localWon = crmWon;
    localWon.field = u"Phone"_s;
    localWon.localValue = u"+44 20 7946 0000"_s;
    localWon.crmValue = QJsonValue();
    localWon.winner = SyncConflict::Winner::Local;
    localWon.decidedAt = at.addSecs(60);
    ASSERT_TRUE(ConflictStore(store.db()).add(localWon));
    Q_EMIT control.runFinished();
    ASSERT_EQ(conflicts->rowCount(), 2);
    EXPECT_EQ(conflicts->index(0, ConflictListModel::FieldColumn).data().toString(), u"Phone"_s);
    EXPECT_EQ(conflicts->index(0, ConflictListModel::KeptColumn).data().toString(),
              u"+44 20 7946 0000"_s);
    EXPECT_EQ(conflicts->index(0, ConflictListModel::LostColumn).data().toString(), u"(empty)"_s);
}

} // namespace
