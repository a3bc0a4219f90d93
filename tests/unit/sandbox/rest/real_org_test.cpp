// A busy real org: whole-second stamps, commit delay, who saved, automation on
// save, converted Leads, merges, hard deletes and locked rows. All off by default.
#include "data/salesforce_id.h"
#include "org_under_test.h"

#include <QUrl>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Milliseconds on purpose: whole-second stamps must drop them.
const QDateTime t0 = QDateTime(QDate(2026, 11, 2), QTime(9, 30, 15, 437), Qt::UTC);

SandboxConfig tinyConfig()
{
    SandboxConfig config;
    config.seedCounts.accounts = 5;
    config.seedCounts.contacts = 10;
    config.seedCounts.leads = 8;
    config.seedCounts.opportunities = 0;
    return config;
}

struct RealOrg : OrgUnderTest
{
    RealOrg()
        : OrgUnderTest(tinyConfig())
    {
        org().clock().freeze(t0);
    }

    Answer query(const QString &soql, bool all = false)
    {
        return get(data((all ? u"queryAll?q="_s : u"query?q="_s) +
                        QString::fromLatin1(QUrl::toPercentEncoding(soql))));
    }
    QJsonArray rows(const QString &soql, bool all = false)
    {
        return query(soql, all).object()[u"records"_s].toArray();
    }
    QString firstId(const QString &object, int skip = 0)
    {
        return rows(u"SELECT Id FROM "_s + object + u" ORDER BY Id LIMIT 1 OFFSET "_s +
                    QString::number(skip))
            .at(0)[u"Id"_s]
            .toString();
    }
    QJsonObject fetch(const QString &object, const QString &id)
    {
        return get(data(u"sobjects/"_s + object + u'/' + id)).object();
    }
    Answer patchOne(const QString &object, const QString &id, const QJsonObject &fields)
    {
        return patch(data(u"sobjects/"_s + object + u'/' + id), QJsonDocument(fields));
    }
    QString integrationUser() { return org().oauth().identity().userId; }
};

QString stampOf(const QDateTime &time)
{
    return salesforceDateTime(time);
}

} // namespace

TEST(SandboxRealOrg, StampsKeepMillisecondsUnlessWholeSecondsAreOn)
{
    RealOrg org;
    const auto created = org.post(OrgUnderTest::data(u"sobjects/Contact/"_s),
                                  QJsonDocument(QJsonObject{{u"LastName"_s, u"Ito"_s}}));
    const QJsonObject before = org.fetch(u"Contact"_s, created.object()[u"id"_s].toString());
    EXPECT_EQ(before[u"SystemModstamp"_s].toString(), u"2026-11-02T09:30:15.437+0000"_s);

    EXPECT_EQ(org.control(u"stamps"_s, {{u"wholeSeconds"_s, true}}).status(), 200);
    const auto second = org.post(OrgUnderTest::data(u"sobjects/Contact/"_s),
                                 QJsonDocument(QJsonObject{{u"LastName"_s, u"Sato"_s}}));
    const QJsonObject row = org.fetch(u"Contact"_s, second.object()[u"id"_s].toString());
    for (const QString &field : {u"CreatedDate"_s, u"LastModifiedDate"_s, u"SystemModstamp"_s})
        EXPECT_EQ(row[field].toString(), u"2026-11-02T09:30:15.000+0000"_s) << field.toStdString();
    EXPECT_EQ(org.control(u"stamps"_s, {{u"wholeSeconds"_s, u"yes"_s}}).status(), 400);
}

