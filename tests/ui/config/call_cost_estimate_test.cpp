#include "sync/call_cost_estimate.h"

#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

FieldMapping mapping(const QString &localObject, const QString &localField,
                     const QString &crmObject, const QString &crmField, SyncDirection direction)
{
    FieldMapping m;
    m.localObject = localObject;
    m.localField = localField;
    m.crmObject = crmObject;
    m.crmField = crmField;
    m.direction = direction;
    return m;
}

QList<FieldMapping> typicalConfiguration()
{
    return {mapping(u"person"_s, u"Email"_s, u"Contact"_s, u"Email"_s, SyncDirection::Both),
            mapping(u"person"_s, u"Title"_s, u"Contact"_s, u"Title"_s, SyncDirection::ToCrm),
            mapping(u"account"_s, u"Name"_s, u"Account"_s, u"Name"_s, SyncDirection::FromCrm),
            mapping(u"activity"_s, u"Subject"_s, u"Task"_s, u"Subject"_s, SyncDirection::ToCrm)};
}

ChangeRates typicalRates()
{
    ChangeRates rates;
    rates.localRecordsPerDay = {{u"person"_s, 2000}, {u"account"_s, 300}};
    rates.activitiesPerDay = 600;
    rates.crmRecordsPerDay = {{u"Contact"_s, 1000}, {u"Account"_s, 100}};
    return rates;
}

TEST(CallCostEstimate, FollowsTheEngineArithmetic)
{
    // 60 s flushes: 1,440 a day, but only 2,000 person changes (accounts are not sent),
    // so every flush has work and each fits in one composite of 1,000 records.
    // 600 activities a day: 600 busy flushes. 300 s polls: 288 a day, no extra pages.
    const CallCostEstimate estimate =
        estimateCallsPerDay(typicalConfiguration(), 60, 300, typicalRates(), false);
    EXPECT_DOUBLE_EQ(estimate.outbound, 1440);
    EXPECT_DOUBLE_EQ(estimate.activities, 600);
    EXPECT_DOUBLE_EQ(estimate.inbound, 288);
    EXPECT_DOUBLE_EQ(estimate.total(), 1440 + 600 + 288);
}

TEST(CallCostEstimate, TheDailyDeletionSweepCostsOneCallPer2500LinkedRecords)
{
    ChangeRates rates = typicalRates();
    rates.linkedRecords = 12'000;
    const CallCostEstimate estimate =
        estimateCallsPerDay(typicalConfiguration(), 60, 300, rates, false);
    EXPECT_DOUBLE_EQ(estimate.deletionSweep, 5); // ceil(12,000 / 2,500)
    EXPECT_DOUBLE_EQ(estimate.total(), 1440 + 600 + 288 + 5);
    // Nothing read from Salesforce: nothing to sweep either.
    const QList<FieldMapping> outboundOnly{
        mapping(u"person"_s, u"Email"_s, u"Contact"_s, u"Email"_s, SyncDirection::ToCrm)};
    EXPECT_DOUBLE_EQ(estimateCallsPerDay(outboundOnly, 60, 300, rates).deletionSweep, 0);
}

TEST(CallCostEstimate, ReadingBeforeWritingCostsACallPerBusyFlushOf2500Records)
{
    // The people also come from Salesforce: each of the 1,440 busy flushes reads them first.
    const CallCostEstimate estimate =
        estimateCallsPerDay(typicalConfiguration(), 60, 300, typicalRates());
    EXPECT_DOUBLE_EQ(estimate.readBeforeWrite, 1440);
    EXPECT_DOUBLE_EQ(estimate.total(), 1440 + 600 + 288 + 1440);
    // Hourly flushes of 6,000 records: ceil(6,000 / 2,500) = 3 reads each.
    ChangeRates rates;
    rates.localRecordsPerDay = {{u"person"_s, 6000 * 24}};
    EXPECT_DOUBLE_EQ(estimateCallsPerDay(typicalConfiguration(), 3600, 300, rates).readBeforeWrite,
                     24 * 3);
}

