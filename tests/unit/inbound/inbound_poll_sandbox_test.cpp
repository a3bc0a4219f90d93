// Inbound polls against the real syncdesk-sandbox org (seeded with thousands of Leads,
// Contacts, Accounts and Opportunities): the first poll imports everything in the fewest
// composite calls, a poll with no changes costs one call, changes and deletions made in
// the org arrive with only the mapped fields, conflicts are decided by the later change
// and recorded, and a limit spent mid-poll stores nothing.
#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "sandbox/sandbox_org_process.h"
#include "sandbox_workspace_test.h"
#include "store/conflict_store.h"
#include "store/database.h"
#include "store/failure_store.h"
#include "store/field_mapping_store.h"
#include "store/local_change_writer.h"
#include "store/outbox_store.h"
#include "store/record_store.h"
#include "store/watermark_store.h"
#include "sync/default_field_mappings.h"
#include "sync/deletion_sweep.h"
#include "sync/inbound_apply.h"
#include "sync/inbound_poll.h"
#include "sync/outbound_flush.h"
#include "sync/syncdesk_external_id.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kPageSize = 2000;

class InboundPollSandbox : public test::SandboxWorkspaceTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SandboxWorkspaceTest::SetUp());
        m_poll = std::make_unique<InboundPoll>(m_db, m_client.get());
    }

    void TearDown() override
    {
        m_poll.reset();
        SandboxWorkspaceTest::TearDown();
    }

    InboundReport poll()
    {
        std::optional<InboundReport> report;
        m_poll->poll([&report](InboundReport r) { report = std::move(r); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return report.has_value(); }, kWaitMs));
        EXPECT_FALSE(m_poll->isPolling());
        return report.value_or(InboundReport{.calls = -1});
    }

    qint64 orgCount(const QString &object)
    {
        const auto result = query(u"SELECT COUNT() FROM "_s + object);
        EXPECT_TRUE(result);
        return result ? result->totalSize : -1;
    }

    QJsonObject orgRecord(const QString &object, const QString &id, const QString &fields)
    {
        const auto result =
            query(u"SELECT "_s + fields + u" FROM "_s + object + u" WHERE Id = '"_s + id + u"'"_s);
        EXPECT_TRUE(result && result->records.size() == 1);
        return result && !result->records.isEmpty() ? result->records.first().toObject()
                                                    : QJsonObject();
    }

    bool updateInOrg(const QString &object, const QString &id, const QJsonObject &fields)
    {
        std::optional<SalesforceResult<Done>> result;
        m_client->updateRecord(object, id, fields, CallCategory::OutboundUpdate,
                               [&result](const SalesforceResult<Done> &r) { result = r; });
        return QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs) &&
               std::holds_alternative<Done>(*result);
    }

    bool deleteInOrg(const QString &object, const QString &id)
    {
        std::optional<SalesforceResult<Done>> result;
        m_client->deleteRecord(object, id, CallCategory::OutboundUpdate,
                               [&result](const SalesforceResult<Done> &r) { result = r; });
        return QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs) &&
               std::holds_alternative<Done>(*result);
    }

    int localCount(const QString &crmObject)
    {
        QSqlQuery rows(m_db);
        rows.prepare(u"SELECT COUNT(*) FROM records WHERE crm_object = ? AND "
                     "crm_deleted_at IS NULL"_s);
        rows.addBindValue(crmObject);
        if (!rows.exec() || !rows.next())
            return -1;
        return rows.value(0).toInt();
    }

    // Local records of one CRM object, by id.
    QList<LocalRecord> localRecords(const QString &crmObject, int limit)
    {
        QSqlQuery rows(m_db);
        rows.prepare(u"SELECT id FROM records WHERE crm_object = ? ORDER BY id LIMIT ?"_s);
        rows.addBindValue(crmObject);
        rows.addBindValue(limit);
        QList<LocalRecord> records;
        RecordStore store(m_db);
        if (rows.exec()) {
            while (rows.next()) {
                if (auto record = store.find(rows.value(0).toLongLong()))
                    records.append(*record);
            }
        }
        return records;
    }

    std::unique_ptr<InboundPoll> m_poll;
};

const QStringList Objects{u"Lead"_s, u"Contact"_s, u"Account"_s, u"Opportunity"_s};

} // namespace

TEST_F(InboundPollSandbox, FirstPollImportsTheWholeOrgAndAPollWithoutChangesCostsOneCall)
{
    QHash<QString, qint64> orgCounts;
    qint64 total = 0;
    qint64 mostPages = 0;
    for (const QString &object : Objects) {
        orgCounts.insert(object, orgCount(object));
        ASSERT_GT(orgCounts.value(object), 0) << object.toStdString();
        total += orgCounts.value(object);
        mostPages = std::max(mostPages, (orgCounts.value(object) + kPageSize - 1) / kPageSize);
    }
    // The seeded org pages: the import needs further pages beyond the first composite.
    ASSERT_GT(mostPages, 1);

    QSignalSpy calls(m_client.get(), &SalesforceClient::callMade);
    const qint64 before = sandboxUsed();
    QElapsedTimer elapsed;
    elapsed.start();
    const InboundReport first = poll();
    // A figure for the notes, not a pass/fail condition.
    RecordProperty("first_poll_ms", static_cast<int>(elapsed.elapsed()));
    RecordProperty("first_poll_records", first.created);
    const qint64 after = sandboxUsed();
    ASSERT_FALSE(first.callError) << first.callError->summary().toStdString();
    EXPECT_TRUE(first.objectErrors.isEmpty());
    EXPECT_TRUE(first.storeError.isEmpty()) << first.storeError.toStdString();
    // Four objects' first pages in one composite, then all second pages in one more:
    // fewer calls than one per page (which would be 1 + the pages beyond the first).
    EXPECT_EQ(first.calls, mostPages);
    EXPECT_EQ(after - before, first.calls);
    EXPECT_EQ(calls.size(), first.calls);
    for (const QList<QVariant> &call : calls)
        EXPECT_EQ(call.at(1).value<CallCategory>(), CallCategory::InboundPoll);
    EXPECT_EQ(first.created, total);
    EXPECT_EQ(first.updated, 0);
    EXPECT_EQ(first.deleted, 0);
    for (const QString &object : Objects)
        EXPECT_EQ(localCount(object), orgCounts.value(object)) << object.toStdString();

    RecordStore records(m_db);
    EXPECT_EQ(records.count(RecordKind::Person), orgCounts[u"Lead"_s] + orgCounts[u"Contact"_s]);
    EXPECT_EQ(records.count(RecordKind::Account), orgCounts[u"Account"_s]);
    EXPECT_EQ(records.count(RecordKind::Opportunity), orgCounts[u"Opportunity"_s]);

    // Only mapped fields, under local names, with Salesforce's modstamp kept aside.
    const QSet<QString> leadFields{u"FirstName"_s, u"LastName"_s, u"Email"_s,
                                   u"Phone"_s,     u"Title"_s,    u"Company"_s};
    for (const LocalRecord &lead : localRecords(u"Lead"_s, 50)) {
        EXPECT_TRUE(lead.fields.contains(u"LastName"_s));
        for (const QString &key : lead.fields.keys())
            EXPECT_TRUE(leadFields.contains(key)) << key.toStdString();
        EXPECT_TRUE(InboundApply::parseModstamp(lead.crmModstamp).isValid());
        EXPECT_EQ(lead.syncState, RecordSyncState::Synced);
    }

    WatermarkStore watermarks(m_db);
    QHash<QString, QString> marks;
    for (const QString &object : Objects) {
        const auto mark = watermarks.watermark(object);
        ASSERT_TRUE(mark) << object.toStdString();
        marks.insert(object, *mark);
    }

    const qint64 beforeSecond = sandboxUsed();
    const InboundReport second = poll();
    EXPECT_EQ(sandboxUsed() - beforeSecond, 1);
    EXPECT_FALSE(second.callError);
    EXPECT_EQ(second.calls, 1);
    EXPECT_EQ(second.created + second.updated + second.deleted + second.conflicts, 0);
    for (const QString &object : Objects) {
        EXPECT_EQ(localCount(object), orgCounts.value(object));
        EXPECT_EQ(watermarks.watermark(object).value_or(QString()), marks.value(object));
    }
}