TEST(SandboxRealOrg, CommitDelayHidesAWriteFromReadersButNotFromTheWriter)
{
    RealOrg org;
    const QString id = org.firstId(u"Contact"_s);
    const QString oldTitle = org.fetch(u"Contact"_s, id)[u"Title"_s].toString();
    ASSERT_EQ(org.control(u"commit-delay"_s, {{u"seconds"_s, 5}}).status(), 200);

    EXPECT_EQ(org.patchOne(u"Contact"_s, id, {{u"Title"_s, u"Chief Poller"_s}}).status(), 204);
    const auto created = org.post(OrgUnderTest::data(u"sobjects/Contact/"_s),
                                  QJsonDocument(QJsonObject{{u"LastName"_s, u"Late"_s}}));
    ASSERT_EQ(created.status(), 201); // the writer hears success at once
    const QString newId = created.object()[u"id"_s].toString();

    org.org().clock().advance(4);
    EXPECT_EQ(org.fetch(u"Contact"_s, id)[u"Title"_s].toString(), oldTitle);
    EXPECT_EQ(org.rows(u"SELECT Title FROM Contact WHERE Id = '"_s + id + u"'"_s)
                  .at(0)[u"Title"_s]
                  .toString(),
              oldTitle);
    EXPECT_TRUE(
        org.rows(u"SELECT Id FROM Contact WHERE Id = '"_s + newId + u"'"_s, true).isEmpty());
    EXPECT_EQ(org.get(OrgUnderTest::data(u"sobjects/Contact/"_s + newId)).status(), 404);

    org.org().clock().advance(1);
    const QJsonObject committed = org.fetch(u"Contact"_s, id);
    EXPECT_EQ(committed[u"Title"_s].toString(), u"Chief Poller"_s);
    // Stamped when the write started, five seconds before anyone could see it.
    EXPECT_EQ(committed[u"SystemModstamp"_s].toString(), stampOf(t0));
    EXPECT_EQ(org.rows(u"SELECT Id FROM Contact WHERE Id = '"_s + newId + u"'"_s).size(), 1);
}

TEST(SandboxRealOrg, CommitDelayOnCrmUsersBreaksAStrictWatermark)
{
    RealOrg org;
    org.control(u"stamps"_s, {{u"wholeSeconds"_s, true}});
    org.control(u"commit-delay"_s, {{u"seconds"_s, 10}, {u"writers"_s, u"users"_s}});
    const QString contact = org.firstId(u"Contact"_s);
    const QString lead = org.firstId(u"Lead"_s);
    // A user's save starts now; SyncDesk's save a second later commits at once.
    org.org().store().update(lead, {{u"Title"_s, u"Buyer"_s}}, org.org().clock().now(),
                             RecordStore::Writer::CrmUser);
    org.org().clock().advance(1);
    org.patchOne(u"Contact"_s, contact, {{u"Title"_s, u"Owner"_s}});
    // The poller's watermark: the newest stamp it read, as a SOQL literal.
    const QString last =
        org.fetch(u"Contact"_s, contact)[u"SystemModstamp"_s].toString().left(19) + u"Z"_s;
    EXPECT_TRUE(
        org.rows(u"SELECT Id FROM Lead WHERE Id = '"_s + lead + u"' AND SystemModstamp > "_s + last)
            .isEmpty());

    const QString titleQuery = u"SELECT Title FROM Lead WHERE Id = '"_s + lead + u"'"_s;
    EXPECT_NE(org.rows(titleQuery).at(0)[u"Title"_s].toString(), u"Buyer"_s); // not committed

    org.org().clock().advance(10);
    EXPECT_EQ(org.rows(titleQuery).at(0)[u"Title"_s].toString(), u"Buyer"_s);
    // The user's save is visible now, stamped before the watermark: a strict
    // "> last" poll never sees it, an overlapping one does.
    EXPECT_TRUE(
        org.rows(u"SELECT Id FROM Lead WHERE Id = '"_s + lead + u"' AND SystemModstamp > "_s + last)
            .isEmpty());
    const QString overlap = stampOf(t0.addSecs(-60)).left(19) + u"Z"_s;
    EXPECT_EQ(org.rows(u"SELECT Id FROM Lead WHERE Id = '"_s + lead + u"' AND SystemModstamp > "_s +
                       overlap)
                  .size(),
              1);
}

