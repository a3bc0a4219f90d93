// The activity flush against the real syncdesk-sandbox org: 1,000 activities become 1,000
// Tasks in one call, field by field; activities wait for their person; a batch left in
// flight by a crash is looked up and resent without a second Task; a refused Task is one
// validation failure; a spent org turns the call's activities into no_api_credits failures.
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "sandbox_workspace_test.h"
#include "store/activity_store.h"
#include "store/database.h"
#include "store/failure_store.h"
#include "store/local_change_writer.h"
#include "store/record_store.h"
#include "sync/activity_flush.h"
#include "sync/default_field_mappings.h"
#include "sync/outbound_flush.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(14, 45), Qt::UTC);

class ActivityFlushSandbox : public test::SandboxWorkspaceTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SandboxWorkspaceTest::SetUp());
        m_flush = std::make_unique<ActivityFlush>(m_db, m_client.get());
    }

    void TearDown() override
    {
        m_flush.reset();
        SandboxWorkspaceTest::TearDown();
    }

    // Local people sent to the org by the outbound flush, so they have CRM ids, with
    // `otherRecords` records already waiting.
    QList<qint64> syncedPeople(int count, int otherRecords = 0)
    {
        QList<qint64> ids = localPeople(count, u"Synced "_s);
        OutboundFlush outbound(m_db, m_client.get());
        std::optional<FlushReport> report;
        outbound.flush([&report](FlushReport r) { report = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return report.has_value(); }, kWaitMs));
        EXPECT_EQ(report.value_or(FlushReport{}).succeeded, count + otherRecords);
        return ids;
    }

    QList<qint64> localPeople(int count, const QString &prefix)
    {
        QList<qint64> ids;
        RecordStore records(m_db);
        LocalChangeWriter writer(m_db);
        for (int i = 0; i < count; ++i) {
            const std::optional<qint64> id = records.insert(LocalRecord{});
            EXPECT_TRUE(id);
            if (!id)
                return ids;
            EXPECT_TRUE(writer.apply(
                *id, QJsonObject{{u"LastName"_s, QString(prefix + QString::number(*id))}}, T0));
            ids.append(*id);
        }
        return ids;
    }

    // `count` activities named prefix0, prefix1..., calls and emails in turn, spread over
    // the people.
    QList<qint64> addActivities(int count, const QString &prefix, const QList<qint64> &people)
    {
        ActivityStore store(m_db);
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            Activity activity;
            activity.externalId = prefix + QString::number(i);
            activity.kind = i % 2 == 0 ? Activity::Kind::Call : Activity::Kind::Email;
            if (!people.isEmpty())
                activity.recordId = people.at(i % people.size());
            activity.subject = u"Subject "_s + QString::number(i);
            activity.body = u"Body "_s + QString::number(i);
            activity.occurredAt = T0.addDays(i % 7);
            if (activity.kind == Activity::Kind::Call) {
                activity.durationSeconds = 60 + i;
                activity.callType = i % 4 == 0 ? u"Outbound"_s : u"Inbound"_s;
            }
            const std::optional<qint64> id = store.add(activity);
            EXPECT_TRUE(id);
            if (id)
                ids.append(*id);
        }
        return ids;
    }

    ActivityFlushReport flush()
    {
        std::optional<ActivityFlushReport> report;
        m_flush->flush([&report](ActivityFlushReport r) { report = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return report.has_value(); }, kWaitMs));
        return report.value_or(ActivityFlushReport{-1, -1, -1, -1, {}});
    }

    // The org's Tasks whose SyncDesk_Activity_Id__c starts with prefix, by that id;
    // a duplicate fails the test.
    QHash<QString, QJsonObject> orgTasks(const QString &prefix)
    {
        std::optional<SalesforceResult<QueryResult>> result;
        m_client->query(u"SELECT Id, SyncDesk_Activity_Id__c, Subject, WhoId, WhatId, "
                        "ActivityDate, Status, Priority, TaskSubtype, Description, "
                        "CallDurationInSeconds, CallType FROM Task WHERE "
                        "SyncDesk_Activity_Id__c LIKE '"_s +
                            prefix + u"%'"_s,
                        CallCategory::InboundPoll,
                        [&result](const SalesforceResult<QueryResult> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
        QHash<QString, QJsonObject> tasks;
        if (!result || !std::holds_alternative<QueryResult>(*result)) {
            ADD_FAILURE() << "the Task query failed";
            return tasks;
        }
        const QueryResult &rows = std::get<QueryResult>(*result);
        for (const QJsonValue &value : rows.records) {
            const QJsonObject task = value.toObject();
            const QString key = task.value(u"SyncDesk_Activity_Id__c"_s).toString();
            EXPECT_FALSE(tasks.contains(key)) << "a second Task for " << key.toStdString();
            tasks.insert(key, task);
        }
        EXPECT_EQ(tasks.size(), rows.totalSize);
        return tasks;
    }

    std::unique_ptr<ActivityFlush> m_flush;
};

} // namespace

