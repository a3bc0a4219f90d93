#include "store/api_usage_log_store.h"
#include "store_backend_test.h"
#include "store_fixture.h"

#include <QTimeZone>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kDay(QDate(2026, 12, 4), QTime(0, 0), QTimeZone::utc());

EventLogFileInfo fileAt(const QString &id, bool hourly, const QDateTime &logDate, int sequence = 1)
{
    return EventLogFileInfo{id, hourly, logDate, sequence, 100};
}

UsageLogParseResult countsOf(const QList<std::pair<QDateTime, qint64>> &hours,
                             const QString &app = u"Marketo"_s)
{
    UsageLogParseResult result;
    for (const auto &[hour, calls] : hours) {
        result.counts.append(UsageLogCount{
            hour, UsageLogCaller{u"0H4"_s, app, u"005"_s, u"u@x.com"_s, QString(), u"REST"_s},
            calls});
        result.countedRows += calls;
    }
    return result;
}

qint64 total(const QList<UsageLogCount> &counts)
{
    qint64 sum = 0;
    for (const UsageLogCount &count : counts)
        sum += count.calls;
    return sum;
}

} // namespace

class ApiUsageLogStoreTest : public syncdesk::test::StoreBackendTest
{
};
SYNCDESK_STORE_ON_BOTH_BACKENDS(ApiUsageLogStoreTest);

TEST_P(ApiUsageLogStoreTest, AHigherSequenceReplacesTheEarlierCountsAndTheFileIsKnownAfterARestart)
{
    {
        ApiUsageLogStore store(openStore());
        const QDateTime h13 = kDay.addSecs(13 * 3600);
        ASSERT_TRUE(store.storeFile(fileAt(u"a"_s, true, h13), countsOf({{h13, 10}}), kDay));
        ASSERT_TRUE(store.storeFile(fileAt(u"b"_s, true, h13, 2), countsOf({{h13, 12}}), kDay));
        EXPECT_EQ(total(store.counts(kDay, kDay.addDays(1))), 12);
        closeStore();
    }
    ApiUsageLogStore reopened(openStore());
    const QList<EventLogFileInfo> stored = reopened.storedFiles();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].id, u"b"_s);
    EXPECT_EQ(stored[0].sequence, 2);
    EXPECT_TRUE(eventLogFilesToFetch(stored, stored).isEmpty());
}

TEST_P(ApiUsageLogStoreTest, AnHourCoveredByAnHourlyAndADailyFileIsCountedOnce)
{
    ApiUsageLogStore store(openStore());
    const QDateTime h13 = kDay.addSecs(13 * 3600);
    const QDateTime h14 = kDay.addSecs(14 * 3600);
    ASSERT_TRUE(
        store.storeFile(fileAt(u"d"_s, false, kDay), countsOf({{h13, 50}, {h14, 7}}), kDay));
    ASSERT_TRUE(store.storeFile(fileAt(u"h"_s, true, h13), countsOf({{h13, 49}}), kDay));
    EXPECT_EQ(total(store.counts(kDay, kDay.addDays(1))), 49 + 7);
    EXPECT_EQ(store.coveredHours(kDay, kDay.addDays(2)).size(), 24);
    EXPECT_EQ(store.coveredHours(h13, h14).size(), 1);
}

TEST_P(ApiUsageLogStoreTest, AnUnreadableFileIsKnownButCoversNothingAndLosesNothingElse)
{
    ApiUsageLogStore store(openStore());
    const QDateTime h13 = kDay.addSecs(13 * 3600);
    const QDateTime h14 = kDay.addSecs(14 * 3600);
    ASSERT_TRUE(store.storeFile(fileAt(u"h13"_s, true, h13), countsOf({{h13, 5}}), kDay));
    UsageLogParseResult broken;
    broken.fileError = u"the file is empty: it has no header line"_s;
    ASSERT_TRUE(store.storeFile(fileAt(u"h14"_s, true, h14), broken, kDay));
    EXPECT_EQ(total(store.counts(kDay, kDay.addDays(1))), 5);
    EXPECT_EQ(store.coveredHours(kDay, kDay.addDays(1)), QList<QDateTime>{h13});
    EXPECT_EQ(store.storedFiles().size(), 2);
    const QStringList problems = store.fileProblemsSince(kDay);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(u"no header line"_s));
}

TEST_P(ApiUsageLogStoreTest, KeepsNinetyDaysLikeTheLedger)
{
    ApiUsageLogStore store(openStore());
    const QDateTime old = kDay.addDays(-100);
    ASSERT_TRUE(store.storeFile(fileAt(u"old"_s, true, old), countsOf({{old, 3}}), old));
    ASSERT_TRUE(store.storeFile(fileAt(u"new"_s, true, kDay), countsOf({{kDay, 4}}), kDay));
    EXPECT_GT(store.deleteBefore(kDay.addDays(-90)), 0);
    EXPECT_EQ(total(store.counts(old.addDays(-1), kDay.addDays(1))), 4);
    ASSERT_EQ(store.storedFiles().size(), 1);
    EXPECT_EQ(store.storedFiles()[0].id, u"new"_s);
}

TEST_P(ApiUsageLogStoreTest, KeepsTheReadersState)
{
    ApiUsageLogStore store(openStore());
    EXPECT_FALSE(store.readerState().listedAt.isValid());
    UsageLogReaderState state;
    state.refusedAt = kDay;
    state.problem = u"no permission"_s;
    ASSERT_TRUE(store.setReaderState(state));
    EXPECT_EQ(store.readerState().refusedAt, kDay);
    EXPECT_EQ(store.readerState().problem, u"no permission"_s);
}