TEST(SandboxRealOrg, ApiSavesNameTheIntegrationUser)
{
    RealOrg org;
    const auto created = org.post(
        OrgUnderTest::data(u"sobjects/Lead/"_s),
        QJsonDocument(QJsonObject{{u"LastName"_s, u"Kim"_s}, {u"Company"_s, u"Kim Ltd"_s}}));
    const QString id = created.object()[u"id"_s].toString();
    const QJsonObject row = org.fetch(u"Lead"_s, id);
    EXPECT_TRUE(org.integrationUser().startsWith(u"005"_s));
    EXPECT_EQ(row[u"CreatedById"_s].toString(), org.integrationUser());
    EXPECT_EQ(row[u"LastModifiedById"_s].toString(), org.integrationUser());
}

TEST(SandboxRealOrg, AutomationChangesAnotherFieldAsTheSavingUserASecondLater)
{
    RealOrg org;
    ASSERT_EQ(org.control(u"automation"_s, {{u"object"_s, u"Contact"_s},
                                            {u"field"_s, u"Description"_s},
                                            {u"value"_s, u"Checked by Flow"_s}})
                  .status(),
              200);
    const QString contact = org.firstId(u"Contact"_s);
    const QString lead = org.firstId(u"Lead"_s);
    org.patchOne(u"Contact"_s, contact, {{u"Phone"_s, u"(415) 555-0100"_s}});
    org.patchOne(u"Lead"_s, lead, {{u"Phone"_s, u"(415) 555-0101"_s}});

    const QJsonObject row = org.fetch(u"Contact"_s, contact);
    EXPECT_EQ(row[u"Phone"_s].toString(), u"(415) 555-0100"_s);
    EXPECT_EQ(row[u"Description"_s].toString(), u"Checked by Flow"_s);
    EXPECT_EQ(row[u"LastModifiedById"_s].toString(), org.integrationUser());
    EXPECT_EQ(row[u"SystemModstamp"_s].toString(), stampOf(t0.addSecs(1)));
    EXPECT_NE(org.fetch(u"Lead"_s, lead)[u"Description"_s].toString(), u"Checked by Flow"_s);

    EXPECT_EQ(
        org.control(u"automation"_s,
                    {{u"object"_s, u"Lead"_s}, {u"field"_s, u"IsConverted"_s}, {u"value"_s, true}})
            .status(),
        400); // read-only
    org.call("DELETE", u"/_sandbox/automation"_s, {}, false);
    org.patchOne(u"Contact"_s, contact, {{u"Description"_s, u"by hand"_s}});
    EXPECT_EQ(org.fetch(u"Contact"_s, contact)[u"Description"_s].toString(), u"by hand"_s);
}

