// Per-service switches against the real sandbox org: a service switched off spends no
// call (the org's own meter and the ledger agree) and its work waits, held and never
// failed; switched on, the held work goes with the next cycle, coalesced as usual. An
// object read from Salesforce switched off is left out of the poll, and the changes made
// meanwhile are read once it is on again.
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "store/activity_store.h"
#include "store/api_call_ledger_store.h"
#include "store/database.h"
#include "store/failure_store.h"
#include "store/local_change_writer.h"
#include "store/record_store.h"
#include "store/sync_run_store.h"
#include "sync/service_switches.h"
#include "sync/service_usage.h"
#include "sync_engine_fixture.h"
#include "usage/api_call_record.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <iostream>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class ServiceSwitchSandbox : public SyncEngineFixture
{
protected:
    // The org's request log shows which objects each poll asked for.
    QStringList sandboxArguments() const override
    {
        return {u"--request-log"_s, m_dir.filePath(u"org-requests.jsonl"_s)};
    }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SyncEngineFixture::SetUp());
        m_requestLog = m_dir.filePath(u"org-requests.jsonl"_s);
        // The test's own client, outside the engine's ledger: it plays the org's users.
        m_session = std::make_unique<OrgSession>(&m_network, m_org.tokenClient.get(), m_org.tokens);
        m_client = std::make_unique<SalesforceClient>(m_session.get());
    }

    void TearDown() override
    {
        m_engine.reset();
        m_client.reset();
        m_session.reset();
        SyncEngineFixture::TearDown();
    }

    void switchService(SyncService service, bool on)
    {
        ASSERT_TRUE(ServiceSwitches::save(m_db, service, on));
        m_engine->reloadConfiguration();
    }

    // A tick past the outbound interval, within the inbound one: outbound and activities
    // only, as the scheduler runs them.
    void outboundCycle()
    {
        m_clockOffsetSeconds += 70;
        ASSERT_NO_FATAL_FAILURE(tickAndWaitForCycle());
    }

    // A tick past the inbound interval: the scheduled poll.
    void inboundCycle()
    {
        m_clockOffsetSeconds += 301;
        ASSERT_NO_FATAL_FAILURE(tickAndWaitForCycle());
    }

    // Counted calls in the ledger since the test's mark (markLedger()).
    qint64 ledgerCalls(std::optional<CallCategory> category = {})
    {
        return ledgerTotal(category) - m_ledgerMark[category ? int(*category) : -1];
    }
    void markLedger()
    {
        m_ledgerMark.clear();
        m_ledgerMark[-1] = ledgerTotal({});
        for (CallCategory category : allCallCategories)
            m_ledgerMark[int(category)] = ledgerTotal(category);
    }
    qint64 ledgerTotal(std::optional<CallCategory> category)
    {
        const QList<ApiCallRecord> calls =
            ApiCallLedgerStore(m_db).callsSince(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        return std::count_if(calls.begin(), calls.end(), [category](const ApiCallRecord &call) {
            return countsAgainstOrgLimit(call) && (!category || call.category == *category);
        });
    }

    std::optional<QueryResult> query(const QString &soql)
    {
        std::optional<SalesforceResult<QueryResult>> result;
        m_client->query(soql, CallCategory::InboundPoll,
                        [&result](const SalesforceResult<QueryResult> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
        if (!result || !std::holds_alternative<QueryResult>(*result))
            return std::nullopt;
        return std::get<QueryResult>(*result);
    }

    bool updateInOrg(const QString &object, const QString &id, const QJsonObject &fields)
    {
        std::optional<SalesforceResult<Done>> result;
        m_client->updateRecord(object, id, fields, CallCategory::OutboundUpdate,
                               [&result](const SalesforceResult<Done> &r) { result = r; });
        return QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs) &&
               std::holds_alternative<Done>(*result);
    }

    // The sObjects queried by the /composite calls logged from line `fromLine` on.
    QStringList objectsPolledSince(int fromLine, int *lines = nullptr)
    {
        QFile log(m_requestLog);
        EXPECT_TRUE(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> all = log.readAll().split('\n');
        if (lines)
            *lines = int(all.size());
        QStringList objects;
        for (qsizetype i = fromLine; i < all.size(); ++i) {
            const QJsonObject line = QJsonDocument::fromJson(all.at(i)).object();
            if (!line.value(u"path"_s).toString().endsWith(u"/composite"_s))
                continue;
            const QJsonObject body =
                QJsonDocument::fromJson(line.value(u"body"_s).toString().toUtf8()).object();
            for (const QJsonValue &sub : body.value(u"compositeRequest"_s).toArray())
                objects.append(sub.toObject().value(u"referenceId"_s).toString());
        }
        return objects;
    }

    int requestLogLines()
    {
        int lines = 0;
        objectsPolledSince(0, &lines);
        return lines;
    }

    ServiceUsage usageOf(SyncService service)
    {
        for (const ServiceUsage &usage : serviceUsageFromStore(m_db, engineNow())) {
            if (usage.service == service)
                return usage;
        }
        return {};
    }

    QString m_requestLog;
    QHash<int, qint64> m_ledgerMark;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<SalesforceClient> m_client;
};

} // namespace

TEST_F(ServiceSwitchSandbox, ActivityLoggingOffHoldsActivitiesWithoutCallsThenLogsEachOnce)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    const qint64 person = createPerson(u"Curie"_s);
    ASSERT_NO_FATAL_FAILURE(runCycle()); // the person reaches Salesforce
    const QString personCrmId = RecordStore(m_db).find(person).value_or(LocalRecord{}).crmId;
    ASSERT_FALSE(personCrmId.isEmpty());

    ASSERT_NO_FATAL_FAILURE(switchService(SyncService::ActivityLogging, false));
    QStringList externalIds;
    for (int i = 0; i < 3; ++i) {
        Activity activity;
        activity.externalId = u"held-activity-"_s + QString::number(i);
        activity.recordId = person;
        activity.subject = u"Call "_s + QString::number(i);
        activity.occurredAt = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(ActivityStore(m_db).add(activity));
        externalIds.append(activity.externalId);
    }

    markLedger();
    const qint64 meterBefore = sandboxUsed();
    ASSERT_NO_FATAL_FAILURE(outboundCycle());
    ASSERT_NO_FATAL_FAILURE(outboundCycle());
    const qint64 meterWhileOff = sandboxUsed() - meterBefore;
    std::cout << "activity logging off: org meter " << meterWhileOff << ", ledger " << ledgerCalls()
              << '\n';
    EXPECT_EQ(meterWhileOff, 0);
    EXPECT_EQ(ledgerCalls(), 0);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    EngineStatus status = m_engine->status();
    EXPECT_EQ(status.pendingActivities, 3);
    EXPECT_EQ(status.heldActivities, 3);
    EXPECT_EQ(status.heldChanges, 0);
    EXPECT_EQ(status.failures, 0);
    const ServiceUsage held = usageOf(SyncService::ActivityLogging);
    EXPECT_FALSE(held.on);
    EXPECT_EQ(held.heldItems, 3);
    EXPECT_EQ(heldBecauseOff(SyncService::ActivityLogging), u"held: activity logging is off"_s);

    // On again: the next tick sends them, without waiting for the interval.
    ASSERT_NO_FATAL_FAILURE(switchService(SyncService::ActivityLogging, true));
    ASSERT_NO_FATAL_FAILURE(tickAndWaitForCycle());
    const qint64 meterOn = sandboxUsed() - meterBefore;
    std::cout << "activity logging on: org meter " << meterOn << ", ledger "
              << ledgerCalls(CallCategory::ActivityLogging) << '\n';
    EXPECT_EQ(meterOn, 1);
    EXPECT_EQ(ledgerCalls(CallCategory::ActivityLogging), 1);
    status = m_engine->status();
    EXPECT_EQ(status.pendingActivities, 0);
    EXPECT_EQ(status.heldActivities, 0);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    EXPECT_EQ(usageOf(SyncService::ActivityLogging).callsLast24h, 1);

    const std::optional<QueryResult> tasks =
        query(u"SELECT SyncDesk_Activity_Id__c FROM Task WHERE WhoId = '"_s + personCrmId + u"'"_s);
    ASSERT_TRUE(tasks);
    QStringList logged;
    for (const QJsonValue &task : tasks->records)
        logged.append(task.toObject().value(u"SyncDesk_Activity_Id__c"_s).toString());
    logged.sort();
    EXPECT_EQ(logged, externalIds); // one Task per activity
}

