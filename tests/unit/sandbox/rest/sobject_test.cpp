// /sobjects: describe, single rows, upsert by external id, updated/deleted.
#include "org_under_test.h"

#include <QLocale>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonDocument json(const QJsonObject &object)
{
    return QJsonDocument(object);
}

} // namespace

TEST(SandboxSObjects, CreateReadUpdateDeleteOneContact)
{
    OrgUnderTest org;
    const auto created =
        org.post(OrgUnderTest::data(u"sobjects/Contact/"_s),
                 json({{u"LastName"_s, u"Okafor"_s}, {u"Email"_s, u"ada@example.com"_s}}));
    ASSERT_EQ(created.status(), 201) << created.response.body.constData();
    EXPECT_TRUE(shapeDifferences(loadFixture(u"restforce/create_success_response.json"_s).object(),
                                 created.object())
                    .isEmpty());
    const QString id = created.object()[u"id"_s].toString();
    EXPECT_TRUE(id.startsWith(u"003"_s));
    EXPECT_EQ(id.size(), 18);

    const auto read =
        org.get(OrgUnderTest::data(u"sobjects/Contact/"_s + id + u"?fields=LastName,Email"_s));
    EXPECT_EQ(read.object()[u"LastName"_s].toString(), u"Okafor"_s);
    EXPECT_FALSE(read.object().contains(u"FirstName"_s));

    EXPECT_EQ(
        org.patch(OrgUnderTest::data(u"sobjects/Contact/"_s + id), json({{u"Title"_s, u"CFO"_s}}))
            .status(),
        204);
    EXPECT_EQ(
        org.get(OrgUnderTest::data(u"sobjects/Contact/"_s + id)).object()[u"Title"_s].toString(),
        u"CFO"_s);
    // A 15-character id reaches the same record.
    EXPECT_EQ(org.get(OrgUnderTest::data(u"sobjects/Contact/"_s + id.left(15))).status(), 200);

    EXPECT_EQ(org.call("DELETE", OrgUnderTest::data(u"sobjects/Contact/"_s + id)).status(), 204);
    EXPECT_EQ(org.get(OrgUnderTest::data(u"sobjects/Contact/"_s + id)).status(), 404);
}

TEST(SandboxSObjects, InvalidWritesAnswerWithErrorArrays)
{
    OrgUnderTest org;
    const auto missing =
        org.post(OrgUnderTest::data(u"sobjects/Contact/"_s), json({{u"FirstName"_s, u"Ada"_s}}));
    EXPECT_EQ(missing.status(), 400);
    EXPECT_EQ(missing.array()[0][u"errorCode"_s].toString(), u"REQUIRED_FIELD_MISSING"_s);
    const auto unknown = org.post(OrgUnderTest::data(u"sobjects/Contact/"_s),
                                  json({{u"LastName"_s, u"X"_s}, {u"foo"_s, 1}}));
    EXPECT_EQ(unknown.array()[0][u"errorCode"_s].toString(), u"INVALID_FIELD"_s);
    const auto broken =
        org.call("POST", OrgUnderTest::data(u"sobjects/Contact/"_s), "{\"LastName\":");
    EXPECT_EQ(broken.status(), 400);
    EXPECT_EQ(broken.array()[0][u"errorCode"_s].toString(), u"JSON_PARSER_ERROR"_s);
    EXPECT_EQ(org.post(OrgUnderTest::data(u"sobjects/Whizbang/"_s), json({})).status(), 404);
}

TEST(SandboxSObjects, DescribeHonoursIfModifiedSince)
{
    OrgUnderTest org;
    const auto describe = org.get(OrgUnderTest::data(u"sobjects/Account/describe/"_s));
    ASSERT_EQ(describe.status(), 200);
    EXPECT_EQ(describe.object()[u"keyPrefix"_s].toString(), u"001"_s);
    const QByteArray lastModified = describe.response.header("Last-Modified");
    ASSERT_FALSE(lastModified.isEmpty());
    const auto unchanged = org.call("GET", OrgUnderTest::data(u"sobjects/Account/describe/"_s), {},
                                    true, {{"if-modified-since", lastModified}});
    EXPECT_EQ(unchanged.status(), 304);
    EXPECT_TRUE(unchanged.response.body.isEmpty());
    const auto stale = org.call("GET", OrgUnderTest::data(u"sobjects/Account/describe/"_s), {},
                                true, {{"if-modified-since", "Mon, 01 Jan 2024 00:00:00 GMT"}});
    EXPECT_EQ(stale.status(), 200);
}