TEST(CallCostEstimate, BigBacklogsNeedOneCompositePerThousandRecords)
{
    ChangeRates rates;
    rates.localRecordsPerDay = {{u"person"_s, 2500 * 24}}; // 2,500 an hour
    const QList<FieldMapping> mappings{
        mapping(u"person"_s, u"Email"_s, u"Contact"_s, u"Email"_s, SyncDirection::ToCrm)};
    // Hourly flushes of 2,500 records: ceil(2.5) = 3 composites each.
    EXPECT_DOUBLE_EQ(estimateCallsPerDay(mappings, 3600, 300, rates).outbound, 24 * 3);
}

TEST(CallCostEstimate, NoOutboundMappingsCostNothingOutbound)
{
    QList<FieldMapping> mappings = typicalConfiguration();
    for (FieldMapping &m : mappings) {
        if (m.direction == SyncDirection::Both)
            m.direction = SyncDirection::FromCrm;
        else if (m.direction == SyncDirection::ToCrm)
            m.direction = SyncDirection::Off;
    }
    const CallCostEstimate estimate = estimateCallsPerDay(mappings, 60, 300, typicalRates());
    EXPECT_DOUBLE_EQ(estimate.outbound, 0);
    EXPECT_DOUBLE_EQ(estimate.activities, 0);
    EXPECT_DOUBLE_EQ(estimate.inbound, 288);
}

TEST(CallCostEstimate, NoInboundMappingsCostNothingInbound)
{
    QList<FieldMapping> mappings = typicalConfiguration();
    for (FieldMapping &m : mappings) {
        if (m.syncsFromCrm())
            m.direction =
                m.direction == SyncDirection::Both ? SyncDirection::ToCrm : SyncDirection::Off;
    }
    EXPECT_DOUBLE_EQ(estimateCallsPerDay(mappings, 60, 300, typicalRates()).inbound, 0);
}

TEST(CallCostEstimate, HalvingThePollIntervalDoublesThePollingCost)
{
    const ChangeRates rates = typicalRates();
    const double every10Minutes =
        estimateCallsPerDay(typicalConfiguration(), 60, 600, rates).inbound;
    const double every5Minutes =
        estimateCallsPerDay(typicalConfiguration(), 60, 300, rates).inbound;
    EXPECT_GT(every10Minutes, 0);
    EXPECT_DOUBLE_EQ(every5Minutes, 2 * every10Minutes);
}

TEST(CallCostEstimate, ManyChangesPerPollNeedExtraPages)
{
    ChangeRates rates;
    rates.crmRecordsPerDay = {{u"Contact"_s, 5000.0 * 24}}; // 5,000 per hourly poll
    const QList<FieldMapping> mappings{
        mapping(u"person"_s, u"Email"_s, u"Contact"_s, u"Email"_s, SyncDirection::FromCrm)};
    // One composite plus two more pages of 2,000 rows, 24 times a day.
    EXPECT_DOUBLE_EQ(estimateCallsPerDay(mappings, 60, 3600, rates).inbound, 24 * 3);
}

TEST(CallCostEstimate, QuietFlushesCostNothing)
{
    ChangeRates rates;
    rates.localRecordsPerDay = {{u"person"_s, 10}};
    const QList<FieldMapping> mappings{
        mapping(u"person"_s, u"Email"_s, u"Contact"_s, u"Email"_s, SyncDirection::ToCrm)};
    EXPECT_DOUBLE_EQ(estimateCallsPerDay(mappings, 60, 300, rates).outbound, 10);
    EXPECT_DOUBLE_EQ(estimateCallsPerDay(mappings, 60, 300, ChangeRates()).outbound, 0);
}

// Reading the org's usage logs costs at most a listing an hour and one hourly file each,
// whatever the configuration; only an engine that reads them pays it.
TEST(CallCostEstimate, ReadingTheUsageLogsCostsAtMost48CallsADay)
{
    const QList<FieldMapping> mappings{
        mapping(u"person"_s, u"Email"_s, u"Contact"_s, u"Email"_s, SyncDirection::ToCrm)};
    const CallCostEstimate without = estimateCallsPerDay(mappings, 60, 300, ChangeRates());
    const CallCostEstimate with = estimateCallsPerDay(mappings, 60, 300, ChangeRates(), true, true);
    EXPECT_DOUBLE_EQ(without.usageLogs, 0);
    EXPECT_DOUBLE_EQ(with.usageLogs, 48);
    EXPECT_DOUBLE_EQ(with.total() - without.total(), 48);
}

} // namespace