TEST_F(InboundPollSandbox, AChangeInTheOrgArrivesWithOnlyTheMappedFields)
{
    ASSERT_FALSE(poll().callError);
    const QList<LocalRecord> contacts = localRecords(u"Contact"_s, 1);
    ASSERT_EQ(contacts.size(), 1);
    const LocalRecord contact = contacts.first();

    ASSERT_TRUE(updateInOrg(u"Contact"_s, contact.crmId,
                            {{u"Title"_s, u"Head of Inbound"_s}, {u"Department"_s, u"Ops"_s}}));
    const QJsonObject inOrg = orgRecord(u"Contact"_s, contact.crmId, u"Id, SystemModstamp"_s);

    const qint64 before = sandboxUsed();
    const InboundReport report = poll();
    EXPECT_EQ(sandboxUsed() - before, 1);
    ASSERT_FALSE(report.callError);
    EXPECT_EQ(report.calls, 1);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.created, 0);

    const auto stored = RecordStore(m_db).find(contact.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->fields.value(u"Title"_s).toString(), u"Head of Inbound"_s);
    EXPECT_FALSE(stored->fields.contains(u"Department"_s));
    EXPECT_EQ(stored->fields.value(u"LastName"_s), contact.fields.value(u"LastName"_s));
    EXPECT_EQ(stored->crmModstamp, inOrg.value(u"SystemModstamp"_s).toString());
    EXPECT_EQ(WatermarkStore(m_db).watermark(u"Contact"_s).value_or(QString()),
              inOrg.value(u"SystemModstamp"_s).toString());
}

TEST_F(InboundPollSandbox, ADeletionInTheOrgMarksTheRecordAndDropsItsWaitingChanges)
{
    ASSERT_FALSE(poll().callError);
    const QList<LocalRecord> contacts = localRecords(u"Contact"_s, 1);
    ASSERT_EQ(contacts.size(), 1);
    const LocalRecord contact = contacts.first();
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(contact.id, {{u"Phone"_s, u"+1 555 0100"_s}}));
    const qint64 contactsBefore = localCount(u"Contact"_s);

    ASSERT_TRUE(deleteInOrg(u"Contact"_s, contact.crmId));
    const InboundReport report = poll();
    ASSERT_FALSE(report.callError);
    EXPECT_EQ(report.calls, 1);
    EXPECT_EQ(report.deleted, 1);
    EXPECT_EQ(report.updated, 0);

    const auto stored = RecordStore(m_db).find(contact.id);
    ASSERT_TRUE(stored); // the local record stays, marked
    EXPECT_TRUE(stored->crmDeletedAt.isValid());
    EXPECT_EQ(stored->crmId, contact.crmId);
    EXPECT_EQ(stored->syncState, RecordSyncState::Synced);
    EXPECT_TRUE(OutboxStore(m_db).forRecord(contact.id).isEmpty());
    EXPECT_EQ(localCount(u"Contact"_s), contactsBefore - 1);
    EXPECT_EQ(localCount(u"Contact"_s), orgCount(u"Contact"_s));

    const InboundReport again = poll();
    EXPECT_EQ(again.deleted, 0);
}

TEST_F(InboundPollSandbox, FromCrmAndOffMappingsDecideWhatIsRead)
{
    auto contact = [](const QString &field, SyncDirection direction) {
        return FieldMapping{.localObject = u"person"_s,
                            .localField = field,
                            .crmObject = u"Contact"_s,
                            .crmField = field,
                            .direction = direction};
    };
    ASSERT_TRUE(FieldMappingStore(m_db).replaceAll({
        contact(u"LastName"_s, SyncDirection::Both),
        contact(u"Title"_s, SyncDirection::FromCrm),
        contact(u"Phone"_s, SyncDirection::Off),
        contact(u"Email"_s, SyncDirection::ToCrm),
    }));
    const qint64 contactsInOrg = orgCount(u"Contact"_s);

    const InboundReport report = poll();
    ASSERT_FALSE(report.callError);
    EXPECT_EQ(report.calls, (contactsInOrg + kPageSize - 1) / kPageSize);
    EXPECT_EQ(report.created, contactsInOrg);
    EXPECT_EQ(localCount(u"Contact"_s), contactsInOrg);
    EXPECT_EQ(localCount(u"Lead"_s), 0);
    EXPECT_EQ(RecordStore(m_db).count(RecordKind::Account), 0);
    EXPECT_FALSE(WatermarkStore(m_db).watermark(u"Account"_s));

    int withTitle = 0;
    for (const LocalRecord &record : localRecords(u"Contact"_s, 200)) {
        EXPECT_FALSE(record.fields.contains(u"Phone"_s));
        EXPECT_FALSE(record.fields.contains(u"Email"_s));
        EXPECT_TRUE(record.fields.contains(u"LastName"_s));
        withTitle += record.fields.contains(u"Title"_s) ? 1 : 0;
    }
    EXPECT_GT(withTitle, 0);
}