TEST(SandboxRealOrg, ConvertedLeadRefusesUpdates)
{
    RealOrg org;
    const QString lead = org.firstId(u"Lead"_s);
    const QJsonObject before = org.fetch(u"Lead"_s, lead);
    const auto converted = org.control(u"convert-lead"_s, {{u"leadId"_s, lead}});
    ASSERT_EQ(converted.status(), 200) << converted.response.body.toStdString();
    const QString contact = converted.object()[u"convertedContactId"_s].toString();
    const QString account = converted.object()[u"convertedAccountId"_s].toString();

    const QJsonObject row = org.fetch(u"Lead"_s, lead);
    EXPECT_TRUE(row[u"IsConverted"_s].toBool());
    EXPECT_EQ(row[u"ConvertedContactId"_s].toString(), contact);
    EXPECT_EQ(row[u"ConvertedAccountId"_s].toString(), account);
    EXPECT_EQ(row[u"ConvertedDate"_s].toString().size(), 10);
    EXPECT_NE(row[u"LastModifiedById"_s].toString(), org.integrationUser());
    EXPECT_EQ(org.fetch(u"Contact"_s, contact)[u"LastName"_s], before[u"LastName"_s]);
    EXPECT_EQ(org.fetch(u"Contact"_s, contact)[u"AccountId"_s].toString(), account);
    EXPECT_EQ(org.fetch(u"Account"_s, account)[u"Name"_s], before[u"Company"_s]);

    const auto single = org.patchOne(u"Lead"_s, lead, {{u"Title"_s, u"CEO"_s}});
    EXPECT_EQ(single.status(), 400);
    EXPECT_EQ(single.array()[0][u"errorCode"_s].toString(), u"CANNOT_UPDATE_CONVERTED_LEAD"_s);
    const auto batch = org.call(
        "PATCH", OrgUnderTest::data(u"composite/sobjects"_s),
        QJsonDocument(
            QJsonObject{{u"records"_s, QJsonArray{QJsonObject{
                                           {u"attributes"_s, QJsonObject{{u"type"_s, u"Lead"_s}}},
                                           {u"id"_s, lead},
                                           {u"Title"_s, u"CEO"_s}}}}})
            .toJson());
    const QJsonObject error = batch.array()[0][u"errors"_s][0].toObject();
    EXPECT_EQ(error[u"statusCode"_s].toString(), u"CANNOT_UPDATE_CONVERTED_LEAD"_s);
    EXPECT_EQ(error[u"message"_s].toString(), u"cannot reference converted lead"_s);
    EXPECT_EQ(org.control(u"convert-lead"_s, {{u"leadId"_s, lead}}).status(), 400);
}

TEST(SandboxRealOrg, ConversionUsesTheContactAndAccountGiven)
{
    RealOrg org;
    const QString contact = org.firstId(u"Contact"_s);
    const QString account = org.firstId(u"Account"_s);
    const qsizetype contacts = org.org().store().count(u"Contact"_s);
    const auto converted = org.control(u"convert-lead"_s, {{u"leadId"_s, org.firstId(u"Lead"_s)},
                                                           {u"contactId"_s, contact},
                                                           {u"accountId"_s, account}});
    EXPECT_EQ(converted.object()[u"convertedContactId"_s].toString(), contact);
    EXPECT_EQ(converted.object()[u"convertedAccountId"_s].toString(), account);
    EXPECT_EQ(org.org().store().count(u"Contact"_s), contacts);
}

TEST(SandboxRealOrg, ConversionFieldsAreInTheDescribe)
{
    RealOrg org;
    QStringList names;
    for (const QJsonValue &field :
         org.get(OrgUnderTest::data(u"sobjects/Lead/describe"_s)).object()[u"fields"_s].toArray())
        names.append(field[u"name"_s].toString());
    for (const QString &name : {u"IsConverted"_s, u"ConvertedContactId"_s, u"ConvertedAccountId"_s,
                                u"ConvertedDate"_s, u"MasterRecordId"_s})
        EXPECT_TRUE(names.contains(name)) << name.toStdString();
}

