// Queries naming their rows by Id or SyncDesk_Id__c, and upserts, read only
// the records they name. Their answers must be those of reading every record:
// each query here is compared with the same query ORed with a condition that
// matches nothing, which the store has to answer by reading every record.
#include "data/record_store.h"
#include "data/salesforce_id.h"
#include "limits/org_clock.h"
#include "org_under_test.h"

#include <QJsonArray>
#include <QUrl>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Result
{
    qint64 totalSize = 0;
    QJsonArray records; // every page's
};

// Runs a query and follows nextRecordsUrl to the end.
Result fullResult(OrgUnderTest &org, const QString &soql, bool all = false)
{
    const QString resource = all ? u"queryAll"_s : u"query"_s;
    auto page = org.get(OrgUnderTest::data(resource) + u"?q="_s +
                        QString::fromLatin1(QUrl::toPercentEncoding(soql)));
    Result result;
    EXPECT_EQ(page.status(), 200) << page.response.body.left(400).constData();
    result.totalSize = page.object()[u"totalSize"_s].toInteger();
    while (page.status() == 200) {
        for (const QJsonValue &record : page.object()[u"records"_s].toArray())
            result.records.append(record);
        if (page.object()[u"done"_s].toBool())
            break;
        page = org.get(page.object()[u"nextRecordsUrl"_s].toString());
    }
    return result;
}

// `select` + WHERE `condition` + `tail`, by key and by reading everything.
void expectSameAsFullRead(OrgUnderTest &org, const QString &select, const QString &condition,
                          const QString &tail = {}, bool all = false)
{
    const QString keyed = select + u" WHERE "_s + condition + tail;
    const QString scanned =
        select + u" WHERE ("_s + condition + u") OR (LastName = 'No-Such-Name-At-All')"_s + tail;
    const Result expected = fullResult(org, scanned, all);
    const Result actual = fullResult(org, keyed, all);
    EXPECT_EQ(actual.totalSize, expected.totalSize) << keyed.left(300).toStdString();
    EXPECT_EQ(actual.records, expected.records) << keyed.left(300).toStdString();
}

QString inList(const QStringList &values)
{
    return u"('"_s + values.join(u"','"_s) + u"')"_s;
}

QStringList contactIds(OrgUnderTest &org)
{
    QStringList ids;
    for (const QJsonValue &row : fullResult(org, u"SELECT Id FROM Contact"_s).records)
        ids.append(row[u"Id"_s].toString());
    return ids;
}

QString upsertPath(const QString &key)
{
    return OrgUnderTest::data(u"sobjects/Contact/SyncDesk_Id__c/"_s + key);
}

QJsonDocument fields(const QJsonObject &object)
{
    return QJsonDocument(object);
}

} // namespace

TEST(SandboxKeyedReads, IdInListsAnswerAsAFullRead)
{
    OrgUnderTest org;
    const QStringList all = contactIds(org);
    ASSERT_GT(all.size(), 2600);
    // More than a page of ids, out of order, some twice, some in 15-character
    // form, with ids of nothing and of another object.
    QStringList ids;
    for (qsizetype i = all.size() - 1; i >= 0 && ids.size() < 2300; i -= 1 + (i % 3 == 0))
        ids.append(i % 7 == 0 ? all[i].left(15) : all[i]);
    ids.append(all.mid(100, 20));
    ids.append(fullResult(org, u"SELECT Id FROM Account LIMIT 1"_s).records[0][u"Id"_s].toString());
    ids.append(salesforce_id::make(u"003", 999999));
    ASSERT_TRUE(org.org().store().remove(ids[5], org.org().clock().now()));
    ASSERT_TRUE(org.org().store().purge(ids[6]));

    const QString select = u"SELECT Id, LastName, Title, Account.Name FROM Contact"_s;
    const QString listed = u"Id IN "_s + inList(ids);
    expectSameAsFullRead(org, select, listed);
    expectSameAsFullRead(org, select, listed, {}, true);
    expectSameAsFullRead(org, select, listed + u" AND LastName LIKE 'S%'"_s);
    expectSameAsFullRead(org, select,
                         u"LastName != 'x' AND ("_s + listed + u" AND Title != null)"_s);
    expectSameAsFullRead(org, select, listed, u" ORDER BY LastName DESC, Id LIMIT 40 OFFSET 30"_s);
    expectSameAsFullRead(org, select, listed, u" LIMIT 2100"_s);
    expectSameAsFullRead(org, u"SELECT COUNT() FROM Contact"_s, listed);
    expectSameAsFullRead(org, select, u"Id = '"_s + all[42].left(15) + u"'"_s);
    expectSameAsFullRead(org, select, u"Id = '"_s + ids[5] + u"'"_s, {}, true);
    expectSameAsFullRead(org, select, u"Id NOT IN "_s + inList(ids.mid(0, 4000)));
}

