#include "config_test_support.h"
#include "failure_list_model.h"
#include "sync_failures_page.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::ui;
using namespace syncdesk::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kFailures = 200000;
const QStringList kCategories{u"no_api_credits"_s, u"auth"_s, u"validation"_s, u"conflict"_s,
                              u"transient"_s};
const qint64 kFirstFailedAt = 1'780'000'000'000; // 2026-05-28, UTC ms

// Failure i (id i + 1) failed one second after failure i - 1 and points at record
// (i % 100) + 1.
QString categoryOf(int i)
{
    // Uneven on purpose, so a filter that ignored the category would be caught.
    return kCategories.at((i % 7) % 5);
}

class SyncFailuresPageTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        store = new TempStore;
        ASSERT_TRUE(store->ok());
        QSqlDatabase db = store->db();
        ASSERT_TRUE(db.transaction());
        QSqlQuery record(db);
        record.prepare(u"INSERT INTO records (id, kind, crm_object, crm_id, fields_json, "
                       "sync_state, updated_at) VALUES (?, 'person', 'Contact', ?, ?, "
                       "'failed', ?)"_s);
        for (int id = 1; id <= 100; ++id) {
            record.addBindValue(id);
            record.addBindValue(u"003000000000%1AAA"_s.arg(id, 3, 10, QChar(u'0')));
            record.addBindValue(u"{\"FirstName\":\"Ada\",\"LastName\":\"Person%1\"}"_s.arg(id));
            record.addBindValue(kFirstFailedAt);
            ASSERT_TRUE(record.exec());
        }
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO sync_failures (item_kind, item_id, category, "
                       "sf_status_code, message, attempts, first_failed_at, last_try_at, "
                       "next_retry_at) VALUES ('record', ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (int i = 0; i < kFailures; ++i) {
            const QString category = categoryOf(i);
            ++countByCategory[category];
            insert.addBindValue(i % 100 + 1);
            insert.addBindValue(category);
            insert.addBindValue(category == u"validation" ? u"REQUIRED_FIELD_MISSING"_s
                                                          : QString());
            insert.addBindValue(u"Failure #%1; see the record"_s.arg(i));
            insert.addBindValue(i % 4 + 1);
            insert.addBindValue(kFirstFailedAt + qint64(i) * 1000);
            insert.addBindValue(kFirstFailedAt + qint64(i) * 1000);
            insert.addBindValue(i % 3 == 0 ? QVariant() : QVariant(kFirstFailedAt + i));
            ASSERT_TRUE(insert.exec());
        }
        ASSERT_TRUE(db.commit());
    }

    static void TearDownTestSuite()
    {
        delete store;
        store = nullptr;
    }

    static QToolButton *buttonFor(QWidget *page, QAction *action)
    {
        for (QToolButton *button : page->findChildren<QToolButton *>()) {
            if (button->defaultAction() == action)
                return button;
        }
        return nullptr;
    }

    static void ctrlClickRow(QTableView *table, int row)
    {
        const QRect cell = table->visualRect(table->model()->index(row, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, cell.center());
    }

    static inline TempStore *store = nullptr;
    static inline QHash<QString, int> countByCategory;
};

TEST_F(SyncFailuresPageTest, ModelFetchesPagesAndPassesTheModelTester)
{
    FailureListModel model(store->db());
    EXPECT_EQ(model.totalCount(), kFailures);
    EXPECT_EQ(model.rowCount(), FailureListModel::PageSize);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * FailureListModel::PageSize);

    // Newest first by default; the record's name and id come from the joined record.
    const qint64 newest = model.index(0, 0).data(FailureListModel::FailureIdRole).toLongLong();
    EXPECT_EQ(newest, kFailures);
    EXPECT_EQ(model.index(0, FailureListModel::RecordColumn).data().toString(), u"Ada Person100"_s);
    EXPECT_EQ(model.index(0, FailureListModel::RecordIdColumn).data().toString(),
              u"003000000000100AAA"_s);

    // The tester fetches more pages itself and checks every signal from here on. (It is
    // attached after the direct fetchMore() calls: Qt 6.4's tester runs its checks from
    // rowsInserted before it marks the insertion done, so a fetchMore() it starts from
    // there would be reported as nested.)
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_GT(model.rowCount(), 2 * FailureListModel::PageSize);
    EXPECT_LT(model.rowCount(), kFailures);
    model.reload();
    EXPECT_EQ(model.totalCount(), kFailures);
    EXPECT_LT(model.rowCount(), kFailures);
}

