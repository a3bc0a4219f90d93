// sObject Collections: 200 records a call, per-record results, allOrNone.
#include "org_under_test.h"

#include <QUrl>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject contact(const QString &lastName)
{
    return QJsonObject{{u"attributes"_s, QJsonObject{{u"type"_s, u"Contact"_s}}},
                       {u"LastName"_s, lastName}};
}

QJsonDocument records(const QJsonArray &list, bool allOrNone = false)
{
    return QJsonDocument(QJsonObject{{u"allOrNone"_s, allOrNone}, {u"records"_s, list}});
}

QStringList contactIds(OrgUnderTest &org, int count)
{
    const auto page = org.get(OrgUnderTest::data(
        u"query?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(
                            u"SELECT Id FROM Contact LIMIT "_s + QString::number(count)))));
    QStringList ids;
    for (const QJsonValue &record : page.object()[u"records"_s].toArray())
        ids.append(record[u"Id"_s].toString());
    return ids;
}

} // namespace

TEST(SandboxCollections, TwoHundredRecordsCostOneCall)
{
    OrgUnderTest org;
    QJsonArray list;
    for (int i = 0; i < 200; ++i)
        list.append(contact(u"Batch"_s + QString::number(i)));
    const int before = org.used();
    const auto answer = org.post(OrgUnderTest::data(u"composite/sobjects"_s), records(list));
    ASSERT_EQ(answer.status(), 200);
    EXPECT_EQ(answer.array().size(), 200);
    EXPECT_EQ(org.used(), before + 1);
    for (const QJsonValue &result : answer.array())
        ASSERT_TRUE(result[u"success"_s].toBool());
    EXPECT_TRUE(shapeDifferences(
                    loadFixture(u"restforce/composite_sobjects_success_response.json"_s).array(),
                    answer.array())
                    .isEmpty());
    list.append(contact(u"OneTooMany"_s));
    const auto tooMany = org.post(OrgUnderTest::data(u"composite/sobjects"_s), records(list));
    EXPECT_EQ(tooMany.status(), 400);
    EXPECT_EQ(tooMany.array()[0][u"errorCode"_s].toString(), u"EXCEEDED_ID_LIMIT"_s);
}

TEST(SandboxCollections, FailedRecordsReportStatusCodesWhileOthersSucceed)
{
    OrgUnderTest org;
    QJsonObject tooLong = contact(QString(81, u'x'));
    QJsonObject readOnly = contact(u"Fine"_s);
    readOnly.insert(u"CreatedDate"_s, u"2020-01-01T00:00:00Z"_s);
    QJsonObject noLastName = contact(u"x"_s);
    noLastName.remove(u"LastName"_s);
    const auto answer = org.post(OrgUnderTest::data(u"composite/sobjects"_s),
                                 records({contact(u"Good"_s), tooLong, readOnly, noLastName}));
    ASSERT_EQ(answer.status(), 200);
    const QJsonArray results = answer.array();
    EXPECT_TRUE(results[0][u"success"_s].toBool());
    EXPECT_EQ(results[1][u"errors"_s][0][u"statusCode"_s].toString(), u"STRING_TOO_LONG"_s);
    EXPECT_EQ(results[2][u"errors"_s][0][u"statusCode"_s].toString(),
              u"INVALID_FIELD_FOR_INSERT_UPDATE"_s);
    EXPECT_EQ(results[3][u"errors"_s][0][u"statusCode"_s].toString(), u"REQUIRED_FIELD_MISSING"_s);
    EXPECT_FALSE(results[3][u"errors"_s][0].toObject().contains(u"errorCode"_s));
}

TEST(SandboxCollections, AllOrNoneRollsBackEveryRecord)
{
    OrgUnderTest org;
    const qsizetype before = org.org().store().count(u"Contact"_s);
    QJsonObject bad = contact(u"x"_s);
    bad.remove(u"LastName"_s);
    const auto answer = org.post(OrgUnderTest::data(u"composite/sobjects"_s),
                                 records({contact(u"Kept?"_s), bad, contact(u"Never"_s)}, true));
    ASSERT_EQ(answer.status(), 200);
    const QJsonArray results = answer.array();
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results[0][u"errors"_s][0][u"statusCode"_s].toString(),
              u"ALL_OR_NONE_OPERATION_ROLLED_BACK"_s);
    EXPECT_EQ(results[1][u"errors"_s][0][u"statusCode"_s].toString(), u"REQUIRED_FIELD_MISSING"_s);
    EXPECT_EQ(org.org().store().count(u"Contact"_s), before);
}

TEST(SandboxCollections, UpdateDeleteAndRetrieve)
{
    OrgUnderTest org;
    const QStringList ids = contactIds(org, 3);
    QJsonArray updates;
    for (const QString &id : ids)
        updates.append(QJsonObject{{u"attributes"_s, QJsonObject{{u"type"_s, u"Contact"_s}}},
                                   {u"Id"_s, id},
                                   {u"Title"_s, u"Director"_s}});
    const auto updated = org.patch(OrgUnderTest::data(u"composite/sobjects"_s), records(updates));
    for (const QJsonValue &result : updated.array())
        EXPECT_TRUE(result[u"success"_s].toBool());

    const auto retrieved = org.get(OrgUnderTest::data(u"composite/sobjects/Contact?ids="_s +
                                                      ids.join(u',') + u"&fields=Id,Title"_s));
    ASSERT_EQ(retrieved.array().size(), 3);
    for (const QJsonValue &record : retrieved.array())
        EXPECT_EQ(record[u"Title"_s].toString(), u"Director"_s);

    const auto deleted =
        org.call("DELETE", OrgUnderTest::data(u"composite/sobjects?ids="_s + ids.join(u',')));
    for (const QJsonValue &result : deleted.array())
        EXPECT_TRUE(result[u"success"_s].toBool());
    EXPECT_TRUE(
        shapeDifferences(
            loadFixture(u"restforce/composite_sobjects_destroy_success_response.json"_s).array(),
            deleted.array())
            .isEmpty());
    const auto noIds = org.call("DELETE", OrgUnderTest::data(u"composite/sobjects"_s));
    EXPECT_EQ(noIds.json,
              loadFixture(u"restforce/composite_sobjects_destroy_bad_request_response.json"_s));
}

TEST(SandboxCollections, UpsertOnExternalIdReportsCreated)
{
    OrgUnderTest org;
    QJsonArray list;
    for (int i = 0; i < 3; ++i) {
        QJsonObject record = contact(u"Upserted"_s);
        record.insert(u"SyncDesk_Id__c"_s, QString(u"ext-"_s + QString::number(i)));
        list.append(record);
    }
    const QString path = OrgUnderTest::data(u"composite/sobjects/Contact/SyncDesk_Id__c"_s);
    const auto first = org.patch(path, records(list));
    ASSERT_EQ(first.status(), 200) << first.response.body.constData();
    for (const QJsonValue &result : first.array())
        EXPECT_TRUE(result[u"created"_s].toBool());
    const auto second = org.patch(path, records(list));
    for (const QJsonValue &result : second.array()) {
        EXPECT_TRUE(result[u"success"_s].toBool());
        EXPECT_FALSE(result[u"created"_s].toBool());
    }
}