TEST(SandboxRealOrg, MergeDeletesTheLosersIntoTheMaster)
{
    RealOrg org;
    const QString master = org.firstId(u"Contact"_s);
    const QStringList losers{org.firstId(u"Contact"_s, 1), org.firstId(u"Contact"_s, 2)};
    org.org().clock().advance(30);
    const auto merged =
        org.control(u"merge"_s, {{u"masterId"_s, master},
                                 {u"mergedIds"_s, QJsonArray::fromStringList(losers)}});
    ASSERT_EQ(merged.status(), 200) << merged.response.body.toStdString();

    const QString inList = u"('"_s + losers.join(u"','"_s) + u"')"_s;
    EXPECT_TRUE(org.rows(u"SELECT Id FROM Contact WHERE Id IN "_s + inList).isEmpty());
    const QJsonArray recycled = org.rows(
        u"SELECT Id, IsDeleted, MasterRecordId, SystemModstamp FROM Contact WHERE Id IN "_s +
            inList,
        true);
    ASSERT_EQ(recycled.size(), 2);
    for (const QJsonValue &row : recycled) {
        EXPECT_TRUE(row[u"IsDeleted"_s].toBool());
        EXPECT_EQ(row[u"MasterRecordId"_s].toString(), master);
        EXPECT_EQ(row[u"SystemModstamp"_s].toString(), stampOf(t0.addSecs(30)));
    }
    EXPECT_EQ(org.fetch(u"Contact"_s, master)[u"SystemModstamp"_s].toString(),
              stampOf(t0.addSecs(30)));

    const auto single = org.patchOne(u"Contact"_s, losers.first(), {{u"Title"_s, u"x"_s}});
    EXPECT_EQ(single.array()[0][u"errorCode"_s].toString(), u"ENTITY_IS_DELETED"_s);
    const auto batch = org.call(
        "PATCH", OrgUnderTest::data(u"composite/sobjects"_s),
        QJsonDocument(QJsonObject{{u"records"_s,
                                   QJsonArray{QJsonObject{
                                       {u"attributes"_s, QJsonObject{{u"type"_s, u"Contact"_s}}},
                                       {u"id"_s, losers.last()},
                                       {u"Title"_s, u"x"_s}}}}})
            .toJson());
    EXPECT_EQ(batch.array()[0][u"errors"_s][0][u"statusCode"_s].toString(), u"ENTITY_IS_DELETED"_s);
    EXPECT_EQ(batch.array()[0][u"errors"_s][0][u"message"_s].toString(), u"entity is deleted"_s);

    EXPECT_EQ(org.control(u"merge"_s, {{u"masterId"_s, master},
                                       {u"mergedIds"_s, QJsonArray{org.firstId(u"Lead"_s)}}})
                  .status(),
              400); // not the same object
}

TEST(SandboxRealOrg, HardDeleteAndEmptyRecycleBinLeaveNoTrace)
{
    RealOrg org;
    const QString gone = org.firstId(u"Contact"_s);
    const QString binned = org.firstId(u"Contact"_s, 1);
    ASSERT_EQ(org.control(u"hard-delete"_s, {{u"ids"_s, QJsonArray{gone}}}).status(), 200);
    EXPECT_TRUE(org.rows(u"SELECT Id FROM Contact WHERE Id = '"_s + gone + u"'"_s, true).isEmpty());

    org.call("DELETE", OrgUnderTest::data(u"sobjects/Contact/"_s + binned));
    EXPECT_EQ(org.rows(u"SELECT Id FROM Contact WHERE Id = '"_s + binned + u"'"_s, true).size(), 1);
    const auto emptied = org.control(u"empty-recycle-bin"_s, {});
    EXPECT_EQ(emptied.object()[u"purged"_s].toInt(), 1);
    EXPECT_TRUE(
        org.rows(u"SELECT Id FROM Contact WHERE Id = '"_s + binned + u"'"_s, true).isEmpty());
    const QString window = u"sobjects/Contact/deleted/?start=2026-11-01T00:00:00Z&end="
                           u"2026-11-03T00:00:00Z"_s;
    org.org().clock().advance(120);
    EXPECT_TRUE(
        org.get(OrgUnderTest::data(window)).object()[u"deletedRecords"_s].toArray().isEmpty());
}

TEST(SandboxRealOrg, LockedRowsFailPerRecordAndChangeNothing)
{
    RealOrg org;
    const QString id = org.firstId(u"Contact"_s);
    const QString title = org.fetch(u"Contact"_s, id)[u"Title"_s].toString();
    ASSERT_EQ(org.control(u"lock-rows"_s, {{u"rate"_s, 1.0}}).status(), 200);
    const auto single = org.patchOne(u"Contact"_s, id, {{u"Title"_s, u"Locked out"_s}});
    EXPECT_EQ(single.status(), 400);
    EXPECT_EQ(single.array()[0][u"errorCode"_s].toString(), u"UNABLE_TO_LOCK_ROW"_s);
    EXPECT_EQ(single.array()[0][u"message"_s].toString(),
              u"unable to obtain exclusive access to this record or 1 records: "_s + id);
    EXPECT_EQ(org.fetch(u"Contact"_s, id)[u"Title"_s].toString(), title);

    org.control(u"lock-rows"_s, {{u"rate"_s, 0.5}});
    int locked = 0;
    for (int i = 0; i < 200; ++i)
        if (org.patchOne(u"Contact"_s, id, {{u"Title"_s, u"Try"_s}}).status() == 400)
            ++locked;
    EXPECT_GT(locked, 60);
    EXPECT_LT(locked, 140);
    EXPECT_EQ(org.control(u"lock-rows"_s, {{u"rate"_s, 2}}).status(), 400);
}