TEST_F(InboundPollSandbox, ConflictsGoToTheLaterChangeAndTheLosingValueIsRecorded)
{
    ASSERT_FALSE(poll().callError);
    const QList<LocalRecord> contacts = localRecords(u"Contact"_s, 2);
    ASSERT_EQ(contacts.size(), 2);
    const LocalRecord localLater = contacts.at(0);
    const LocalRecord crmLater = contacts.at(1);

    for (const LocalRecord &record : contacts)
        ASSERT_TRUE(updateInOrg(u"Contact"_s, record.crmId, {{u"Title"_s, u"Org Title"_s}}));
    auto modstampOf = [&](const LocalRecord &record) {
        return InboundApply::parseModstamp(
            orgRecord(u"Contact"_s, record.crmId, u"SystemModstamp"_s)
                .value(u"SystemModstamp"_s)
                .toString());
    };
    const QDateTime localLaterStamp = modstampOf(localLater);
    const QDateTime crmLaterStamp = modstampOf(crmLater);
    ASSERT_TRUE(localLaterStamp.isValid() && crmLaterStamp.isValid());

    // Explicit times either side of Salesforce's SystemModstamp make the order certain.
    LocalChangeWriter writer(m_db);
    ASSERT_TRUE(writer.apply(localLater.id, {{u"Title"_s, u"Local Title"_s}},
                             localLaterStamp.addSecs(3600)));
    ASSERT_TRUE(
        writer.apply(crmLater.id, {{u"Title"_s, u"Local Title"_s}}, crmLaterStamp.addSecs(-3600)));

    const InboundReport report = poll();
    ASSERT_FALSE(report.callError);
    EXPECT_EQ(report.conflicts, 2);
    EXPECT_EQ(report.updated, 2);

    RecordStore records(m_db);
    OutboxStore outbox(m_db);
    ConflictStore conflicts(m_db);
    EXPECT_EQ(conflicts.count(), 2);

    // Local later: the local value stays and still waits to go out.
    EXPECT_EQ(records.find(localLater.id)->fields.value(u"Title"_s).toString(), u"Local Title"_s);
    const QList<OutboxEntry> waiting = outbox.forRecord(localLater.id);
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting.first().field, u"Title"_s);
    EXPECT_EQ(waiting.first().newValue.toString(), u"Local Title"_s);
    EXPECT_EQ(records.find(localLater.id)->syncState, RecordSyncState::Pending);
    const QList<SyncConflict> keptLocal = conflicts.forRecord(localLater.id);
    ASSERT_EQ(keptLocal.size(), 1);
    EXPECT_EQ(keptLocal.first().winner, SyncConflict::Winner::Local);
    EXPECT_EQ(keptLocal.first().losingValue().toString(), u"Org Title"_s);
    EXPECT_EQ(keptLocal.first().crmChangedAt, localLaterStamp);

    // Salesforce later: its value is stored and the outbox entry dropped.
    EXPECT_EQ(records.find(crmLater.id)->fields.value(u"Title"_s).toString(), u"Org Title"_s);
    EXPECT_TRUE(outbox.forRecord(crmLater.id).isEmpty());
    EXPECT_EQ(records.find(crmLater.id)->syncState, RecordSyncState::Synced);
    const QList<SyncConflict> keptCrm = conflicts.forRecord(crmLater.id);
    ASSERT_EQ(keptCrm.size(), 1);
    EXPECT_EQ(keptCrm.first().winner, SyncConflict::Winner::Crm);
    EXPECT_EQ(keptCrm.first().losingValue().toString(), u"Local Title"_s);
    EXPECT_EQ(keptCrm.first().field, u"Title"_s);

    const QList<SyncConflict> recent = conflicts.recent(10);
    EXPECT_EQ(recent.size(), 2);
}

TEST_F(InboundPollSandbox, ALimitSpentMidPollKeepsThePagesReadAndTheNextPollGoesOnFromThem)
{
    QHash<QString, qint64> inOrg;
    for (const QString &object : Objects)
        inOrg.insert(object, orgCount(object));
    const QJsonObject usage = sandboxControl(u"/_sandbox/usage"_s);
    const qint64 max = usage.value(u"max"_s).toInteger();
    ASSERT_GT(max, 1);
    // One call left: the first composite goes through, the one for further pages is refused.
    sandboxControl(u"/_sandbox/usage"_s, {{u"used"_s, max - 1}});

    const InboundReport refused = poll();
    ASSERT_TRUE(refused.callError);
    EXPECT_EQ(refused.callError->kind, SalesforceError::Kind::LimitExceeded);
    EXPECT_EQ(refused.calls, 2);
    // The first page of every object is stored, with its watermark: a first import cut
    // off at page 240 does not start again from page 1.
    EXPECT_GT(refused.created, 0);
    WatermarkStore watermarks(m_db);
    qint64 storedFirst = 0;
    for (const QString &object : Objects) {
        const int stored = localCount(object);
        EXPECT_EQ(stored, std::min<qint64>(inOrg.value(object), kPageSize)) << object.toStdString();
        EXPECT_EQ(watermarks.watermark(object).has_value(), stored > 0) << object.toStdString();
        storedFirst += stored;
    }
    EXPECT_EQ(refused.created, storedFirst);

    // Once calls are free again the next poll goes on and nothing is imported twice.
    sandboxControl(u"/_sandbox/usage"_s, {{u"used"_s, 0}});
    const InboundReport next = poll();
    ASSERT_FALSE(next.callError);
    qint64 total = 0;
    for (const QString &object : Objects) {
        EXPECT_EQ(localCount(object), inOrg.value(object)) << object.toStdString();
        EXPECT_TRUE(watermarks.watermark(object)) << object.toStdString();
        total += localCount(object);
    }
    EXPECT_EQ(next.created, total - storedFirst);
}

// Three-way: a change on one side only is no conflict. Salesforce changing another field
// of the record (a user, a Flow) must not drop an uncontested local edit.
TEST_F(InboundPollSandbox, ALocalEditSurvivesAnOrgChangeToAnotherFieldOfTheSameRecord)
{
    ASSERT_FALSE(poll().callError);
    const LocalRecord contact = localRecords(u"Contact"_s, 1).value(0);
    ASSERT_FALSE(contact.crmId.isEmpty());
    // Queued well before the org's change: under a per-record "later change wins" rule the
    // local edit would lose to it.
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(contact.id, {{u"Title"_s, u"Local Title"_s}},
                                              QDateTime::currentDateTimeUtc().addSecs(-3600)));
    ASSERT_TRUE(
        updateInOrg(u"Contact"_s, contact.crmId, {{u"Email"_s, u"org.edit@example.com"_s}}));

    const InboundReport report = poll();
    ASSERT_FALSE(report.callError);
    EXPECT_EQ(report.conflicts, 0);
    EXPECT_EQ(ConflictStore(m_db).count(), 0);
    const LocalRecord after = *RecordStore(m_db).find(contact.id);
    EXPECT_EQ(after.fields.value(u"Title"_s).toString(), u"Local Title"_s);
    EXPECT_EQ(after.fields.value(u"Email"_s).toString(), u"org.edit@example.com"_s);
    const QList<OutboxEntry> waiting = OutboxStore(m_db).forRecord(contact.id);
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting.first().newValue.toString(), u"Local Title"_s);
}