TEST_F(ActivityFlushSandbox, AThousandActivitiesBecomeAThousandTasksInOneCall)
{
    // An account and 40 people reach the org first (one outbound call).
    const std::optional<qint64> account =
        RecordStore(m_db).insert(LocalRecord{.kind = RecordKind::Account});
    ASSERT_TRUE(account);
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(*account, {{u"Name"_s, u"Acme"_s}}, T0));
    const QList<qint64> people = syncedPeople(40, 1);
    ASSERT_EQ(people.size(), 40);
    RecordStore records(m_db);
    const QString accountCrmId = records.find(*account)->crmId;
    ASSERT_FALSE(accountCrmId.isEmpty());
    // Two of them work there, as an inbound poll would have told us.
    const QList<qint64> employees = people.mid(0, 2);
    for (qint64 id : employees)
        ASSERT_TRUE(records.mergeFromCrm(RecordKind::Person, u"Contact"_s, records.find(id)->crmId,
                                         {{u"AccountId"_s, accountCrmId}}));

    const QList<qint64> ids = addActivities(1000, u"act-"_s, people);
    ASSERT_EQ(ids.size(), 1000);
    EXPECT_EQ(ActivityStore(m_db).pendingCount(), 1000);

    const qint64 before = sandboxUsed();
    const ActivityFlushReport report = flush();
    EXPECT_EQ(sandboxUsed() - before, 1);
    EXPECT_EQ(report.calls, 1);
    EXPECT_EQ(report.sent, 1000);
    EXPECT_EQ(report.logged, 1000);
    EXPECT_EQ(report.failed, 0);
    EXPECT_FALSE(report.callError);
    EXPECT_EQ(ActivityStore(m_db).pendingCount(), 0);
    EXPECT_EQ(FailureStore(m_db).count(), 0);

    const QHash<QString, QJsonObject> tasks = orgTasks(u"act-"_s);
    ASSERT_EQ(tasks.size(), 1000);
    ActivityStore store(m_db);
    for (qint64 id : ids) {
        const Activity activity = *store.find(id);
        const QJsonObject task = tasks.value(activity.externalId);
        ASSERT_FALSE(task.isEmpty()) << activity.externalId.toStdString();
        EXPECT_EQ(activity.state, Activity::State::Synced);
        EXPECT_EQ(activity.crmTaskId, task.value(u"Id"_s).toString());
        EXPECT_TRUE(activity.crmTaskId.startsWith(u"00T"_s));
        const LocalRecord person = *records.find(*activity.recordId);
        EXPECT_EQ(task.value(u"WhoId"_s).toString(), person.crmId);
        const bool employed = employees.contains(person.id);
        EXPECT_EQ(task.value(u"WhatId"_s).toString(), employed ? accountCrmId : QString());
        EXPECT_EQ(task.value(u"Subject"_s).toString(), activity.subject);
        EXPECT_EQ(task.value(u"Description"_s).toString(), activity.body);
        EXPECT_EQ(task.value(u"ActivityDate"_s).toString(),
                  activity.occurredAt.toLocalTime().date().toString(Qt::ISODate));
        EXPECT_EQ(task.value(u"Status"_s).toString(), u"Completed"_s);
        EXPECT_EQ(task.value(u"Priority"_s).toString(), u"Normal"_s);
        if (activity.kind == Activity::Kind::Call) {
            EXPECT_EQ(task.value(u"TaskSubtype"_s).toString(), u"Call"_s);
            EXPECT_EQ(task.value(u"CallDurationInSeconds"_s).toInt(-1),
                      activity.durationSeconds.value_or(-2));
            EXPECT_EQ(task.value(u"CallType"_s).toString(), activity.callType);
        } else {
            EXPECT_EQ(task.value(u"TaskSubtype"_s).toString(), u"Email"_s);
            EXPECT_TRUE(task.value(u"CallDurationInSeconds"_s).isNull());
            EXPECT_TRUE(task.value(u"CallType"_s).isNull());
        }
    }

    // Nothing left: a second flush makes no call.
    EXPECT_EQ(flush().calls, 0);
}