TEST(SandboxSObjects, UpsertByExternalIdCreatesThenUpdates)
{
    OrgUnderTest org;
    const QString path = OrgUnderTest::data(u"sobjects/Contact/SyncDesk_Id__c/person-42"_s);
    const auto created = org.patch(path, json({{u"LastName"_s, u"Nakamura"_s}}));
    ASSERT_EQ(created.status(), 201) << created.response.body.constData();
    EXPECT_TRUE(created.object()[u"created"_s].toBool());
    const auto updated = org.patch(path, json({{u"LastName"_s, u"Nakamura-Reyes"_s}}));
    EXPECT_EQ(updated.status(), 200);
    EXPECT_FALSE(updated.object()[u"created"_s].toBool());
    EXPECT_EQ(updated.object()[u"id"_s], created.object()[u"id"_s]);
    EXPECT_EQ(org.get(path).object()[u"LastName"_s].toString(), u"Nakamura-Reyes"_s);

    const auto badField = org.patch(OrgUnderTest::data(u"sobjects/Contact/Namez/x"_s), json({}));
    EXPECT_EQ(badField.status(), 404);
    EXPECT_EQ(badField.array()[0][u"message"_s].toString(),
              u"Provided external ID field does not exist or is not accessible: Namez"_s);
}

TEST(SandboxSObjects, UpsertOnAnAmbiguousExternalIdAnswers300)
{
    OrgUnderTest org;
    for (const QString &name : {u"One"_s, u"Two"_s}) {
        const auto created =
            org.post(OrgUnderTest::data(u"sobjects/Contact/"_s),
                     json({{u"LastName"_s, name}, {u"SyncDesk_Id__c"_s, u"dup"_s}}));
        ASSERT_EQ(created.status(), 201);
    }
    const auto ambiguous = org.patch(OrgUnderTest::data(u"sobjects/Contact/SyncDesk_Id__c/dup"_s),
                                     json({{u"Title"_s, u"x"_s}}));
    EXPECT_EQ(ambiguous.status(), 300);
    EXPECT_EQ(ambiguous.array().size(), 2);
}

TEST(SandboxSObjects, UpdatedAndDeletedListChangesInTheWindow)
{
    OrgUnderTest org;
    const QDateTime start = org.org().clock().now().addSecs(-60);
    const auto created = org.post(OrgUnderTest::data(u"sobjects/Lead/"_s),
                                  json({{u"LastName"_s, u"Ito"_s}, {u"Company"_s, u"Kappa"_s}}));
    const QString id = created.object()[u"id"_s].toString();
    org.org().clock().advance(120);
    const QString range = u"?start="_s + start.toString(Qt::ISODate) + u"&end="_s +
                          org.org().clock().now().toString(Qt::ISODate);
    const auto updated = org.get(OrgUnderTest::data(u"sobjects/Lead/updated/"_s + range));
    ASSERT_EQ(updated.status(), 200) << updated.response.body.constData();
    EXPECT_TRUE(updated.object()[u"ids"_s].toArray().contains(id));
    EXPECT_TRUE(
        shapeDifferences(loadFixture(u"restforce/get_updated_success_response.json"_s).object(),
                         updated.object())
            .isEmpty());

    ASSERT_EQ(org.call("DELETE", OrgUnderTest::data(u"sobjects/Lead/"_s + id)).status(), 204);
    org.org().clock().advance(120);
    const QString later = u"?start="_s + start.toString(Qt::ISODate) + u"&end="_s +
                          org.org().clock().now().toString(Qt::ISODate);
    const auto deleted = org.get(OrgUnderTest::data(u"sobjects/Lead/deleted/"_s + later));
    ASSERT_EQ(deleted.status(), 200);
    EXPECT_EQ(deleted.object()[u"deletedRecords"_s][0][u"id"_s].toString(), id);
    EXPECT_TRUE(
        shapeDifferences(loadFixture(u"restforce/get_deleted_success_response.json"_s).object(),
                         deleted.object())
            .isEmpty());
    const auto tooOld = org.get(OrgUnderTest::data(
        u"sobjects/Lead/deleted/?start=2001-01-01T00:00:00Z&end=2001-01-02T00:00:00Z"_s));
    EXPECT_EQ(tooOld.array()[0][u"errorCode"_s].toString(), u"INVALID_REPLICATION_DATE"_s);
}