TEST_F(SyncFailuresPageTest, CategoryAndTextFiltersCountInSql)
{
    FailureListModel model(store->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const QString &name : kCategories) {
        const auto category = failureCategoryFromName(name);
        ASSERT_TRUE(category);
        model.setCategoryFilter(category);
        EXPECT_EQ(model.totalCount(), countByCategory.value(name)) << qPrintable(name);
        EXPECT_EQ(model.rowCount(),
                  std::min(FailureListModel::PageSize, countByCategory.value(name)));
        for (int row = 0; row < model.rowCount(); row += 97)
            EXPECT_EQ(model.index(row, FailureListModel::CategoryColumn)
                          .data(FailureListModel::RawValueRole)
                          .toString(),
                      name);
    }
    model.setCategoryFilter(std::nullopt);
    model.setTextFilter(u"#12345;"_s);
    ASSERT_EQ(model.totalCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(FailureListModel::FailureIdRole).toLongLong(), 12346);
    // A LIKE wildcard typed by the admin is taken literally.
    model.setTextFilter(u"#1%5;"_s);
    EXPECT_EQ(model.totalCount(), 0);
    model.setTextFilter(u"Person42 "_s.trimmed());
    EXPECT_EQ(model.totalCount(), kFailures / 100);
}

TEST_F(SyncFailuresPageTest, SortsInSqlOnIndexedColumns)
{
    FailureListModel model(store->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(FailureListModel::TimeColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, 0).data(FailureListModel::FailureIdRole).toLongLong(), 1);
    QDateTime previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDateTime at = model.index(row, FailureListModel::TimeColumn)
                                 .data(FailureListModel::RawValueRole)
                                 .toDateTime();
        ASSERT_TRUE(!previous.isValid() || previous <= at);
        previous = at;
    }
    model.sort(FailureListModel::CategoryColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, FailureListModel::CategoryColumn)
                  .data(FailureListModel::RawValueRole)
                  .toString(),
              u"auth"_s);
    model.sort(FailureListModel::CategoryColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, FailureListModel::CategoryColumn)
                  .data(FailureListModel::RawValueRole)
                  .toString(),
              u"validation"_s);
    EXPECT_EQ(model.totalCount(), kFailures);
    EXPECT_EQ(model.rowCount(), FailureListModel::PageSize);
}

bool insertedNew(QSet<qint64> &set, qint64 value)
{
    if (set.contains(value))
        return false;
    set.insert(value);
    return true;
}

TEST_F(SyncFailuresPageTest, PagesFollowOnWithoutGapsOrRepeats)
{
    FailureListModel model(store->db());
    // Newest first: ids run down by one across the page boundaries.
    for (int page = 0; page < 3; ++page)
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 4 * FailureListModel::PageSize);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.failureId(row), kFailures - row) << row;

    // By category, then time: strictly increasing keys, and exactly the failures of the
    // first category in insertion order.
    model.sort(FailureListModel::CategoryColumn, Qt::AscendingOrder);
    for (int page = 0; page < 3; ++page)
        model.fetchMore({});
    QList<qint64> expected;
    for (int i = 0; i < kFailures && expected.size() < model.rowCount(); ++i) {
        if (categoryOf(i) == u"auth")
            expected.append(i + 1);
    }
    ASSERT_LE(model.rowCount(), countByCategory.value(u"auth"_s));
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.failureId(row), expected.at(row)) << row;

    // Next retry pages by offset (NULLs first when ascending); still no repeats.
    model.sort(FailureListModel::NextRetryColumn, Qt::AscendingOrder);
    model.fetchMore({});
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_TRUE(insertedNew(seen, model.failureId(row))) << row;
}