// SyncDesk's own write comes back with the next poll. It is no change in Salesforce, so a
// newer local edit of that field is neither a conflict nor overwritten.
TEST_F(InboundPollSandbox, SyncDesksOwnWriteComingBackIsNotAChangeInSalesforce)
{
    ASSERT_FALSE(poll().callError);
    const LocalRecord contact = localRecords(u"Contact"_s, 1).value(0);
    ASSERT_FALSE(contact.crmId.isEmpty());
    LocalChangeWriter writer(m_db);
    ASSERT_TRUE(writer.apply(contact.id, {{u"Title"_s, u"Sent by SyncDesk"_s}},
                             QDateTime::currentDateTimeUtc()));
    OutboundFlush flush(m_db, m_client.get());
    std::optional<FlushReport> flushed;
    flush.flush([&flushed](FlushReport r) { flushed = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return flushed.has_value(); }, kWaitMs));
    ASSERT_EQ(flushed->succeeded, 1);

    // The next edit is queued with a time before the write's SystemModstamp (a desktop
    // clock behind Salesforce's): the timestamps alone would hand the field to Salesforce.
    ASSERT_TRUE(writer.apply(contact.id, {{u"Title"_s, u"Edited again"_s}},
                             QDateTime::currentDateTimeUtc().addSecs(-3600)));
    const InboundReport report = poll();
    ASSERT_FALSE(report.callError);
    EXPECT_EQ(report.conflicts, 0);
    EXPECT_EQ(RecordStore(m_db).find(contact.id)->fields.value(u"Title"_s).toString(),
              u"Edited again"_s);
    ASSERT_EQ(OutboxStore(m_db).forRecord(contact.id).size(), 1);
}

// A genuine change on both sides is still decided and recorded.
TEST_F(InboundPollSandbox, BothSidesChangingTheSameFieldIsAConflictDecidedForTheLaterChange)
{
    ASSERT_FALSE(poll().callError);
    const LocalRecord contact = localRecords(u"Contact"_s, 1).value(0);
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(contact.id, {{u"Title"_s, u"Local Title"_s}},
                                              QDateTime::currentDateTimeUtc().addSecs(-3600)));
    ASSERT_TRUE(updateInOrg(u"Contact"_s, contact.crmId, {{u"Title"_s, u"Org Title"_s}}));

    const InboundReport report = poll();
    EXPECT_EQ(report.conflicts, 1);
    EXPECT_EQ(RecordStore(m_db).find(contact.id)->fields.value(u"Title"_s).toString(),
              u"Org Title"_s);
    EXPECT_TRUE(OutboxStore(m_db).forRecord(contact.id).isEmpty());
    const QList<SyncConflict> decided = ConflictStore(m_db).forRecord(contact.id);
    ASSERT_EQ(decided.size(), 1);
    EXPECT_EQ(decided.first().losingValue().toString(), u"Local Title"_s);
}

// A field mapped inbound after the first import is read for every record, not only for
// the records that change from then on.
TEST_F(InboundPollSandbox, AFieldNewlyMappedInboundIsBackfilledForEveryRecord)
{
    auto contact = [](const QString &field) {
        return FieldMapping{.localObject = u"person"_s,
                            .localField = field,
                            .crmObject = u"Contact"_s,
                            .crmField = field,
                            .direction = SyncDirection::Both};
    };
    ASSERT_TRUE(FieldMappingStore(m_db).replaceAll({contact(u"LastName"_s)}));
    ASSERT_FALSE(poll().callError);
    ASSERT_TRUE(FieldMappingStore(m_db).replaceAll({contact(u"LastName"_s), contact(u"Title"_s)}));
    m_poll = std::make_unique<InboundPoll>(m_db, m_client.get());

    const InboundReport report = poll();
    ASSERT_FALSE(report.callError);
    const auto withTitle = query(u"SELECT Id FROM Contact WHERE Title != null"_s);
    ASSERT_TRUE(withTitle);
    ASSERT_GT(withTitle->totalSize, 0);
    // Every Contact gets the field (an empty one too: then it is known to be empty).
    EXPECT_EQ(report.updated, orgCount(u"Contact"_s));
    int localWithTitle = 0;
    for (const LocalRecord &record : localRecords(u"Contact"_s, 100'000))
        localWithTitle += record.fields.contains(u"Title"_s) ? 1 : 0;
    EXPECT_EQ(localWithTitle, orgCount(u"Contact"_s));
}

// Another workspace (a second workstation, a reinstall) numbers its records from 1 too:
// its SyncDesk ids must never be taken for this workspace's.
TEST_F(InboundPollSandbox, ARecordAnotherInstallCreatedIsImportedNotLinkedToALocalRecord)
{
    LocalRecord unlinked;
    unlinked.kind = RecordKind::Person;
    unlinked.fields = {{u"LastName"_s, u"Mine"_s}};
    const std::optional<qint64> localId = RecordStore(m_db).insert(unlinked);
    ASSERT_TRUE(localId);
    // Another install's key for the same local id, and the bare "sd-<id>" that every
    // workspace wrote before install ids.
    const QStringList foreignKeys{SyncDeskExternalId(u"0123456789ab"_s).forRecord(*localId),
                                  u"sd-%1"_s.arg(*localId)};
    QStringList crmIds;
    for (const QString &key : foreignKeys) {
        ASSERT_NE(key, SyncDeskExternalId::of(m_db).forRecord(*localId));
        std::optional<SalesforceResult<SaveResult>> created;
        m_client->createRecord(u"Contact"_s,
                               {{u"LastName"_s, u"Theirs"_s}, {u"SyncDesk_Id__c"_s, key}},
                               CallCategory::OutboundUpdate,
                               [&created](const SalesforceResult<SaveResult> &r) { created = r; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return created.has_value(); }, kWaitMs));
        ASSERT_TRUE(std::holds_alternative<SaveResult>(*created));
        crmIds.append(std::get<SaveResult>(*created).id);
    }

    ASSERT_FALSE(poll().callError);
    const std::optional<LocalRecord> mine = RecordStore(m_db).find(*localId);
    EXPECT_TRUE(mine->crmId.isEmpty());
    EXPECT_EQ(mine->fields.value(u"LastName"_s).toString(), u"Mine"_s);
    for (const QString &crmId : crmIds) {
        const std::optional<LocalRecord> theirs =
            RecordStore(m_db).findByCrmId(u"Contact"_s, crmId);
        ASSERT_TRUE(theirs);
        EXPECT_NE(theirs->id, *localId);
    }
}

// A crash between Salesforce's answer to a create and the local commit leaves a record in
// the org that the workspace has not linked yet. The poll must recognise it by the
// SyncDesk id it carries, not import it as a second person.
TEST_F(InboundPollSandbox, ARecordSyncDeskCreatedIsLinkedNotImportedTwice)
{
    ASSERT_FALSE(poll().callError);
    const int peopleBefore = RecordStore(m_db).count(RecordKind::Person);

    LocalRecord unlinked;
    unlinked.kind = RecordKind::Person;
    unlinked.fields = {{u"LastName"_s, u"Unsettled"_s}};
    const std::optional<qint64> localId = RecordStore(m_db).insert(unlinked);
    ASSERT_TRUE(localId);

    std::optional<SalesforceResult<SaveResult>> created;
    m_client->createRecord(
        u"Contact"_s,
        {{u"LastName"_s, u"Unsettled"_s},
         {u"SyncDesk_Id__c"_s, SyncDeskExternalId::of(m_db).forRecord(*localId)}},
        CallCategory::OutboundUpdate,
        [&created](const SalesforceResult<SaveResult> &r) { created = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return created.has_value(); }, kWaitMs));
    ASSERT_TRUE(std::holds_alternative<SaveResult>(*created));
    const QString crmId = std::get<SaveResult>(*created).id;

    const InboundReport report = poll();
    ASSERT_FALSE(report.callError);
    EXPECT_EQ(report.created, 0);
    EXPECT_EQ(RecordStore(m_db).count(RecordKind::Person), peopleBefore + 1);
    const auto linked = RecordStore(m_db).find(*localId);
    ASSERT_TRUE(linked);
    EXPECT_EQ(linked->crmObject, u"Contact"_s);
    EXPECT_EQ(linked->crmId, crmId);
}