TEST_F(ActivityFlushSandbox, AnActivityWaitsForItsPersonToReachTheOrg)
{
    const QList<qint64> person = localPeople(1, u"Later "_s);
    ASSERT_EQ(person.size(), 1);
    const QList<qint64> ids = addActivities(3, u"wait-"_s, person);

    const ActivityFlushReport early = flush();
    EXPECT_EQ(early.calls, 0);
    EXPECT_EQ(early.failed, 0);
    EXPECT_EQ(ActivityStore(m_db).pendingCount(), 3);
    EXPECT_EQ(FailureStore(m_db).count(), 0);

    OutboundFlush outbound(m_db, m_client.get());
    std::optional<FlushReport> sent;
    outbound.flush([&sent](FlushReport r) { sent = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return sent.has_value(); }, kWaitMs));
    ASSERT_EQ(sent->succeeded, 1);

    const ActivityFlushReport late = flush();
    EXPECT_EQ(late.calls, 1);
    EXPECT_EQ(late.logged, 3);
    const QString personCrmId = RecordStore(m_db).find(person[0])->crmId;
    const QHash<QString, QJsonObject> tasks = orgTasks(u"wait-"_s);
    ASSERT_EQ(tasks.size(), 3);
    for (const QJsonObject &task : tasks)
        EXPECT_EQ(task.value(u"WhoId"_s).toString(), personCrmId);
}

// An activity whose person cannot reach Salesforce without the admin (its own creation
// was refused) is said in the failure list, not left waiting without a word.
TEST_F(ActivityFlushSandbox, AnActivityWhosePersonWasRefusedIsAFailureThatSaysWhy)
{
    const QList<qint64> person = localPeople(1, u"Refused "_s);
    ASSERT_EQ(person.size(), 1);
    // Longer than Contact.LastName's 80 characters: the org refuses the person.
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(person[0], {{u"LastName"_s, QString(81, u'x')}}, T0));
    const QList<qint64> ids = addActivities(2, u"stuck-"_s, person);
    OutboundFlush outbound(m_db, m_client.get());
    std::optional<FlushReport> sent;
    outbound.flush([&sent](FlushReport r) { sent = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return sent.has_value(); }, kWaitMs));
    ASSERT_EQ(sent->failed, 1);

    const ActivityFlushReport report = flush();
    EXPECT_EQ(report.calls, 0);
    EXPECT_EQ(report.failed, 2);
    EXPECT_EQ(ActivityStore(m_db).pendingCount(), 0);
    int stuck = 0;
    for (const SyncFailure &failure : FailureStore(m_db).all()) {
        if (failure.itemKind != SyncFailure::ItemKind::Activity)
            continue;
        ++stuck;
        EXPECT_EQ(failure.sfStatusCode, u"PERSON_NOT_IN_SALESFORCE"_s);
        EXPECT_TRUE(failure.message.contains(u"own change failed"_s))
            << failure.message.toStdString();
    }
    EXPECT_EQ(stuck, 2);
}