TEST_F(ServiceSwitchSandbox, UpdatesToSalesforceOffHoldsEditsThenSendsTheLastValueInOneChange)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    const qint64 person = createPerson(u"Noether"_s);
    ASSERT_NO_FATAL_FAILURE(runCycle());
    const QString crmId = RecordStore(m_db).find(person).value_or(LocalRecord{}).crmId;
    ASSERT_FALSE(crmId.isEmpty());

    ASSERT_NO_FATAL_FAILURE(switchService(SyncService::UpdatesToSalesforce, false));
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(person, {{u"LastName"_s, u"Noether-1"_s}},
                                              QDateTime::currentDateTimeUtc()));
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(person, {{u"LastName"_s, u"Noether-2"_s}},
                                              QDateTime::currentDateTimeUtc()));

    markLedger();
    const qint64 meterBefore = sandboxUsed();
    ASSERT_NO_FATAL_FAILURE(outboundCycle());
    const qint64 meterWhileOff = sandboxUsed() - meterBefore;
    std::cout << "updates to Salesforce off: org meter " << meterWhileOff << ", ledger "
              << ledgerCalls() << '\n';
    EXPECT_EQ(meterWhileOff, 0);
    EXPECT_EQ(ledgerCalls(), 0);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    EngineStatus status = m_engine->status();
    EXPECT_GE(status.heldChanges, 1);
    EXPECT_EQ(status.heldChanges, status.pendingChanges);
    EXPECT_EQ(usageOf(SyncService::UpdatesToSalesforce).heldItems, status.heldChanges);

    const int runsBefore = int(SyncRunStore(m_db).recent(100).size());
    ASSERT_NO_FATAL_FAILURE(switchService(SyncService::UpdatesToSalesforce, true));
    ASSERT_NO_FATAL_FAILURE(tickAndWaitForCycle());
    const qint64 meterOn = sandboxUsed() - meterBefore;
    // The write, and the read of the record before it (ReadBeforeWrite, on by default).
    std::cout << "updates to Salesforce on: org meter " << meterOn << ", ledger " << ledgerCalls()
              << " (outbound " << ledgerCalls(CallCategory::OutboundUpdate) << ")\n";
    EXPECT_EQ(meterOn, ledgerCalls());
    EXPECT_EQ(ledgerCalls(CallCategory::OutboundUpdate), 1);
    status = m_engine->status();
    EXPECT_EQ(status.pendingChanges, 0);
    EXPECT_EQ(status.heldChanges, 0);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    const QList<SyncRun> runs = SyncRunStore(m_db).recent(100);
    ASSERT_EQ(int(runs.size()), runsBefore + 1);
    EXPECT_EQ(runs.first().kind, SyncRunKind::Outbound);
    EXPECT_EQ(runs.first().itemsOk, 1); // both edits, one record, one change

    const std::optional<QueryResult> contact =
        query(u"SELECT LastName FROM Contact WHERE Id = '"_s + crmId + u"'"_s);
    ASSERT_TRUE(contact && contact->records.size() == 1);
    EXPECT_EQ(contact->records.first().toObject().value(u"LastName"_s).toString(), u"Noether-2"_s);
}