namespace {

// Flushes the outbox once and reports what happened.
FlushReport flushOnce(QSqlDatabase db, SalesforceClient *client, bool readFirst = true)
{
    OutboundFlush flush(db, client);
    flush.setReadBeforeWrite(readFirst);
    std::optional<FlushReport> flushed;
    flush.flush([&flushed](FlushReport r) { flushed = r; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return flushed.has_value(); }, 120'000));
    return flushed.value_or(FlushReport{});
}

} // namespace

// Salesforce stamps a save when its transaction starts and shows it when it commits. A save
// that commits after a later-stamped one was read sits behind a strict `>` watermark.
TEST_F(InboundPollSandbox, ASaveThatCommitsLateBehindTheWatermarkIsStillRead)
{
    ASSERT_FALSE(poll().callError);
    const QList<LocalRecord> contacts = localRecords(u"Contact"_s, 2);
    ASSERT_EQ(contacts.size(), 2);
    sandboxControl(u"/_sandbox/stamps"_s, {{u"wholeSeconds"_s, true}});

    // The first save is slow to commit; the second, stamped later, is visible at once.
    sandboxControl(u"/_sandbox/commit-delay"_s, {{u"seconds"_s, 30}, {u"writers"_s, u"api"_s}});
    ASSERT_TRUE(
        updateInOrg(u"Contact"_s, contacts.at(0).crmId, {{u"Title"_s, u"Committed late"_s}}));
    sandboxControl(u"/_sandbox/commit-delay"_s, {{u"seconds"_s, 0}});
    sandboxControl(u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, 2}});
    ASSERT_TRUE(updateInOrg(u"Contact"_s, contacts.at(1).crmId, {{u"Title"_s, u"Visible now"_s}}));

    ASSERT_FALSE(poll().callError);
    RecordStore records(m_db);
    EXPECT_EQ(records.find(contacts.at(1).id)->fields.value(u"Title"_s).toString(),
              u"Visible now"_s);
    EXPECT_NE(records.find(contacts.at(0).id)->fields.value(u"Title"_s).toString(),
              u"Committed late"_s);

    sandboxControl(u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, 60}});
    const InboundReport late = poll();
    ASSERT_FALSE(late.callError);
    EXPECT_EQ(records.find(contacts.at(0).id)->fields.value(u"Title"_s).toString(),
              u"Committed late"_s);
    // Rows read again by the overlap change nothing and are not counted.
    EXPECT_EQ(late.updated, 1);
}

// SyncDesk's own write, not yet committed, leaves the org showing the version before it. Read
// then, that version must not pass for a change in Salesforce: the base has moved to the
// value written, so it would look like Salesforce changing it back, and the local value
// (the user's) would be overwritten (found by the soak: a later local edit then lost).
TEST_F(InboundPollSandbox, AVersionFromBeforeSyncDesksOwnWriteIsNotTakenForAChange)
{
    ASSERT_FALSE(poll().callError);
    const QList<LocalRecord> contacts = localRecords(u"Contact"_s, 1);
    ASSERT_EQ(contacts.size(), 1);
    const qint64 id = contacts.first().id;
    const QString before = contacts.first().fields.value(u"Title"_s).toString();
    sandboxControl(u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, 10}});
    sandboxControl(u"/_sandbox/commit-delay"_s, {{u"seconds"_s, 30}, {u"writers"_s, u"api"_s}});
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(id, {{u"Title"_s, u"Written by SyncDesk"_s}},
                                              QDateTime::currentDateTimeUtc()));
    ASSERT_EQ(flushOnce(m_db, m_client.get()).succeeded, 1);

    // The next write reads the record first (by id, whatever its stamp): the org still
    // shows the old Title, under the old stamp.
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(id, {{u"Phone"_s, u"+1 555 0100"_s}},
                                              QDateTime::currentDateTimeUtc()));
    ASSERT_EQ(flushOnce(m_db, m_client.get()).succeeded, 1);
    ASSERT_FALSE(poll().callError);
    RecordStore records(m_db);
    EXPECT_EQ(records.find(id)->fields.value(u"Title"_s).toString(), u"Written by SyncDesk"_s)
        << "was " << before.toStdString();
    EXPECT_EQ(ConflictStore(m_db).forRecord(id).size(), 0);

    // Committed, the write comes back as SyncDesk's own: nothing changes.
    sandboxControl(u"/_sandbox/commit-delay"_s, {{u"seconds"_s, 0}});
    sandboxControl(u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, 60}});
    ASSERT_FALSE(poll().callError);
    EXPECT_EQ(records.find(id)->fields.value(u"Title"_s).toString(), u"Written by SyncDesk"_s);
    EXPECT_EQ(records.find(id)->crmBase.value(u"Title"_s).toString(), u"Written by SyncDesk"_s);
    EXPECT_EQ(records.find(id)->fields.value(u"Phone"_s).toString(), u"+1 555 0100"_s);
    EXPECT_EQ(ConflictStore(m_db).forRecord(id).size(), 0);
}