// A lost answer's Task can become visible only after the lookup that should have found it
// (a late commit): the resend's upsert then finds it and refuses the create-only
// TaskSubtype. That Task is the activity's: it is logged, not a failure, and not twice.
TEST_F(ActivityFlushSandbox, AnUpsertThatFindsTheTaskAlreadyThereLogsItWithoutAFailure)
{
    const QList<qint64> person = localPeople(1, u"Found "_s);
    OutboundFlush outbound(m_db, m_client.get());
    std::optional<FlushReport> sent;
    outbound.flush([&sent](FlushReport r) { sent = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return sent.has_value(); }, kWaitMs));
    const QList<qint64> ids = addActivities(1, u"found-"_s, person);
    const Activity activity = *ActivityStore(m_db).find(ids[0]);
    const LocalRecord who = *RecordStore(m_db).find(person[0]);

    // The Task a lost answer created, with the activity's own external id.
    std::optional<SalesforceResult<SaveResult>> created;
    QJsonObject task = taskFieldsFor(activity, who.crmId, {});
    task.insert(u"SyncDesk_Activity_Id__c"_s, activity.externalId);
    m_client->createRecord(u"Task"_s, task, CallCategory::ActivityLogging,
                           [&created](const SalesforceResult<SaveResult> &r) { created = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return created.has_value(); }, kWaitMs));
    ASSERT_TRUE(std::holds_alternative<SaveResult>(*created));

    const ActivityFlushReport first = flush();
    EXPECT_EQ(first.failed, 0);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    const ActivityFlushReport second = flush();
    EXPECT_EQ(second.logged, 1);
    EXPECT_EQ(ActivityStore(m_db).pendingCount(), 0);
    const QHash<QString, QJsonObject> tasks = orgTasks(u"found-"_s);
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_EQ(ActivityStore(m_db).find(ids[0])->crmTaskId, std::get<SaveResult>(*created).id);
}

TEST_F(ActivityFlushSandbox, ABatchLeftInFlightByACrashIsCheckedAndResentWithoutDuplicates)
{
    const QList<qint64> people = syncedPeople(10);
    const QList<qint64> ids = addActivities(300, u"crash-"_s, people);
    ASSERT_EQ(ids.size(), 300);

    // The crashed run: 250 marked in flight and sent, 50 marked in flight but never sent;
    // no outcome recorded for either.
    ActivityStore store(m_db);
    RecordStore records(m_db);
    QList<ActivityTask> tasks;
    for (const Activity &activity : store.pending(250))
        tasks.append({activity.id, activity.externalId,
                      taskFieldsFor(activity, records.find(*activity.recordId)->crmId, {})});
    QList<qint64> sentIds;
    for (const ActivityTask &task : tasks)
        sentIds.append(task.activityId);
    ASSERT_TRUE(store.markInFlight(u"crashed-sent"_s, sentIds));
    const QList<PlannedCall> plan = planActivityCalls(tasks, OrgSession::kApiVersion);
    ASSERT_EQ(plan.size(), 1);
    std::optional<SalesforceResult<QList<CompositeSubresponse>>> answer;
    m_client->composite(plan.first().subrequests, false, CallCategory::ActivityLogging,
                        [&answer](const auto &result) { answer = result; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs));
    ASSERT_EQ(orgTasks(u"crash-"_s).size(), 250);
    ASSERT_TRUE(store.markInFlight(u"crashed-unsent"_s, ids.mid(250)));

    // In flight, nothing goes out again until the crash is recovered from.
    EXPECT_EQ(flush().calls, 0);
    EXPECT_EQ(m_flush->recoverAfterCrash(), 300);

    const qint64 before = sandboxUsed();
    const ActivityFlushReport report = flush();
    EXPECT_EQ(sandboxUsed() - before, 2); // one lookup, one upsert of the 50 never sent
    EXPECT_EQ(report.calls, 2);
    EXPECT_EQ(report.sent, 50);
    EXPECT_EQ(report.logged, 300);
    EXPECT_EQ(report.failed, 0);
    EXPECT_FALSE(report.callError);
    EXPECT_EQ(FailureStore(m_db).count(), 0);

    const QHash<QString, QJsonObject> inOrg = orgTasks(u"crash-"_s);
    EXPECT_EQ(inOrg.size(), 300);
    for (qint64 id : ids) {
        const Activity activity = *store.find(id);
        EXPECT_EQ(activity.state, Activity::State::Synced);
        EXPECT_EQ(activity.crmTaskId, inOrg.value(activity.externalId).value(u"Id"_s).toString());
    }
    // COUNT() per external id, asked of the org itself.
    for (int i : {0, 137, 249, 250, 299}) {
        std::optional<SalesforceResult<QueryResult>> counted;
        m_client->query(u"SELECT COUNT() FROM Task WHERE SyncDesk_Activity_Id__c = 'crash-"_s +
                            QString::number(i) + u"'"_s,
                        CallCategory::InboundPoll,
                        [&counted](const SalesforceResult<QueryResult> &r) { counted = r; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return counted.has_value(); }, kWaitMs));
        ASSERT_TRUE(std::holds_alternative<QueryResult>(*counted));
        EXPECT_EQ(std::get<QueryResult>(*counted).totalSize, 1) << i;
    }
}