TEST(SandboxKeyedReads, ExternalIdListsAnswerAsAFullReadIgnoringCase)
{
    OrgUnderTest org;
    const QStringList all = contactIds(org);
    RecordStore &store = org.org().store();
    const QDateTime now = org.org().clock().now();
    QStringList keys;
    for (qsizetype i = 0; i < 400; ++i) {
        const QString key = u"Sd-"_s + QString::number(i);
        ASSERT_TRUE(store.update(all[i * 7], {{u"SyncDesk_Id__c"_s, key}}, now));
        keys.append(i % 2 ? key.toUpper() : key.toLower());
    }
    // Two records share a value, one is deleted, one has its value cleared.
    ASSERT_TRUE(store.update(all[1], {{u"SyncDesk_Id__c"_s, u"sd-3"_s}}, now));
    ASSERT_TRUE(store.remove(all[14], now));
    ASSERT_TRUE(store.update(all[21], {{u"SyncDesk_Id__c"_s, QJsonValue::Null}}, now));
    keys.append(u"nobody-has-this"_s);

    const QString select = u"SELECT Id, LastName, SyncDesk_Id__c FROM Contact"_s;
    const QString listed = u"SyncDesk_Id__c IN "_s + inList(keys);
    expectSameAsFullRead(org, select, listed);
    expectSameAsFullRead(org, select, listed, {}, true);
    expectSameAsFullRead(org, select, listed + u" AND LastName > 'M'"_s, u" ORDER BY LastName"_s);
    expectSameAsFullRead(org, select, u"SyncDesk_Id__c = 'SD-3'"_s);
    expectSameAsFullRead(org, select, u"SyncDesk_Id__c = null"_s);

    // A long IN list is looked up by key; a chain of = compares one by one.
    QStringList equalities;
    for (const QString &key : keys.mid(0, 12))
        equalities.append(u"SyncDesk_Id__c = '"_s + key + u"'"_s);
    EXPECT_EQ(fullResult(org, select + u" WHERE SyncDesk_Id__c IN "_s + inList(keys.mid(0, 12)) +
                                  u" OR LastName = 'none'"_s)
                  .records,
              fullResult(org, select + u" WHERE "_s + equalities.join(u" OR "_s)).records);
}

TEST(SandboxKeyedReads, KeyedQueriesSeeWhatACommitDelayShows)
{
    OrgUnderTest org;
    const QStringList all = contactIds(org);
    RecordStore &store = org.org().store();
    ASSERT_TRUE(
        store.update(all[0], {{u"SyncDesk_Id__c"_s, u"before"_s}}, org.org().clock().now()));
    ASSERT_EQ(org.control(u"commit-delay"_s, {{u"seconds"_s, 5}}).status(), 200);
    ASSERT_EQ(org.patch(OrgUnderTest::data(u"sobjects/Contact/"_s + all[0]),
                        fields({{u"SyncDesk_Id__c"_s, u"after"_s}}))
                  .status(),
              204);
    ASSERT_EQ(org.call("DELETE", OrgUnderTest::data(u"sobjects/Contact/"_s + all[1])).status(),
              204);
    const auto created = org.patch(upsertPath(u"fresh"_s), fields({{u"LastName"_s, u"New"_s}}));
    ASSERT_EQ(created.status(), 201);
    const QString select = u"SELECT Id, SyncDesk_Id__c, IsDeleted FROM Contact"_s;
    const QString ids =
        u"Id IN "_s + inList({all[0], all[1], created.object()[u"id"_s].toString()});
    const QString keys = u"SyncDesk_Id__c IN ('BEFORE', 'after', 'fresh')"_s;
    for (int step = 0; step < 2; ++step) {
        for (const bool includeDeleted : {false, true}) {
            expectSameAsFullRead(org, select, ids, {}, includeDeleted);
            expectSameAsFullRead(org, select, keys, {}, includeDeleted);
        }
        org.org().clock().advance(5);
    }
}