namespace {

// A value SyncDesk sent without learning whether Salesforce took it, then a newer local
// edit of the same field, made while the call was out: queued before the org stamped
// SyncDesk's write.
class InboundPollUnconfirmedWrite : public InboundPollSandbox
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(InboundPollSandbox::SetUp());
        ASSERT_FALSE(poll().callError);
        m_contact = localRecords(u"Contact"_s, 1).value(0);
        ASSERT_FALSE(m_contact.crmId.isEmpty());
        m_sentAt = QDateTime::currentDateTimeUtc();
    }

    void edit(const QString &field, const QString &value, qint64 secondsBeforeSending)
    {
        ASSERT_TRUE(LocalChangeWriter(m_db).apply(m_contact.id, {{field, value}},
                                                  m_sentAt.addSecs(-secondsBeforeSending)));
    }

    // Salesforce holds SyncDesk's unconfirmed value; the newer edit goes out over it.
    void expectTheNewerEditToGoOutWithoutAConflict(const QString &field, const QString &value)
    {
        ASSERT_NO_FATAL_FAILURE(edit(field, value, 5));
        const FlushReport flushed = flushOnce(m_db, m_client.get());
        EXPECT_EQ(flushed.conflicts, 0);
        EXPECT_EQ(flushed.succeeded, 1);
        EXPECT_EQ(orgRecord(u"Contact"_s, m_contact.crmId, field).value(field).toString(), value);
        const std::optional<LocalRecord> local = RecordStore(m_db).find(m_contact.id);
        ASSERT_TRUE(local);
        EXPECT_EQ(local->fields.value(field).toString(), value);
        EXPECT_EQ(local->crmBase.value(field).toString(), value);
        EXPECT_TRUE(local->crmSent.isEmpty());
        EXPECT_EQ(ConflictStore(m_db).forRecord(m_contact.id).size(), 0);
        EXPECT_EQ(FailureStore(m_db).count(), 0);
    }

    LocalRecord m_contact;
    QDateTime m_sentAt;
};

} // namespace

// A write whose answer was lost (malformed here; cut off, or a 5xx, alike) may have been
// taken. Its value, read back, is SyncDesk's own write, not a change in Salesforce, even
// once a newer local edit replaced it in the outbox: decided as a conflict, the org's stamp
// of that write (later than the edit) would win, and the edit would be lost on both sides
// (found by the soak).
TEST_F(InboundPollUnconfirmedWrite, AWriteWhoseAnswerWasLostComesBackAsSyncDesksOwn)
{
    ASSERT_NO_FATAL_FAILURE(edit(u"Title"_s, u"Sent, answer lost"_s, 10));
    sandboxControl(
        u"/_sandbox/faults"_s,
        {{u"kind"_s, u"malformed_json"_s}, {u"path"_s, u"/composite"_s}, {u"count"_s, 1}});
    ASSERT_EQ(flushOnce(m_db, m_client.get(), false).failed, 1);
    ASSERT_EQ(orgRecord(u"Contact"_s, m_contact.crmId, u"Title"_s).value(u"Title"_s).toString(),
              u"Sent, answer lost"_s);
    expectTheNewerEditToGoOutWithoutAConflict(u"Title"_s, u"Edited again"_s);
}

// The same after a crash with the call out: the restart puts its changes back to waiting,
// and what they carried may be in Salesforce already.
TEST_F(InboundPollUnconfirmedWrite, AWriteCutOffByACrashComesBackAsSyncDesksOwn)
{
    ASSERT_NO_FATAL_FAILURE(edit(u"Phone"_s, u"+1 555 0101"_s, 10));
    OutboxStore outbox(m_db);
    const QList<OutboxEntry> sending = outbox.forRecord(m_contact.id);
    ASSERT_EQ(sending.size(), 1);
    ASSERT_TRUE(outbox.markInFlight(u"cut-off-batch"_s, {sending.first().id}));
    // The org takes the write; the process dies before the answer is stored.
    ASSERT_TRUE(updateInOrg(u"Contact"_s, m_contact.crmId, {{u"Phone"_s, u"+1 555 0101"_s}}));
    ASSERT_EQ(OutboundFlush(m_db, m_client.get()).recoverAfterCrash(), 1);
    expectTheNewerEditToGoOutWithoutAConflict(u"Phone"_s, u"+1 555 0102"_s);
}

// A converted Lead refuses updates; SyncDesk follows it to its Contact and sends the
// change there, without importing the Contact as a second person. Written blind, the change
// is refused and said so; read first, it goes to the Contact at once.
TEST_F(InboundPollSandbox, AConvertedLeadIsFollowedToItsContactAndItsChangeGoesThere)
{
    ASSERT_FALSE(poll().callError);
    const QList<LocalRecord> leads = localRecords(u"Lead"_s, 50);
    QList<LocalRecord> open;
    for (const LocalRecord &lead : leads) {
        if (!lead.crmDeletedAt.isValid())
            open.append(lead);
    }
    ASSERT_GE(open.size(), 2);
    QStringList contactIds;
    for (const LocalRecord &lead : open.mid(0, 2)) {
        const QJsonObject converted =
            sandboxControl(u"/_sandbox/convert-lead"_s, {{u"leadId"_s, lead.crmId}});
        contactIds.append(converted.value(u"convertedContactId"_s).toString());
        ASSERT_FALSE(contactIds.last().isEmpty());
        ASSERT_TRUE(LocalChangeWriter(m_db).apply(lead.id, {{u"Title"_s, u"After conversion"_s}},
                                                  QDateTime::currentDateTimeUtc()));
    }
    // Written blind (reading before writing off), both are refused with a clear word.
    OutboundFlush flush(m_db, m_client.get());
    flush.setReadBeforeWrite(false);
    std::optional<FlushReport> refused;
    flush.flush([&refused](FlushReport r) { refused = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return refused.has_value(); }, kWaitMs));
    EXPECT_EQ(refused->failed, 2);
    QList<SyncFailure> failures = FailureStore(m_db).all();
    ASSERT_EQ(failures.size(), 2);
    for (const SyncFailure &failure : failures) {
        EXPECT_EQ(failure.sfStatusCode, u"CANNOT_UPDATE_CONVERTED_LEAD"_s);
        EXPECT_TRUE(failure.message.contains(u"follows it to its Contact"_s));
    }

    // The next poll follows both conversions and releases what they held.
    const qint64 peopleBefore = RecordStore(m_db).count(RecordKind::Person);
    ASSERT_FALSE(poll().callError);
    for (int i = 0; i < 2; ++i) {
        const LocalRecord followed = *RecordStore(m_db).find(open.at(i).id);
        EXPECT_EQ(followed.crmObject, u"Contact"_s);
        EXPECT_EQ(followed.crmId, contactIds.at(i));
    }
    EXPECT_EQ(RecordStore(m_db).count(RecordKind::Person), peopleBefore);
    EXPECT_EQ(FailureStore(m_db).count(), 0);

    const FlushReport sent = flushOnce(m_db, m_client.get());
    EXPECT_EQ(sent.succeeded, 2);
    for (const QString &contactId : contactIds)
        EXPECT_EQ(orgRecord(u"Contact"_s, contactId, u"Title"_s).value(u"Title"_s).toString(),
                  u"After conversion"_s);
}