TEST_F(ActivityFlushSandbox, ARefusedTaskIsOneValidationFailureAndTheRestAreLogged)
{
    const QList<qint64> people = syncedPeople(3);
    const QList<qint64> ids = addActivities(10, u"valid-"_s, people);
    ASSERT_EQ(ids.size(), 10);
    Activity bad;
    bad.externalId = u"valid-bad"_s;
    bad.recordId = people[0];
    bad.subject = u"Call with a made-up call type"_s;
    bad.occurredAt = T0;
    bad.durationSeconds = 30;
    bad.callType = u"Sideways"_s;
    const std::optional<qint64> badId = ActivityStore(m_db).add(bad);
    ASSERT_TRUE(badId);

    const ActivityFlushReport report = flush();
    EXPECT_EQ(report.calls, 1);
    EXPECT_EQ(report.sent, 11);
    EXPECT_EQ(report.logged, 10);
    EXPECT_EQ(report.failed, 1);
    EXPECT_FALSE(report.callError);

    const QList<SyncFailure> failures = FailureStore(m_db).all();
    ASSERT_EQ(failures.size(), 1);
    EXPECT_EQ(failures[0].category, FailureCategory::Validation);
    EXPECT_EQ(failures[0].itemKind, SyncFailure::ItemKind::Activity);
    EXPECT_EQ(failures[0].itemId, *badId);
    EXPECT_EQ(failures[0].sfStatusCode, u"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"_s);
    EXPECT_TRUE(failures[0].fields.contains(u"CallType"_s));
    const Activity held = *ActivityStore(m_db).find(*badId);
    EXPECT_EQ(held.state, Activity::State::Failed);
    EXPECT_EQ(held.failureId, failures[0].id);

    const QHash<QString, QJsonObject> tasks = orgTasks(u"valid-"_s);
    EXPECT_EQ(tasks.size(), 10);
    EXPECT_FALSE(tasks.contains(u"valid-bad"_s));
    // Held by its failure, it stays out of later flushes.
    EXPECT_EQ(ActivityStore(m_db).pendingCount(), 0);
    EXPECT_EQ(flush().calls, 0);
}

TEST_F(ActivityFlushSandbox, ASpentOrgFilesTheCallsActivitiesAsNoApiCreditsAndStops)
{
    const QList<qint64> people = syncedPeople(5);
    const QList<qint64> ids = addActivities(1200, u"spent-"_s, people);
    ASSERT_EQ(ids.size(), 1200);

    const QJsonObject state = sandboxControl(u"/_sandbox/state"_s);
    const int limit = state.value(u"limit"_s).toInt(-1);
    ASSERT_GT(limit, 0);
    sandboxControl(u"/_sandbox/usage"_s, {{u"used"_s, limit}});

    const ActivityFlushReport report = flush();
    EXPECT_EQ(report.calls, 1); // stopped after the refused call: the second never left
    EXPECT_EQ(report.sent, 1000);
    EXPECT_EQ(report.logged, 0);
    EXPECT_EQ(report.failed, 1000);
    ASSERT_TRUE(report.callError);
    EXPECT_EQ(report.callError->kind, SalesforceError::Kind::LimitExceeded);
    EXPECT_EQ(report.callError->code, u"REQUEST_LIMIT_EXCEEDED"_s);

    const QList<SyncFailure> failures = FailureStore(m_db).all();
    ASSERT_EQ(failures.size(), 1000);
    for (const SyncFailure &failure : failures) {
        EXPECT_EQ(failure.category, FailureCategory::NoApiCredits);
        EXPECT_EQ(failure.itemKind, SyncFailure::ItemKind::Activity);
    }
    ActivityStore store(m_db);
    EXPECT_EQ(store.pendingCount(), 200); // never sent, so no failure: they just wait
    EXPECT_EQ(store.inBatch(ActivityStore::kUnconfirmedBatch.toString(), 10).size(), 0);
}

