// The progress a long Bulk API 2.0 run reports: the time left from the org's processing rate
// (measured from the last look that found nothing new, so a job's wait in the org's queue
// does not slow the estimate), and the words the status bar and the CLI show.
#include "sync/bulk_progress.h"
#include "sync/outbound_route.h"

#include <QLocale>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

class BulkProgressText : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }
};

} // namespace

TEST(BulkTimeLeft, FollowsTheRateOfTheRecordsProcessedSoFar)
{
    BulkTimeLeft left;
    left.restart(0, 0);
    left.observe(4'000, 0); // still queued at the org
    left.observe(9'000, 25'000);
    // 25,000 records in 5 s: the other 75,000 take 15 s.
    EXPECT_EQ(left.secondsLeft(100'000), 15);
    left.observe(14'000, 50'000);
    EXPECT_EQ(left.secondsLeft(100'000), 10);
    left.observe(15'000, 100'000);
    EXPECT_EQ(left.secondsLeft(100'000), 0);
}

TEST(BulkTimeLeft, BeforeAnyRecordIsProcessedUsesThePlanningGuess)
{
    BulkTimeLeft left;
    left.restart(0, 0);
    left.observe(1'000, 0);
    // kBulkSecondsPer10kRecords for each 10,000 records.
    EXPECT_EQ(left.secondsLeft(100'000), qint64(10 * kBulkSecondsPer10kRecords));
    EXPECT_EQ(left.secondsLeft(0), -1);
}

TEST(BulkTimeLeft, AFreshRunStartsOverWhenTheCountGoesBack)
{
    BulkTimeLeft left;
    left.restart(0, 0);
    left.observe(10'000, 10'000); // slow: 1,000 a second
    left.observe(11'000, 0);      // a new run
    left.observe(12'000, 10'000); // 10,000 a second
    EXPECT_EQ(left.secondsLeft(30'000), 2);
}

TEST_F(BulkProgressText, SaysWhatHowFarWhatItCostAndTheTimeLeft)
{
    BulkProgress progress;
    progress.running = true;
    progress.processed = 48'000;
    progress.total = 100'000;
    progress.calls = 4;
    progress.secondsLeft = 50;
    EXPECT_EQ(bulkProgressText(progress),
              u"Sending 48,000 of 100,000 records through Bulk API · 4 calls · less than a "
              u"minute left"_s);
    progress.calls = 1;
    progress.secondsLeft = 61;
    EXPECT_EQ(bulkProgressText(progress),
              u"Sending 48,000 of 100,000 records through Bulk API · 1 call · about 2 min left"_s);
    progress.direction = BulkProgress::Direction::Read;
    progress.secondsLeft = 3 * 3600;
    EXPECT_EQ(bulkProgressText(progress),
              u"Reading 48,000 of 100,000 records through Bulk API · 1 call · about 3 h left"_s);
    progress.cancelling = true;
    EXPECT_EQ(bulkProgressText(progress),
              u"Cancelling the Bulk API job: 48,000 of 100,000 records processed · 1 call"_s);
}

TEST(BulkProgressJson, KeepsEveryField)
{
    BulkProgress progress;
    progress.running = true;
    progress.direction = BulkProgress::Direction::Read;
    progress.object = u"Contact"_s;
    progress.processed = 12;
    progress.total = 30;
    progress.calls = 3;
    progress.secondsLeft = 7;
    progress.why = u"30 records"_s;
    progress.cancelling = true;
    EXPECT_EQ(BulkProgress::fromJson(progress.toJson()), progress);
    EXPECT_EQ(BulkProgress::fromJson({}).secondsLeft, -1);
}
