// The outbound batch planner without a network: coalescing, packing into composite
// calls, and reading a composite answer back into per-record outcomes.
#include "sync/outbound_batch_plan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

OutboundChange change(qint64 entryId, qint64 recordId, const QString &field,
                      const QJsonValue &value, qint64 secondsAfterStart, const QString &crmId = {})
{
    return OutboundChange{entryId,
                          recordId,
                          u"Contact"_s,
                          crmId,
                          u"sd-"_s + QString::number(recordId),
                          field,
                          value,
                          kStart.addSecs(secondsAfterStart)};
}

QJsonArray recordsOf(const CompositeSubrequest &subrequest)
{
    return subrequest.body.toObject().value(u"records"_s).toArray();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(OutboundBatchPlan, TenThousandChangesOverTwoThousandRecordsPlanTwoCalls)
{
    QList<OutboundChange> changes;
    const QStringList fields{u"FirstName"_s, u"LastName"_s, u"Email"_s, u"Phone"_s, u"Title"_s};
    qint64 entryId = 0;
    for (qint64 record = 1; record <= 2000; ++record)
        for (const QString &field : fields) {
            ++entryId;
            changes.append(
                change(entryId, record, field, QString(field + QString::number(record)), entryId));
        }
    ASSERT_EQ(changes.size(), 10'000);

    const QList<RecordChangeSet> sets = coalesceOutboundChanges(changes);
    ASSERT_EQ(sets.size(), 2000);
    EXPECT_EQ(sets.first().fields.size(), 5);
    EXPECT_EQ(sets.first().entryIds.size(), 5);

    const OutboundBatchPlan plan = planOutboundBatches(sets, u"v62.0");
    ASSERT_EQ(plan.calls.size(), 2);
    QSet<QString> references;
    QSet<qint64> plannedRecords;
    for (const PlannedCall &call : plan.calls) {
        EXPECT_EQ(call.subrequests.size(), kMaxCollectionsPerCall);
        EXPECT_EQ(call.recordCount(), 1000);
        for (const CompositeSubrequest &subrequest : call.subrequests) {
            EXPECT_FALSE(references.contains(subrequest.referenceId));
            references.insert(subrequest.referenceId);
            EXPECT_EQ(subrequest.method, QByteArrayLiteral("PATCH"));
            EXPECT_EQ(subrequest.url,
                      u"/services/data/v62.0/composite/sobjects/Contact/SyncDesk_Id__c"_s);
            EXPECT_FALSE(subrequest.body.toObject().value(u"allOrNone"_s).toBool(true));
            const QJsonArray records = recordsOf(subrequest);
            EXPECT_EQ(records.size(), kMaxRecordsPerCollection);
            for (qsizetype i = 0; i < records.size(); ++i) {
                const auto planned = call.recordAt(subrequest.referenceId, int(i));
                ASSERT_TRUE(planned.has_value());
                plannedRecords.insert(planned->recordId);
                const QJsonObject record = records.at(i).toObject();
                EXPECT_EQ(record.value(u"SyncDesk_Id__c"_s).toString(),
                          u"sd-"_s + QString::number(planned->recordId));
                EXPECT_EQ(record.value(u"attributes"_s).toObject().value(u"type"_s).toString(),
                          u"Contact"_s);
                EXPECT_EQ(record.value(u"Email"_s).toString(),
                          u"Email"_s + QString::number(planned->recordId));
            }
        }
    }
    EXPECT_EQ(plannedRecords.size(), 2000);
}

TEST(OutboundBatchPlan, LatestValueWinsByQueuedAtThenEntryId)
{
    const QList<OutboundChange> changes{
        change(10, 7, u"Email"_s, u"late@example.test"_s, 60),
        change(11, 7, u"Email"_s, u"early@example.test"_s, 5),
        change(12, 7, u"Phone"_s, u"111"_s, 30),
        change(13, 7, u"Phone"_s, u"222"_s, 30), // same instant: the later entry wins
        change(9, 7, u"Title"_s, u"CEO"_s, 30),
        change(8, 7, u"Title"_s, u"CTO"_s, 30),
    };
    const QList<RecordChangeSet> sets = coalesceOutboundChanges(changes);
    ASSERT_EQ(sets.size(), 1);
    EXPECT_EQ(sets.first().fields.value(u"Email"_s).toString(), u"late@example.test"_s);
    EXPECT_EQ(sets.first().fields.value(u"Phone"_s).toString(), u"222"_s);
    EXPECT_EQ(sets.first().fields.value(u"Title"_s).toString(), u"CEO"_s);
    // Superseded entries are settled by the same save.
    EXPECT_EQ(QSet<qint64>(sets.first().entryIds.begin(), sets.first().entryIds.end()),
              (QSet<qint64>{8, 9, 10, 11, 12, 13}));
}

TEST(OutboundBatchPlan, MixedUpsertAndUpdateGoToTheirOwnCollections)
{
    QList<OutboundChange> changes{
        change(1, 1, u"LastName"_s, u"New"_s, 1),
        change(2, 2, u"LastName"_s, u"Linked"_s, 1, u"003000000000002AAA"_s),
        change(3, 3, u"LastName"_s, u"Lead"_s, 1),
    };
    changes[2].crmObject = u"Lead"_s;
    const OutboundBatchPlan plan = planOutboundBatches(coalesceOutboundChanges(changes), u"v62.0");
    ASSERT_EQ(plan.calls.size(), 1);
    const PlannedCall &call = plan.calls.first();
    ASSERT_EQ(call.subrequests.size(), 3);

    int updates = 0;
    int upserts = 0;
    for (const CompositeSubrequest &subrequest : call.subrequests) {
        const QJsonArray records = recordsOf(subrequest);
        ASSERT_EQ(records.size(), 1);
        const QJsonObject record = records.first().toObject();
        const qint64 recordId = call.recordAt(subrequest.referenceId, 0)->recordId;
        if (subrequest.url == u"/services/data/v62.0/composite/sobjects"_s) {
            ++updates;
            EXPECT_EQ(recordId, 2);
            EXPECT_EQ(record.value(u"Id"_s).toString(), u"003000000000002AAA"_s);
            EXPECT_FALSE(record.contains(u"SyncDesk_Id__c"_s));
        } else {
            ++upserts;
            const QString object = recordId == 3 ? u"Lead"_s : u"Contact"_s;
            EXPECT_EQ(subrequest.url, u"/services/data/v62.0/composite/sobjects/"_s + object +
                                          u"/SyncDesk_Id__c"_s);
            EXPECT_EQ(record.value(u"attributes"_s).toObject().value(u"type"_s).toString(), object);
            EXPECT_FALSE(record.contains(u"Id"_s));
        }
    }
    EXPECT_EQ(updates, 1);
    EXPECT_EQ(upserts, 2);
}

TEST(OutboundBatchPlan, TwoHundredAndOneRecordsMakeTwoCollectionsInOneCall)
{
    QList<OutboundChange> changes;
    for (qint64 record = 1; record <= 201; ++record)
        changes.append(change(record, record, u"LastName"_s, u"Doe"_s, record));
    const OutboundBatchPlan plan = planOutboundBatches(coalesceOutboundChanges(changes), u"v62.0");
    ASSERT_EQ(plan.calls.size(), 1);
    ASSERT_EQ(plan.calls.first().subrequests.size(), 2);
    EXPECT_EQ(recordsOf(plan.calls.first().subrequests.at(0)).size(), 200);
    EXPECT_EQ(recordsOf(plan.calls.first().subrequests.at(1)).size(), 1);
    EXPECT_NE(plan.calls.first().subrequests.at(0).referenceId,
              plan.calls.first().subrequests.at(1).referenceId);
}

TEST(OutboundBatchPlan, MapsPerRecordAndWholeCollectionErrors)
{
    QList<OutboundChange> changes;
    for (qint64 record = 1; record <= 3; ++record)
        changes.append(change(record, record, u"LastName"_s, u"Doe"_s, record));
    changes.append(change(4, 4, u"Email"_s, u"x"_s, 4, u"003000000000004AAA"_s));
    const PlannedCall call =
        planOutboundBatches(coalesceOutboundChanges(changes), u"v62.0").calls.first();
    ASSERT_EQ(call.subrequests.size(), 2);
    const QString upsertRef = call.subrequests.at(0).url.endsWith(u"SyncDesk_Id__c"_s)
                                  ? call.subrequests.at(0).referenceId
                                  : call.subrequests.at(1).referenceId;
    const QString updateRef = upsertRef == call.subrequests.at(0).referenceId
                                  ? call.subrequests.at(1).referenceId
                                  : call.subrequests.at(0).referenceId;

    // The shape of the apache-camel examples: one collection with per-record results,
    // one refused as a whole with the error array the failure example carries.
    const QByteArray failureExample = fileBytes(QStringLiteral(
        SYNCDESK_TEST_DATA_DIR "/salesforce/apache-camel/composite_response_example_failure.json"));
    ASSERT_FALSE(failureExample.isEmpty());
    const QJsonValue refusedBody = QJsonDocument::fromJson(failureExample)
                                       .object()
                                       .value(u"compositeResponse"_s)
                                       .toArray()
                                       .at(1)
                                       .toObject()
                                       .value(u"body"_s);
    const QJsonArray saveResults{
        QJsonObject{{u"id"_s, u"003000000000001AAA"_s},
                    {u"success"_s, true},
                    {u"created"_s, true},
                    {u"errors"_s, QJsonArray()}},
        QJsonObject{{u"success"_s, false},
                    {u"errors"_s, QJsonArray{QJsonObject{
                                      {u"statusCode"_s, u"REQUIRED_FIELD_MISSING"_s},
                                      {u"message"_s, u"Required fields are missing: [LastName]"_s},
                                      {u"fields"_s, QJsonArray{u"LastName"_s}}}}}},
        QJsonObject{{u"id"_s, u"003000000000003AAA"_s},
                    {u"success"_s, true},
                    {u"created"_s, false},
                    {u"errors"_s, QJsonArray()}},
    };
    const QJsonObject answer{
        {u"compositeResponse"_s, QJsonArray{QJsonObject{{u"body"_s, saveResults},
                                                        {u"httpHeaders"_s, QJsonObject()},
                                                        {u"httpStatusCode"_s, 200},
                                                        {u"referenceId"_s, upsertRef}},
                                            QJsonObject{{u"body"_s, refusedBody},
                                                        {u"httpHeaders"_s, QJsonObject()},
                                                        {u"httpStatusCode"_s, 400},
                                                        {u"referenceId"_s, updateRef}}}}};
    const auto parsed = parseCompositeResponse(QJsonDocument(answer).toJson());
    ASSERT_TRUE(std::holds_alternative<QList<CompositeSubresponse>>(parsed));

    const QList<OutboundRecordOutcome> outcomes = mapCompositeOutcomes(call, parsed);
    ASSERT_EQ(outcomes.size(), 4);
    QHash<qint64, OutboundRecordOutcome> byRecord;
    for (const auto &outcome : outcomes)
        byRecord.insert(outcome.recordId, outcome);
    EXPECT_TRUE(byRecord.value(1).success);
    EXPECT_EQ(byRecord.value(1).crmId, u"003000000000001AAA"_s);
    EXPECT_EQ(byRecord.value(1).created, std::optional<bool>(true));
    EXPECT_FALSE(byRecord.value(2).success);
    EXPECT_EQ(byRecord.value(2).statusCode, u"REQUIRED_FIELD_MISSING"_s);
    EXPECT_EQ(byRecord.value(2).fields, QStringList{u"LastName"_s});
    EXPECT_EQ(byRecord.value(2).category, FailureCategory::Validation);
    EXPECT_TRUE(byRecord.value(3).success);
    EXPECT_FALSE(byRecord.value(4).success);
    EXPECT_EQ(byRecord.value(4).statusCode, u"INVALID_FIELD"_s);
    EXPECT_EQ(byRecord.value(4).entryIds, QList<qint64>{4});

    const BatchOutcome batch = toBatchOutcome(outcomes, kStart);
    EXPECT_EQ(QSet<qint64>(batch.confirmedEntryIds.begin(), batch.confirmedEntryIds.end()),
              (QSet<qint64>{1, 3}));
    EXPECT_EQ(batch.failures.size(), 2);
}

TEST(OutboundBatchPlan, RequestLimitExceededFailsEveryRecordAsNoApiCredits)
{
    QList<OutboundChange> changes;
    for (qint64 record = 1; record <= 250; ++record)
        changes.append(change(record, record, u"LastName"_s, u"Doe"_s, record));
    const PlannedCall call =
        planOutboundBatches(coalesceOutboundChanges(changes), u"v62.0").calls.first();
    const SalesforceError limit = parseSalesforceErrorResponse(
        403,
        R"([{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}])");
    ASSERT_EQ(limit.kind, SalesforceError::Kind::LimitExceeded);

    const QList<OutboundRecordOutcome> outcomes = mapCompositeOutcomes(call, limit);
    ASSERT_EQ(outcomes.size(), 250);
    for (const auto &outcome : outcomes) {
        EXPECT_FALSE(outcome.success);
        EXPECT_EQ(outcome.category, FailureCategory::NoApiCredits);
        EXPECT_EQ(outcome.statusCode, u"REQUEST_LIMIT_EXCEEDED"_s);
    }
}