TEST_F(SyncFailuresPageTest, RetryOfASelectionReachesTheEngineWithExactlyThoseIds)
{
    RecordingSyncControl control;
    SyncFailuresPage page(store->db(), &control);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QTableView *table = page.table();
    const QList<qint64> expected{
        table->model()->index(1, 0).data(FailureListModel::FailureIdRole).toLongLong(),
        table->model()->index(3, 0).data(FailureListModel::FailureIdRole).toLongLong(),
        table->model()->index(4, 0).data(FailureListModel::FailureIdRole).toLongLong()};
    for (const int row : {1, 3, 4})
        ctrlClickRow(table, row);
    ASSERT_EQ(table->selectionModel()->selectedRows().size(), 3);

    QToolButton *retry = buttonFor(&page, page.retryAction());
    ASSERT_NE(retry, nullptr);
    ASSERT_TRUE(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    ASSERT_EQ(control.retried.size(), 1);
    QList<qint64> sent = control.retried.constFirst();
    std::sort(sent.begin(), sent.end());
    QList<qint64> wanted = expected;
    std::sort(wanted.begin(), wanted.end());
    EXPECT_EQ(sent, wanted);
    EXPECT_TRUE(page.busyIndicator()->isVisible());

    // The engine reports: the list reloads and the busy indicator goes.
    Q_EMIT control.failuresChanged();
    EXPECT_FALSE(page.busyIndicator()->isVisible());

    // Copy details puts the three rows on the clipboard, tab-separated.
    for (const int row : {1, 3, 4})
        ctrlClickRow(table, row);
    QTest::mouseClick(buttonFor(&page, page.copyAction()), Qt::LeftButton);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.constFirst().count(u'\t'), FailureListModel::ColumnCount - 1);

    // Retry all sends the empty list, which the engine reads as "all".
    QTest::mouseClick(buttonFor(&page, page.retryAllAction()), Qt::LeftButton);
    ASSERT_EQ(control.retried.size(), 2);
    EXPECT_TRUE(control.retried.at(1).isEmpty());
}

TEST_F(SyncFailuresPageTest, DismissAsksFirstThenReachesTheEngine)
{
    RecordingSyncControl control;
    SyncFailuresPage page(store->db(), &control);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    for (const int row : {0, 2})
        ctrlClickRow(page.table(), row);
    const QList<qint64> selected = page.selectedFailureIds();
    ASSERT_EQ(selected.size(), 2);

    QTest::mouseClick(buttonFor(&page, page.dismissAction()), Qt::LeftButton);
    auto *box = page.findChild<QMessageBox *>();
    ASSERT_NE(box, nullptr);
    QTRY_VERIFY(box->isVisible());
    EXPECT_TRUE(control.dismissed.isEmpty()); // nothing before the admin confirms
    QAbstractButton *dismiss = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            dismiss = button;
    }
    ASSERT_NE(dismiss, nullptr);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    ASSERT_EQ(control.dismissed.size(), 1);
    EXPECT_EQ(control.dismissed.constFirst(), selected);
}

TEST_F(SyncFailuresPageTest, RefusedRetryShowsWhenCreditsReturn)
{
    RecordingSyncControl control;
    SyncFailuresPage page(store->db(), &control);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(buttonFor(&page, page.retryAllAction()), Qt::LeftButton);
    ASSERT_TRUE(page.busyIndicator()->isVisible());
    const QDateTime back(QDate(2026, 5, 28), QTime(15, 40), Qt::LocalTime);
    Q_EMIT control.retryRefused({1, 2}, back);
    EXPECT_FALSE(page.busyIndicator()->isVisible());
    EXPECT_TRUE(page.messageLabel()->isVisible());
    EXPECT_EQ(page.messageLabel()->text(),
              u"No API calls left; SyncDesk checks the org's figures again at 15:40"_s);
    EXPECT_TRUE(page.grab().save(screenshotPath(u"sync_failures_page.png"_s)));
}

TEST_F(SyncFailuresPageTest, FilterWidgetsDriveTheModel)
{
    RecordingSyncControl control;
    SyncFailuresPage page(store->db(), &control);
    page.show();
    ASSERT_EQ(categoryOf(kFailures - 1), u"validation"_s);
    page.categoryFilter()->setCurrentIndex(
        page.categoryFilter()->findData(int(FailureCategory::Validation)));
    EXPECT_EQ(page.model()->totalCount(), countByCategory.value(u"validation"_s));
    QTest::keyClicks(page.textFilter(), u"#%1;"_s.arg(kFailures - 1));
    QTRY_COMPARE(page.model()->totalCount(), 1);
    page.categoryFilter()->setCurrentIndex(
        page.categoryFilter()->findData(int(FailureCategory::Transient)));
    EXPECT_EQ(page.model()->totalCount(), 0);
    page.categoryFilter()->setCurrentIndex(0);
    EXPECT_EQ(page.model()->totalCount(), 1);
    // Clicking a header that has no index keeps the time order.
    QHeaderView *header = page.table()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(FailureListModel::MessageColumn) + 5,
                             header->height() / 2));
    EXPECT_EQ(header->sortIndicatorSection(), FailureListModel::TimeColumn);
}

} // namespace
