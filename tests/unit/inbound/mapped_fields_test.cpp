// MappedFields: which fields each direction reads and sends, under which names; and the
// default configuration a new workspace is seeded with, once.
#include "store/database.h"
#include "store/field_mapping_store.h"
#include "sync/default_field_mappings.h"
#include "sync/inbound_poll.h"
#include "sync/mapped_fields.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

FieldMapping mapping(const QString &local, const QString &crm, SyncDirection direction,
                     const QString &crmObject = u"Contact"_s)
{
    return FieldMapping{.localObject = u"person"_s,
                        .localField = local,
                        .crmObject = crmObject,
                        .crmField = crm,
                        .direction = direction};
}

const QList<FieldMapping> Mixed{
    mapping(u"LastName"_s, u"LastName"_s, SyncDirection::Both),
    mapping(u"JobTitle"_s, u"Title"_s, SyncDirection::FromCrm),
    mapping(u"Mail"_s, u"Email"_s, SyncDirection::ToCrm),
    mapping(u"Phone"_s, u"Phone"_s, SyncDirection::Off),
    mapping(u"Company"_s, u"Company"_s, SyncDirection::Both, u"Lead"_s),
};

} // namespace

TEST(MappedFields, InboundReadsBothAndFromCrmFieldsOnly)
{
    const MappedFields fields(Mixed);
    EXPECT_EQ(fields.inboundCrmFields(u"Contact"_s), (QStringList{u"LastName"_s, u"Title"_s}));
    EXPECT_EQ(fields.inboundCrmFields(u"Lead"_s), QStringList{u"Company"_s});
    EXPECT_TRUE(fields.inboundCrmFields(u"Account"_s).isEmpty());
    EXPECT_EQ(fields.inboundObjects(), (QStringList{u"Contact"_s, u"Lead"_s}));
}

TEST(MappedFields, OutboundSendsBothAndToCrmFieldsOnly)
{
    const MappedFields fields(Mixed);
    EXPECT_EQ(fields.outboundLocalFields(u"Contact"_s), (QStringList{u"LastName"_s, u"Mail"_s}));
    EXPECT_EQ(fields.localToCrm(u"Contact"_s, u"Mail"_s), u"Email"_s);
    EXPECT_TRUE(fields.localToCrm(u"Contact"_s, u"JobTitle"_s).isEmpty());
    EXPECT_TRUE(fields.localToCrm(u"Contact"_s, u"Phone"_s).isEmpty());
    EXPECT_EQ(fields.crmToLocal(u"Contact"_s, u"Title"_s), u"JobTitle"_s);
    EXPECT_TRUE(fields.crmToLocal(u"Contact"_s, u"Email"_s).isEmpty());
    EXPECT_TRUE(fields.crmToLocal(u"Contact"_s, u"Phone"_s).isEmpty());
}

TEST(MappedFields, RenamesRecordsAndDropsUnmappedKeys)
{
    const MappedFields fields(Mixed);
    const QJsonObject crm{{u"Id"_s, u"003000000000001AAA"_s},
                          {u"LastName"_s, u"Ng"_s},
                          {u"Title"_s, u"CFO"_s},
                          {u"Email"_s, u"ng@example.test"_s},
                          {u"Phone"_s, u"555"_s}};
    EXPECT_EQ(fields.toLocal(u"Contact"_s, crm),
              (QJsonObject{{u"LastName"_s, u"Ng"_s}, {u"JobTitle"_s, u"CFO"_s}}));

    const QJsonObject local{{u"LastName"_s, u"Ng"_s},
                            {u"JobTitle"_s, u"CFO"_s},
                            {u"Mail"_s, u"ng@example.test"_s},
                            {u"Phone"_s, u"555"_s}};
    EXPECT_EQ(fields.toCrm(u"Contact"_s, local),
              (QJsonObject{{u"LastName"_s, u"Ng"_s}, {u"Email"_s, u"ng@example.test"_s}}));
    EXPECT_TRUE(fields.toLocal(u"Opportunity"_s, crm).isEmpty());
}

