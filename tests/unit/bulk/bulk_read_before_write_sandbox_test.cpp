// The read before write of a big backlog through one Bulk API 2.0 query job, against the
// real syncdesk-sandbox org: 18,000 linked Contacts changed locally are read with a
// handful of calls instead of eight /composite calls, and a field the org changed later
// than the local edit is decided exactly as the SOQL read decides it (a conflict recorded,
// the org's later value kept, the local one never sent).
#include "flush_until_done.h"
#include "salesforce/describe_cache.h"
#include "sandbox_workspace_test.h"
#include "store/field_mapping_store.h"
#include "store/local_change_writer.h"
#include "store/record_store.h"
#include "sync/inbound_apply.h"
#include "sync/inbound_poll.h"
#include "sync/mapped_fields.h"
#include "sync/outbound_flush.h"

#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kContacts = 18'000;

class BulkReadBeforeWriteSandbox : public test::SandboxWorkspaceTest
{
protected:
    QStringList sandboxArguments() const override
    {
        // Contacts belong to accounts: a few of them.
        return {u"--contacts"_s, QString::number(kContacts), u"--accounts"_s, u"10"_s, u"--leads"_s,
                u"0"_s,          u"--opportunities"_s,       u"0"_s};
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
};

} // namespace

TEST_F(BulkReadBeforeWriteSandbox, ABigBacklogIsReadThroughOneQueryJobAndItsConflictDecided)
{
    // The org's Contacts linked by a first import, and Contact's describe cached (the
    // engine describes the objects it syncs).
    // (Applied as a poll applies its pages, without the poll's own choice of route.)
    const MappedFields fields(FieldMappingStore(m_db).all());
    const auto org =
        query(InboundPoll::soqlFor(u"Contact"_s, fields.inboundCrmFields(u"Contact"_s), QString()));
    ASSERT_TRUE(org);
    InboundApply apply(m_db, fields, m_client->serverClockOffsetMs());
    InboundCounts counts;
    ASSERT_TRUE(apply.apply(u"Contact"_s, RecordKind::Person, org->records,
                            QDateTime::currentDateTimeUtc(), &counts))
        << apply.lastError().toStdString();
    DescribeCache describes(m_client.get(), m_db);
    bool described = false;
    describes.describe(u"Contact"_s, [&](const auto &) { described = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return described; }, kWaitMs));

    QList<qint64> linked;
    QSqlQuery rows(m_db);
    ASSERT_TRUE(rows.exec(u"SELECT id FROM records WHERE crm_object = 'Contact' AND crm_id IS "
                          u"NOT NULL ORDER BY id"_s));
    while (rows.next())
        linked.append(rows.value(0).toLongLong());
    ASSERT_EQ(linked.size(), kContacts);

    // Every person's Title edited here; then a CRM user edits the first one's Title later.
    LocalChangeWriter writer(m_db);
    const QDateTime editedAt = QDateTime::currentDateTimeUtc().addSecs(-120);
    for (const qint64 id : linked)
        ASSERT_TRUE(writer.apply(id, {{u"Title"_s, u"Local %1"_s.arg(id)}}, editedAt));
    const QString first = RecordStore(m_db).find(linked.first())->crmId;
    std::optional<SalesforceResult<Done>> saved;
    m_client->updateRecord(u"Contact"_s, first, {{u"Title"_s, u"Theirs, later"_s}},
                           CallCategory::OutboundUpdate,
                           [&](const SalesforceResult<Done> &r) { saved = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.has_value(); }, kWaitMs));
    ASSERT_TRUE(std::holds_alternative<Done>(*saved));

    OutboundFlush flush(m_db, m_client.get());
    const qint64 before = sandboxUsed();
    const FlushReport report = test::flushUntilDone(flush, kWaitMs);
    const qint64 spent = sandboxUsed() - before;
    EXPECT_FALSE(report.callError);
    EXPECT_EQ(report.conflicts, 1);
    EXPECT_EQ(report.calls, spent);
    // Read: create, one poll, one results page (the /composite read: 8 calls); write: the
    // ingest job's create, upload, close, poll and results.
    EXPECT_EQ(spent, 3 + 5);
    EXPECT_EQ(report.succeeded, kContacts - 1);

    // The org's later value won and is recorded; the local one was not sent.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sync_conflicts"_s), 1);
    EXPECT_EQ(RecordStore(m_db).find(linked.first())->fields.value(u"Title"_s).toString(),
              u"Theirs, later"_s);
    const auto theirs = query(u"SELECT Title FROM Contact WHERE Id = '"_s + first + u"'"_s);
    ASSERT_TRUE(theirs && theirs->records.size() == 1);
    EXPECT_EQ(theirs->records.first().toObject().value(u"Title"_s).toString(), u"Theirs, later"_s);
    const auto other = query(u"SELECT Title FROM Contact WHERE Id = '"_s +
                             RecordStore(m_db).find(linked.last())->crmId + u"'"_s);
    ASSERT_TRUE(other && other->records.size() == 1);
    EXPECT_EQ(other->records.first().toObject().value(u"Title"_s).toString(),
              u"Local %1"_s.arg(linked.last()));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox"_s), 0);
}