TEST(SandboxRealOrg, CrmUsersSaveUnderTheirOwnIds)
{
    RealOrg org;
    CrmUsers &users = org.org().crmUsers();
    const QStringList ids = users.userIds();
    ASSERT_FALSE(ids.isEmpty());
    EXPECT_FALSE(ids.contains(org.integrationUser()));
    QString touched;
    QObject::connect(&users, &CrmUsers::recordTouched,
                     [&](const QString &, const QString &id) { touched = id; });
    QSet<QString> editors;
    for (int i = 0; i < 60; ++i) {
        touched.clear();
        if (!users.act() || touched.isEmpty())
            continue;
        const QJsonObject *row = org.org().store().find(touched);
        ASSERT_TRUE(row);
        editors.insert(row->value(u"LastModifiedById"_s).toString());
    }
    for (const QString &editor : editors)
        EXPECT_TRUE(ids.contains(editor)) << editor.toStdString();
    EXPECT_GT(editors.size(), 1);
}

TEST(SandboxRealOrg, CrmUsersEditSyncDesksRecordsAndFieldsAtTheSetShare)
{
    RealOrg org;
    const auto created = org.post(OrgUnderTest::data(u"sobjects/Contact/"_s),
                                  QJsonDocument(QJsonObject{{u"LastName"_s, u"Synced"_s},
                                                            {u"SyncDesk_Id__c"_s, u"sd-1-1"_s}}));
    const QString id = created.object()[u"id"_s].toString();
    ASSERT_EQ(org.control(u"simulation"_s, {{u"userEditsSyncedShare"_s, 1.0}}).status(), 200);
    const QStringList synced{u"FirstName"_s, u"LastName"_s, u"Email"_s,           u"Phone"_s,
                             u"Title"_s,     u"Name"_s,     u"LastModifiedById"_s};
    for (int i = 0; i < 20; ++i) {
        const QJsonObject before = *org.org().store().find(id);
        org.org().clock().advance(1);
        ASSERT_TRUE(org.org().crmUsers().act());
        const QJsonObject after = *org.org().store().find(id);
        EXPECT_NE(after[u"SystemModstamp"_s], before[u"SystemModstamp"_s]);
        for (auto field = after.begin(); field != after.end(); ++field)
            if (field.value() != before.value(field.key()) && !field.key().endsWith(u"Date"_s) &&
                field.key() != u"SystemModstamp"_s)
                EXPECT_TRUE(synced.contains(field.key())) << field.key().toStdString();
    }
    EXPECT_NE(org.org().store().find(id)->value(u"LastModifiedById"_s).toString(),
              org.integrationUser());
}

TEST(SandboxRealOrg, MeterListsTheCallsCounted)
{
    RealOrg org;
    const int before = org.used();
    for (int i = 0; i < 3; ++i)
        org.get(OrgUnderTest::data(u"limits"_s));
    const QJsonObject meter = org.call("GET", u"/_sandbox/meter"_s, {}, false).object();
    EXPECT_EQ(meter[u"used"_s].toInt(), before + 3);
    int total = 0;
    for (const QJsonValue &hour : meter[u"byHour"_s].toArray())
        total += hour[u"calls"_s].toInt();
    EXPECT_EQ(total, before + 3);
    EXPECT_EQ(meter[u"max"_s].toInt(), 15000);
}