TEST_F(ServiceSwitchSandbox, AnObjectSwitchedOffIsNotPolledAndItsChangesAreReadOnceItIsOn)
{
    ASSERT_NO_FATAL_FAILURE(startEngine());
    ASSERT_NO_FATAL_FAILURE(runCycle()); // the first import
    const std::optional<QueryResult> some =
        query(u"SELECT Id, LastName FROM Contact ORDER BY Id LIMIT 1"_s);
    ASSERT_TRUE(some && some->records.size() == 1);
    const QString contactId = some->records.first().toObject().value(u"Id"_s).toString();
    const auto localLastName = [&] {
        const std::optional<LocalRecord> record =
            RecordStore(m_db).findByCrmId(u"Contact"_s, contactId);
        return record ? record->fields.value(u"LastName"_s).toString() : QString();
    };
    ASSERT_FALSE(localLastName().isEmpty());

    ASSERT_NO_FATAL_FAILURE(switchService(SyncService::ContactsFromSalesforce, false));
    ASSERT_TRUE(updateInOrg(u"Contact"_s, contactId, {{u"LastName"_s, u"Edited-In-Org"_s}}));

    markLedger();
    qint64 meterBefore = sandboxUsed();
    const int logFrom = requestLogLines();
    ASSERT_NO_FATAL_FAILURE(inboundCycle());
    const qint64 meterOff = sandboxUsed() - meterBefore;
    const QStringList polledOff = objectsPolledSince(logFrom - 1);
    std::cout << "contacts off: org meter " << meterOff << ", polled "
              << polledOff.join(u',').toStdString() << '\n';
    EXPECT_EQ(meterOff, 1); // the other three objects, one composite
    EXPECT_EQ(ledgerCalls(), 1);
    EXPECT_FALSE(polledOff.contains(u"Contact"_s));
    EXPECT_TRUE(polledOff.contains(u"Lead"_s));
    EXPECT_NE(localLastName(), u"Edited-In-Org"_s);

    // Every object off: no poll at all.
    for (SyncService service :
         {SyncService::LeadsFromSalesforce, SyncService::AccountsFromSalesforce,
          SyncService::OpportunitiesFromSalesforce})
        ASSERT_NO_FATAL_FAILURE(switchService(service, false));
    meterBefore = sandboxUsed();
    ASSERT_NO_FATAL_FAILURE(inboundCycle());
    std::cout << "every object off: org meter " << sandboxUsed() - meterBefore << '\n';
    EXPECT_EQ(sandboxUsed() - meterBefore, 0);
    EXPECT_EQ(ledgerCalls(), 1);

    // Contacts on again: the next poll reads the edit made while they were off.
    ASSERT_NO_FATAL_FAILURE(switchService(SyncService::ContactsFromSalesforce, true));
    meterBefore = sandboxUsed();
    const int logOn = requestLogLines();
    ASSERT_NO_FATAL_FAILURE(inboundCycle());
    const QStringList polledOn = objectsPolledSince(logOn - 1);
    std::cout << "contacts on: org meter " << sandboxUsed() - meterBefore << ", polled "
              << polledOn.join(u',').toStdString() << '\n';
    EXPECT_EQ(sandboxUsed() - meterBefore, 1);
    EXPECT_EQ(polledOn, QStringList{u"Contact"_s});
    EXPECT_EQ(localLastName(), u"Edited-In-Org"_s);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
}