// Read before writing, a converted Lead is followed before anything is sent to it.
TEST_F(InboundPollSandbox, ReadingBeforeWritingFollowsAConversionWithoutAFailure)
{
    ASSERT_FALSE(poll().callError);
    const QList<LocalRecord> leads = localRecords(u"Lead"_s, 50);
    auto open = std::find_if(leads.begin(), leads.end(),
                             [](const LocalRecord &lead) { return !lead.crmDeletedAt.isValid(); });
    ASSERT_NE(open, leads.end());
    const QString contactId =
        sandboxControl(u"/_sandbox/convert-lead"_s, {{u"leadId"_s, open->crmId}})
            .value(u"convertedContactId"_s)
            .toString();
    ASSERT_FALSE(contactId.isEmpty());
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(open->id, {{u"Title"_s, u"Followed at once"_s}},
                                              QDateTime::currentDateTimeUtc()));

    const FlushReport sent = flushOnce(m_db, m_client.get());
    EXPECT_EQ(sent.failed, 0);
    EXPECT_EQ(sent.succeeded, 1);
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    EXPECT_EQ(RecordStore(m_db).find(open->id)->crmId, contactId);
    EXPECT_EQ(orgRecord(u"Contact"_s, contactId, u"Title"_s).value(u"Title"_s).toString(),
              u"Followed at once"_s);
}

// Between two polls a user changes a field SyncDesk is about to write. Read first, the
// change is decided for the later side and recorded, never overwritten unseen.
TEST_F(InboundPollSandbox, AnOrgChangeMadeSinceTheLastPollIsDecidedBeforeWritingNotOverwritten)
{
    ASSERT_FALSE(poll().callError);
    const QList<LocalRecord> contacts = localRecords(u"Contact"_s, 2);
    ASSERT_EQ(contacts.size(), 2);
    const LocalRecord orgLater = contacts.at(0);
    const LocalRecord localLater = contacts.at(1);
    LocalChangeWriter writer(m_db);
    // Local edit first for one, last for the other (times on the org's clock, which is ours).
    ASSERT_TRUE(writer.apply(orgLater.id, {{u"Title"_s, u"Local, earlier"_s}},
                             QDateTime::currentDateTimeUtc().addSecs(-600)));
    ASSERT_TRUE(updateInOrg(u"Contact"_s, orgLater.crmId, {{u"Title"_s, u"Org, later"_s}}));
    ASSERT_TRUE(updateInOrg(u"Contact"_s, localLater.crmId, {{u"Title"_s, u"Org, earlier"_s}}));
    ASSERT_TRUE(writer.apply(localLater.id, {{u"Title"_s, u"Local, later"_s}},
                             QDateTime::currentDateTimeUtc().addSecs(600)));

    const FlushReport flushed = flushOnce(m_db, m_client.get());
    EXPECT_EQ(flushed.conflicts, 2);
    EXPECT_EQ(flushed.succeeded, 1);
    EXPECT_EQ(orgRecord(u"Contact"_s, orgLater.crmId, u"Title"_s).value(u"Title"_s).toString(),
              u"Org, later"_s);
    EXPECT_EQ(orgRecord(u"Contact"_s, localLater.crmId, u"Title"_s).value(u"Title"_s).toString(),
              u"Local, later"_s);
    EXPECT_EQ(RecordStore(m_db).find(orgLater.id)->fields.value(u"Title"_s).toString(),
              u"Org, later"_s);
    EXPECT_EQ(ConflictStore(m_db).forRecord(orgLater.id).value(0).winner,
              SyncConflict::Winner::Crm);
    EXPECT_EQ(ConflictStore(m_db).forRecord(localLater.id).value(0).winner,
              SyncConflict::Winner::Local);
}

// A merge deletes the losers with MasterRecordId: the loser's waiting change goes to the
// master's record, and the loser stays behind marked deleted.
TEST_F(InboundPollSandbox, AMergedRecordsWaitingChangeMovesToTheMasterRecord)
{
    ASSERT_FALSE(poll().callError);
    const QList<LocalRecord> contacts = localRecords(u"Contact"_s, 2);
    ASSERT_EQ(contacts.size(), 2);
    const LocalRecord master = contacts.at(0);
    const LocalRecord loser = contacts.at(1);
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(loser.id, {{u"Title"_s, u"Kept through a merge"_s}},
                                              QDateTime::currentDateTimeUtc()));
    sandboxControl(u"/_sandbox/merge"_s,
                   {{u"masterId"_s, master.crmId}, {u"mergedIds"_s, QJsonArray{loser.crmId}}});

    ASSERT_FALSE(poll().callError);
    EXPECT_TRUE(RecordStore(m_db).find(loser.id)->crmDeletedAt.isValid());
    EXPECT_TRUE(OutboxStore(m_db).forRecord(loser.id).isEmpty());
    const QList<OutboxEntry> moved = OutboxStore(m_db).forRecord(master.id);
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved.first().newValue.toString(), u"Kept through a merge"_s);
}

// Hard deletes and an emptied Recycle Bin leave nothing for queryAll to return: only asking
// for the linked ids finds them.
TEST_F(InboundPollSandbox, RecordsDeletedWithoutATraceAreFoundByTheDeletionSweep)
{
    ASSERT_FALSE(poll().callError);
    const QList<LocalRecord> contacts = localRecords(u"Contact"_s, 2);
    ASSERT_EQ(contacts.size(), 2);
    sandboxControl(u"/_sandbox/hard-delete"_s, {{u"ids"_s, QJsonArray{contacts.at(0).crmId}}});
    ASSERT_TRUE(deleteInOrg(u"Contact"_s, contacts.at(1).crmId));
    // (a body makes the fixture POST)
    sandboxControl(u"/_sandbox/empty-recycle-bin"_s, {{u"all"_s, true}});

    ASSERT_FALSE(poll().callError);
    RecordStore records(m_db);
    EXPECT_FALSE(records.find(contacts.at(0).id)->crmDeletedAt.isValid());
    EXPECT_FALSE(records.find(contacts.at(1).id)->crmDeletedAt.isValid());
    // A change to a purged record is refused and stands as a failure...
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(contacts.at(0).id, {{u"Title"_s, u"Too late"_s}},
                                              QDateTime::currentDateTimeUtc()));
    EXPECT_EQ(flushOnce(m_db, m_client.get()).failed, 1);
    ASSERT_EQ(FailureStore(m_db).count(), 1);

    QSqlQuery linked(m_db);
    ASSERT_TRUE(linked.exec(u"SELECT COUNT(*) FROM records WHERE crm_id IS NOT NULL AND "
                            "crm_deleted_at IS NULL AND crm_modstamp IS NOT NULL"_s) &&
                linked.next());
    const qint64 linkedCount = linked.value(0).toLongLong();
    const qint64 before = sandboxUsed();
    DeletionSweep sweep(m_db, m_client.get());
    std::optional<DeletionSweepReport> report;
    sweep.sweep([&report](DeletionSweepReport r) { report = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return report.has_value(); }, kWaitMs));
    ASSERT_FALSE(report->callError);
    EXPECT_EQ(report->checked, linkedCount);
    EXPECT_EQ(report->deleted, 2);
    EXPECT_EQ(report->calls, DeletionSweep::callsFor(linkedCount));
    EXPECT_EQ(sandboxUsed() - before, report->calls);
    EXPECT_TRUE(records.find(contacts.at(0).id)->crmDeletedAt.isValid());
    EXPECT_TRUE(records.find(contacts.at(1).id)->crmDeletedAt.isValid());
    EXPECT_EQ(localCount(u"Contact"_s), orgCount(u"Contact"_s));
    // ...until the sweep finds the record gone: nothing can ever take that change.
    EXPECT_EQ(FailureStore(m_db).count(), 0);
    EXPECT_TRUE(OutboxStore(m_db).forRecord(contacts.at(0).id).isEmpty());
}