TEST(MappedFields, KnowsEachFieldsDirectionAndLocalObject)
{
    const MappedFields fields(Mixed);
    EXPECT_EQ(fields.direction(u"Contact"_s, u"LastName"_s), SyncDirection::Both);
    EXPECT_EQ(fields.direction(u"Contact"_s, u"JobTitle"_s), SyncDirection::FromCrm);
    EXPECT_EQ(fields.direction(u"Contact"_s, u"Phone"_s), SyncDirection::Off);
    EXPECT_EQ(fields.direction(u"Contact"_s, u"Unmapped"_s), SyncDirection::Off);
    EXPECT_EQ(fields.localObject(u"Lead"_s), u"person"_s);
    EXPECT_TRUE(fields.localObject(u"Case"_s).isEmpty());
}

TEST(InboundPollSoql, SelectsTheMappedFieldsFromAMarginBeforeTheWatermark)
{
    EXPECT_EQ(
        InboundPoll::soqlFor(u"Contact"_s, {u"LastName"_s, u"Title"_s}, QString()),
        u"SELECT Id, SystemModstamp, IsDeleted, SyncDesk_Id__c, MasterRecordId, LastName, Title "
        "FROM Contact "
        "ORDER BY SystemModstamp, Id"_s);
    // Opportunities have no SyncDesk id: SyncDesk never creates them.
    EXPECT_EQ(InboundPoll::soqlFor(u"Opportunity"_s, {u"Name"_s}, QString()),
              u"SELECT Id, SystemModstamp, IsDeleted, Name FROM Opportunity "
              "ORDER BY SystemModstamp, Id"_s);
    // Not `> watermark`: a row stamped in the same second, or committed late, would be
    // missed. Five minutes before it, at whole seconds, ties broken by Id.
    EXPECT_EQ(InboundPoll::soqlFor(u"Account"_s, {u"Name"_s}, u"2026-03-02T09:00:00.250+0000"_s),
              u"SELECT Id, SystemModstamp, IsDeleted, SyncDesk_Id__c, MasterRecordId, Name FROM "
              "Account WHERE "
              "SystemModstamp >= "
              "2026-03-02T08:55:00Z ORDER BY SystemModstamp, Id"_s);
}

TEST(DefaultFieldMappings, SeedOnceAndLeaveAnAdminsConfigurationAlone)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"syncdesk.sqlite"_s);
    {
        const DatabaseConnection connection = Database::open(path);
        ASSERT_TRUE(connection.ok());
        FieldMappingStore store(connection.db);
        ASSERT_TRUE(ensureDefaultFieldMappings(connection.db));
        const MappedFields fields(store.all());
        EXPECT_EQ(fields.inboundObjects(),
                  (QStringList{u"Account"_s, u"Contact"_s, u"Lead"_s, u"Opportunity"_s}));
        EXPECT_EQ(fields.inboundCrmFields(u"Lead"_s),
                  (QStringList{u"Company"_s, u"Email"_s, u"FirstName"_s, u"LastName"_s, u"Phone"_s,
                               u"Title"_s}));
        EXPECT_EQ(fields.outboundLocalFields(u"Contact"_s),
                  (QStringList{u"Email"_s, u"FirstName"_s, u"LastName"_s, u"Phone"_s, u"Title"_s}));
        EXPECT_EQ(fields.inboundCrmFields(u"Opportunity"_s),
                  (QStringList{u"Amount"_s, u"CloseDate"_s, u"Name"_s, u"StageName"_s}));
        EXPECT_TRUE(fields.outboundLocalFields(u"Opportunity"_s).isEmpty());
        EXPECT_EQ(fields.localObject(u"Account"_s), u"account"_s);

        ASSERT_TRUE(store.replaceAll({mapping(u"LastName"_s, u"LastName"_s, SyncDirection::Both)}));
        ASSERT_TRUE(ensureDefaultFieldMappings(connection.db));
        EXPECT_EQ(store.all().size(), 1);
    }
    Database::closeForThisThread(path);
}
