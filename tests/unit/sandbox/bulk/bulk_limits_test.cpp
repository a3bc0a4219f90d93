// The limits Bulk API 2.0 jobs live under: DailyBulkApiBatches (a batch per
// 10,000 ingest records) and DailyBulkV2QueryJobs over the rolling 24 hours,
// the daily API limit for every request, and processing that takes time on
// the org's clock.
#include "bulk_org.h"

#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QJsonObject insertContacts{{u"object"_s, u"Contact"_s}, {u"operation"_s, u"insert"_s}};

QByteArray contactsCsv(int rows)
{
    QByteArray csv = "LastName\n";
    for (int i = 0; i < rows; ++i)
        csv += "Bulk " + QByteArray::number(i) + '\n';
    return csv;
}

QJsonObject limit(BulkOrg &org, const QString &name)
{
    return org.get(OrgUnderTest::data(u"limits"_s)).object()[name].toObject();
}

} // namespace

TEST(SandboxBulkLimits, IngestBatchesOfTenThousandAndQueryJobsAreCountedInLimits)
{
    BulkOrg org;
    EXPECT_EQ(limit(org, u"DailyBulkApiBatches"_s)[u"Max"_s].toInt(), 15000);
    EXPECT_EQ(limit(org, u"DailyBulkApiBatches"_s)[u"Remaining"_s].toInt(), 15000);
    org.runIngestJob(insertContacts, contactsCsv(20001));
    const QJsonObject batches = limit(org, u"DailyBulkApiBatches"_s);
    EXPECT_EQ(batches[u"Remaining"_s].toInt(), 15000 - 3) << "20,001 records are three batches";
    EXPECT_TRUE(batches[u"SyncDesk"_s].isObject()) << "the per-app entries stay";

    EXPECT_EQ(limit(org, u"DailyBulkV2QueryJobs"_s)[u"Remaining"_s].toInt(), 10000);
    org.createQueryJob(u"SELECT Id FROM Contact"_s);
    org.createQueryJob(u"SELECT Id FROM Lead"_s);
    EXPECT_EQ(limit(org, u"DailyBulkV2QueryJobs"_s)[u"Remaining"_s].toInt(), 10000 - 2);
    EXPECT_EQ(limit(org, u"DailyBulkV2QueryJobs"_s)[u"Max"_s].toInt(), 10000);
}

TEST(SandboxBulkLimits, ASpentBatchAllocationFailsTheJobAndLeavesTheRestUnprocessed)
{
    BulkOrg org;
    org.control(u"bulk"_s, {{u"batchesUsed"_s, 14999}});
    const QString id = org.runIngestJob(insertContacts, contactsCsv(25000));
    const QJsonObject info = org.info(id);
    EXPECT_EQ(info[u"state"_s].toString(), u"Failed"_s);
    EXPECT_EQ(info[u"numberRecordsProcessed"_s].toInteger(), 10000) << "the one batch that fitted";
    EXPECT_TRUE(info[u"errorMessage"_s].toString().contains(u"15000"_s));
    EXPECT_EQ(BulkOrg::lines(org.results(id, u"unprocessedrecords"_s).response.body).size(), 15001);
    EXPECT_EQ(BulkOrg::lines(org.results(id, u"successfulResults"_s).response.body).size(), 10001);
    EXPECT_EQ(limit(org, u"DailyBulkApiBatches"_s)[u"Remaining"_s].toInt(), 0);
}

TEST(SandboxBulkLimits, QueryJobsPastTheDailyAllocationAreRefusedUntilItRolls)
{
    BulkOrg org;
    org.control(u"bulk"_s, {{u"queryJobsUsed"_s, 10000}});
    const auto refused = org.post(
        BulkOrg::query(), QJsonDocument(QJsonObject{{u"query"_s, u"SELECT Id FROM Contact"_s}}));
    EXPECT_EQ(refused.status(), 400);
    EXPECT_EQ(refused.array().at(0)[u"errorCode"_s].toString(), u"LIMIT_EXCEEDED"_s);
    EXPECT_TRUE(org.get(BulkOrg::query()).object()[u"records"_s].toArray().isEmpty());
    org.org().oauth().setSessionTimeout(2 * 24 * 3600); // the session outlives the day
    org.control(u"clock"_s, {{u"advanceSeconds"_s, 24 * 3600}});
    const auto later = org.post(
        BulkOrg::query(), QJsonDocument(QJsonObject{{u"query"_s, u"SELECT Id FROM Contact"_s}}));
    EXPECT_EQ(later.status(), 200) << later.response.body.toStdString();
}

TEST(SandboxBulkLimits, ASpentDailyApiLimitRefusesEveryBulkRequest)
{
    BulkOrg org;
    const QString id = org.createIngestJob(insertContacts);
    org.org().allocation().setUsed(org.org().clock().now(), org.org().allocation().max());
    for (const auto &answer :
         {org.post(BulkOrg::ingest(), QJsonDocument(insertContacts)),
          org.upload(id, "LastName\nA\n"), org.get(BulkOrg::ingest(u'/' + id)),
          org.post(BulkOrg::query(),
                   QJsonDocument(QJsonObject{{u"query"_s, u"SELECT Id FROM Lead"_s}}))}) {
        EXPECT_EQ(answer.status(), 403);
        EXPECT_EQ(answer.array().at(0)[u"errorCode"_s].toString(), u"REQUEST_LIMIT_EXCEEDED"_s);
        EXPECT_EQ(answer.array().at(0)[u"message"_s].toString(),
                  u"TotalRequests Limit exceeded."_s);
    }
    EXPECT_EQ(org.org().bulkJobs().jobs(BulkJob::Kind::Ingest).size(), 1);
    EXPECT_EQ(org.org().bulkJobs().jobs(BulkJob::Kind::Query).size(), 0);
}

TEST(SandboxBulkLimits, ADelayKeepsTheJobInProgressUntilTheOrgClockMoves)
{
    BulkOrg org;
    org.control(u"bulk"_s, {{u"processingDelaySeconds"_s, 30}});
    const QString id = org.runIngestJob(insertContacts, contactsCsv(25000));
    const auto progress = [&] {
        const QJsonObject info = org.info(id);
        return std::pair{info[u"state"_s].toString(),
                         info[u"numberRecordsProcessed"_s].toInteger()};
    };
    EXPECT_EQ(progress(), std::pair(u"InProgress"_s, qint64(0)));
    EXPECT_EQ(progress(), std::pair(u"InProgress"_s, qint64(0))) << "frozen clock, no progress";
    org.control(u"clock"_s, {{u"advanceSeconds"_s, 30}});
    EXPECT_EQ(progress(), std::pair(u"InProgress"_s, qint64(10000)));
    org.control(u"clock"_s, {{u"advanceSeconds"_s, 59}});
    EXPECT_EQ(progress(), std::pair(u"InProgress"_s, qint64(20000)));
    org.control(u"clock"_s, {{u"advanceSeconds"_s, 1}});
    EXPECT_EQ(progress(), std::pair(u"JobComplete"_s, qint64(25000)));
    EXPECT_EQ(org.info(id)[u"totalProcessingTime"_s].toInteger(), 90'000);
}