namespace {

DeletionSweepReport sweepOnce(QSqlDatabase db, SalesforceClient *client)
{
    DeletionSweep sweep(db, client);
    std::optional<DeletionSweepReport> report;
    sweep.sweep([&report](DeletionSweepReport r) { report = r; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return report.has_value(); }, 120'000));
    return report.value_or(DeletionSweepReport{});
}

} // namespace

// A record SyncDesk has just created is invisible to queryAll until its save commits. The
// sweep must not take it for purged meanwhile: that would drop the change waiting for it
// (found by the soak: a FirstName held by a failure vanished this way, never sent).
TEST_F(InboundPollSandbox, ARecordJustCreatedIsNotTakenForPurgedBeforeItsSaveCommits)
{
    ASSERT_FALSE(poll().callError);
    sandboxControl(u"/_sandbox/commit-delay"_s, {{u"seconds"_s, 30}, {u"writers"_s, u"api"_s}});
    RecordStore records(m_db);
    LocalRecord person;
    person.kind = RecordKind::Person;
    const std::optional<qint64> id = records.insert(person);
    ASSERT_TRUE(id);
    LocalChangeWriter writer(m_db);
    ASSERT_TRUE(
        writer.apply(*id, {{u"LastName"_s, u"Committing"_s}}, QDateTime::currentDateTimeUtc()));
    ASSERT_EQ(flushOnce(m_db, m_client.get()).succeeded, 1);
    ASSERT_FALSE(records.find(*id)->crmId.isEmpty());
    ASSERT_TRUE(
        writer.apply(*id, {{u"FirstName"_s, u"Waiting"_s}}, QDateTime::currentDateTimeUtc()));

    const DeletionSweepReport early = sweepOnce(m_db, m_client.get());
    ASSERT_FALSE(early.callError);
    EXPECT_EQ(early.deleted, 0);
    EXPECT_FALSE(records.find(*id)->crmDeletedAt.isValid());
    ASSERT_EQ(OutboxStore(m_db).forRecord(*id).size(), 1);

    // Once committed and read by a poll, the record is swept like any other, and found.
    sandboxControl(u"/_sandbox/commit-delay"_s, {{u"seconds"_s, 0}});
    sandboxControl(u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, 60}});
    ASSERT_FALSE(poll().callError);
    const DeletionSweepReport later = sweepOnce(m_db, m_client.get());
    ASSERT_FALSE(later.callError);
    EXPECT_EQ(later.deleted, 0);
    EXPECT_EQ(later.checked, early.checked + 1);
    EXPECT_EQ(OutboxStore(m_db).forRecord(*id).size(), 1);
}

// A Lead converted, and its new Contact purged before any poll read it (long soak, seed
// 517499695): the poll follows the Lead to a Contact that has no trace left, so only the
// sweep can find it gone. The Contact committed with the conversion, so it is no
// just-created record whose save may still be invisible: the sweep asks about it.
TEST_F(InboundPollSandbox, AConvertedLeadsContactPurgedBeforeAnyPollReadItIsFoundByTheSweep)
{
    ASSERT_FALSE(poll().callError);
    std::optional<LocalRecord> lead;
    for (const LocalRecord &candidate : localRecords(u"Lead"_s, 50)) {
        if (!candidate.crmDeletedAt.isValid())
            lead = candidate;
    }
    ASSERT_TRUE(lead);
    const QString contactId =
        sandboxControl(u"/_sandbox/convert-lead"_s, {{u"leadId"_s, lead->crmId}})
            .value(u"convertedContactId"_s)
            .toString();
    ASSERT_FALSE(contactId.isEmpty());
    sandboxControl(u"/_sandbox/hard-delete"_s, {{u"ids"_s, QJsonArray{contactId}}});
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(lead->id, {{u"Title"_s, u"Never to arrive"_s}},
                                              QDateTime::currentDateTimeUtc()));

    ASSERT_FALSE(poll().callError);
    RecordStore records(m_db);
    ASSERT_EQ(records.find(lead->id)->crmId, contactId);

    const DeletionSweepReport swept = sweepOnce(m_db, m_client.get());
    ASSERT_FALSE(swept.callError);
    EXPECT_EQ(swept.deleted, 1);
    EXPECT_TRUE(records.find(lead->id)->crmDeletedAt.isValid());
    EXPECT_TRUE(OutboxStore(m_db).forRecord(lead->id).isEmpty());
}

// The later change wins on one clock: the org's. A desktop clock two hours behind
// Salesforce's must not hand every conflict to Salesforce.
TEST_F(InboundPollSandbox, ConflictsAreDecidedOnTheOrgsClockNotTheDesktops)
{
    ASSERT_FALSE(poll().callError);
    const LocalRecord contact = localRecords(u"Contact"_s, 1).value(0);
    sandboxControl(u"/_sandbox/clock"_s, {{u"advanceSeconds"_s, 2 * 3600}});
    // Salesforce first (stamped two hours "ahead"), then the local edit.
    ASSERT_TRUE(updateInOrg(u"Contact"_s, contact.crmId, {{u"Title"_s, u"Org Title"_s}}));
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(contact.id, {{u"Title"_s, u"Local Title"_s}},
                                              QDateTime::currentDateTimeUtc().addSecs(5)));

    const InboundReport report = poll();
    ASSERT_FALSE(report.callError);
    EXPECT_EQ(report.conflicts, 1);
    const QList<SyncConflict> decided = ConflictStore(m_db).forRecord(contact.id);
    ASSERT_EQ(decided.size(), 1);
    EXPECT_EQ(decided.first().winner, SyncConflict::Winner::Local);
    EXPECT_EQ(RecordStore(m_db).find(contact.id)->fields.value(u"Title"_s).toString(),
              u"Local Title"_s);
    EXPECT_EQ(OutboxStore(m_db).forRecord(contact.id).size(), 1);
}