TEST(SandboxKeyedReads, UpsertFollowsExternalIdChanges)
{
    OrgUnderTest org;
    const auto first = org.patch(upsertPath(u"p-1"_s), fields({{u"LastName"_s, u"First"_s}}));
    ASSERT_EQ(first.status(), 201);
    const QString id = first.object()[u"id"_s].toString();

    // Renamed: the old value is free, the new one finds the record in any case.
    ASSERT_EQ(org.patch(OrgUnderTest::data(u"sobjects/Contact/"_s + id),
                        fields({{u"SyncDesk_Id__c"_s, u"P-2"_s}}))
                  .status(),
              204);
    const auto renamed = org.patch(upsertPath(u"p-2"_s), fields({{u"Title"_s, u"Found"_s}}));
    EXPECT_EQ(renamed.status(), 200);
    EXPECT_EQ(renamed.object()[u"id"_s].toString(), id);
    const auto reused = org.patch(upsertPath(u"P-1"_s), fields({{u"LastName"_s, u"Second"_s}}));
    EXPECT_EQ(reused.status(), 201);
    EXPECT_NE(reused.object()[u"id"_s].toString(), id);

    // Cleared, then deleted: neither is found again.
    const auto other = org.patch(upsertPath(u"p-3"_s), fields({{u"LastName"_s, u"Third"_s}}));
    ASSERT_EQ(org.patch(OrgUnderTest::data(u"sobjects/Contact/"_s + id),
                        fields({{u"SyncDesk_Id__c"_s, QJsonValue::Null}}))
                  .status(),
              204);
    EXPECT_EQ(org.patch(upsertPath(u"p-2"_s), fields({{u"LastName"_s, u"Again"_s}})).status(), 201);
    ASSERT_EQ(org.call("DELETE", OrgUnderTest::data(u"sobjects/Contact/"_s +
                                                    other.object()[u"id"_s].toString()))
                  .status(),
              204);
    EXPECT_EQ(org.get(upsertPath(u"p-3"_s)).status(), 404);
    EXPECT_EQ(org.patch(upsertPath(u"p-3"_s), fields({{u"LastName"_s, u"Anew"_s}})).status(), 201);
    EXPECT_EQ(fullResult(org, u"SELECT Id FROM Contact WHERE SyncDesk_Id__c = 'p-3'"_s, true)
                  .records.size(),
              2);
}

TEST(SandboxKeyedReads, RolledBackUpsertsLeaveNoKeysBehind)
{
    OrgUnderTest org;
    ASSERT_EQ(org.patch(upsertPath(u"keep"_s), fields({{u"LastName"_s, u"Kept"_s}})).status(), 201);
    QJsonArray records;
    for (const QString &key : {u"q-1"_s, u"KEEP"_s}) {
        records.append(QJsonObject{{u"attributes"_s, QJsonObject{{u"type"_s, u"Contact"_s}}},
                                   {u"SyncDesk_Id__c"_s, key},
                                   {u"LastName"_s, u"Batch"_s}});
    }
    // The third record has no LastName: all or none, so nothing stays.
    records.append(QJsonObject{{u"attributes"_s, QJsonObject{{u"type"_s, u"Contact"_s}}},
                               {u"SyncDesk_Id__c"_s, u"q-2"_s}});
    const auto batch = org.patch(OrgUnderTest::data(u"composite/sobjects/Contact/SyncDesk_Id__c"_s),
                                 fields({{u"allOrNone"_s, true}, {u"records"_s, records}}));
    ASSERT_EQ(batch.status(), 200);
    ASSERT_FALSE(batch.array()[0][u"success"_s].toBool());
    EXPECT_EQ(org.get(upsertPath(u"q-1"_s)).status(), 404);
    EXPECT_EQ(org.get(upsertPath(u"keep"_s)).object()[u"LastName"_s].toString(), u"Kept"_s);
    EXPECT_EQ(org.patch(upsertPath(u"Q-1"_s), fields({{u"LastName"_s, u"Later"_s}})).status(), 201);
    EXPECT_EQ(org.patch(upsertPath(u"q-1"_s), fields({{u"Title"_s, u"Once"_s}})).status(), 200);
}