TEST_F(ActivityFlushSandbox, ACallWhoseAnswerIsLostIsLookedUpInsteadOfResentBlindly)
{
    const QList<qint64> people = syncedPeople(4);
    const QList<qint64> ids = addActivities(20, u"lost-"_s, people);
    ASSERT_EQ(ids.size(), 20);
    // The org does the work, then the answer arrives truncated.
    sandboxControl(
        u"/_sandbox/faults"_s,
        {{u"kind"_s, u"malformed_json"_s}, {u"count"_s, 1}, {u"path"_s, u"composite"_s}});

    const ActivityFlushReport lost = flush();
    EXPECT_EQ(lost.calls, 1);
    EXPECT_EQ(lost.failed, 20);
    ASSERT_TRUE(lost.callError);
    EXPECT_EQ(lost.callError->kind, SalesforceError::Kind::Malformed);
    const QList<SyncFailure> failures = FailureStore(m_db).all();
    ASSERT_EQ(failures.size(), 20);
    for (const SyncFailure &failure : failures)
        EXPECT_EQ(failure.category, FailureCategory::Transient);
    ASSERT_EQ(orgTasks(u"lost-"_s).size(), 20); // made, though we could not read that

    // The next flush asks the org first: all 20 are there, so nothing is sent again and
    // their failures are resolved.
    const qint64 before = sandboxUsed();
    const ActivityFlushReport checked = flush();
    EXPECT_EQ(sandboxUsed() - before, 1);
    EXPECT_EQ(checked.calls, 1);
    EXPECT_EQ(checked.sent, 0);
    EXPECT_EQ(checked.logged, 20);
    EXPECT_FALSE(checked.callError);
    EXPECT_EQ(FailureStore(m_db).count(), 0);

    const QHash<QString, QJsonObject> tasks = orgTasks(u"lost-"_s);
    EXPECT_EQ(tasks.size(), 20);
    ActivityStore store(m_db);
    for (qint64 id : ids) {
        const Activity activity = *store.find(id);
        EXPECT_EQ(activity.state, Activity::State::Synced);
        EXPECT_FALSE(activity.failureId);
        EXPECT_EQ(activity.crmTaskId, tasks.value(activity.externalId).value(u"Id"_s).toString());
    }
}

TEST_F(ActivityFlushSandbox, ACallRefusedBeforeAnyWorkIsRetriedAfterTheLookupFindsNothing)
{
    const QList<qint64> people = syncedPeople(2);
    const QList<qint64> ids = addActivities(6, u"refused-"_s, people);
    sandboxControl(u"/_sandbox/faults"_s, {{u"kind"_s, u"server_error"_s},
                                           {u"status"_s, 503},
                                           {u"count"_s, 1},
                                           {u"path"_s, u"composite"_s}});
    const ActivityFlushReport refused = flush();
    EXPECT_EQ(refused.failed, 6);
    ASSERT_TRUE(refused.callError);
    EXPECT_EQ(refused.callError->kind, SalesforceError::Kind::Transient);

    // The lookup finds no Task; held by their failures, they wait for a retry.
    const ActivityFlushReport checked = flush();
    EXPECT_EQ(checked.calls, 1);
    EXPECT_EQ(checked.logged, 0);
    ActivityStore store(m_db);
    EXPECT_EQ(store.pendingCount(), 0);
    FailureStore failures(m_db);
    for (const SyncFailure &failure : failures.all())
        ASSERT_TRUE(failures.resolve(failure.id)); // the admin's Retry
    EXPECT_EQ(store.pendingCount(), 6);

    const ActivityFlushReport retried = flush();
    EXPECT_EQ(retried.calls, 1);
    EXPECT_EQ(retried.logged, 6);
    EXPECT_EQ(orgTasks(u"refused-"_s).size(), 6);
    for (qint64 id : ids)
        EXPECT_EQ(store.find(id)->state, Activity::State::Synced);
}
