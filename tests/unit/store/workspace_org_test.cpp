// A workspace syncs with one org: a different org is refused with the admin's choices,
// and switching starts the workspace over without losing a local change.
#include "auth/saved_connection.h"
#include "store/local_change_writer.h"
#include "store/outbox_store.h"
#include "store/record_store.h"
#include "store/watermark_store.h"
#include "store_backend_test.h"
#include "store_fixture.h"
#include "sync/workspace_org.h"

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;

namespace {

const QString OrgA = u"00D000000000001AAA"_s;
const QString OrgB = u"00D000000000002AAA"_s;

OAuthTokens tokensFor(const QString &orgId)
{
    OAuthTokens tokens;
    tokens.accessToken = "access";
    tokens.instanceUrl = QUrl(u"https://acme.my.salesforce.com"_s);
    tokens.identityUrl =
        QUrl(u"https://login.salesforce.com/id/"_s + orgId + u"/005000000000001AAA"_s);
    return tokens;
}

class WorkspaceOrgTest : public syncdesk::test::StoreBackendTest
{
protected:
    void SetUp() override
    {
        StoreBackendTest::SetUp();
        openStore();
    }

    bool connect(const QString &orgId, bool switchOrg, QString *error)
    {
        return saveSignedInConnection(m_db, tokensFor(orgId), m_loginHost, u"key"_s, error,
                                      switchOrg);
    }

    LoginHost m_loginHost = LoginHost::production();
};

} // namespace

SYNCDESK_STORE_ON_BOTH_BACKENDS(WorkspaceOrgTest);

TEST_P(WorkspaceOrgTest, AnotherOrgIsRefusedWithTheChoicesAndChangesNothing)
{
    QString error;
    ASSERT_TRUE(connect(OrgA, false, &error)) << error.toStdString();
    EXPECT_EQ(WorkspaceOrg(m_db).boundOrgId(), OrgA);
    ASSERT_TRUE(RecordStore(m_db).mergeFromCrm(RecordKind::Person, u"Contact"_s,
                                               u"003000000000001AAA"_s, {{u"LastName"_s, u"A"_s}}));
    ASSERT_TRUE(WatermarkStore(m_db).advance(u"Contact"_s, u"2026-03-02T09:00:00.000+0000"_s,
                                             QDateTime::currentDateTimeUtc()));

    EXPECT_FALSE(connect(OrgB, false, &error));
    EXPECT_TRUE(error.contains(OrgA) && error.contains(OrgB) && error.contains(u"--switch-org"_s))
        << error.toStdString();
    EXPECT_EQ(WorkspaceOrg(m_db).boundOrgId(), OrgA);
    EXPECT_TRUE(RecordStore(m_db).findByCrmId(u"Contact"_s, u"003000000000001AAA"_s));
    EXPECT_TRUE(WatermarkStore(m_db).watermark(u"Contact"_s));
    // The same org again is no switch.
    EXPECT_TRUE(connect(OrgA, false, &error)) << error.toStdString();
}

TEST_P(WorkspaceOrgTest, SwitchingForgetsTheOldOrgButKeepsEveryLocalChange)
{
    QString error;
    ASSERT_TRUE(connect(OrgA, false, &error)) << error.toStdString();
    const std::optional<qint64> person = RecordStore(m_db).mergeFromCrm(
        RecordKind::Person, u"Contact"_s, u"003000000000001AAA"_s, {{u"LastName"_s, u"A"_s}});
    ASSERT_TRUE(person);
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(*person, {{u"Title"_s, u"Kept"_s}},
                                              QDateTime::currentDateTimeUtc()));
    ASSERT_TRUE(WatermarkStore(m_db).advance(u"Contact"_s, u"2026-03-02T09:00:00.000+0000"_s,
                                             QDateTime::currentDateTimeUtc()));
    // Sent to the old org without an answer: nothing the new org can hold as SyncDesk's own.
    ASSERT_TRUE(RecordStore(m_db).noteSentUnconfirmed({{*person, {{u"Title"_s, u"Kept"_s}}}}));
    ASSERT_FALSE(RecordStore(m_db).find(*person)->crmSent.isEmpty());

    ASSERT_TRUE(connect(OrgB, true, &error)) << error.toStdString();
    EXPECT_EQ(WorkspaceOrg(m_db).boundOrgId(), OrgB);
    const LocalRecord record = *RecordStore(m_db).find(*person);
    EXPECT_TRUE(record.crmId.isEmpty());
    EXPECT_TRUE(record.crmBase.isEmpty());
    EXPECT_TRUE(record.crmSent.isEmpty());
    EXPECT_EQ(record.fields.value(u"Title"_s).toString(), u"Kept"_s);
    EXPECT_EQ(OutboxStore(m_db).forRecord(*person).size(), 1);
    EXPECT_FALSE(WatermarkStore(m_db).watermark(u"Contact"_s));
}
