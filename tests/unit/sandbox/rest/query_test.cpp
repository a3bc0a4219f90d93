// /query and /queryAll: paging behind nextRecordsUrl, deleted rows, errors.
#include "org_under_test.h"

#include <QSet>
#include <QUrl>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString queryPath(const QString &resource, const QString &soql)
{
    return OrgUnderTest::data(resource) + u"?q="_s +
           QString::fromLatin1(QUrl::toPercentEncoding(soql));
}

} // namespace

TEST(SandboxQuery, LargeResultsComeInPagesOf2000EachCostingOneCall)
{
    OrgUnderTest org;
    const int before = org.used();
    auto page = org.get(queryPath(u"query"_s, u"SELECT Id, LastName FROM Contact"_s));
    ASSERT_EQ(page.status(), 200);
    EXPECT_EQ(page.object()[u"totalSize"_s].toInt(), 4500);
    QSet<QString> ids;
    QList<int> pageSizes;
    while (true) {
        const QJsonObject body = page.object();
        const QJsonArray records = body[u"records"_s].toArray();
        pageSizes.append(int(records.size()));
        for (const QJsonValue &record : records)
            ids.insert(record[u"Id"_s].toString());
        if (body[u"done"_s].toBool()) {
            EXPECT_FALSE(body.contains(u"nextRecordsUrl"_s));
            break;
        }
        const QString next = body[u"nextRecordsUrl"_s].toString();
        ASSERT_TRUE(next.startsWith(u"/services/data/v62.0/query/01g"_s)) << qPrintable(next);
        page = org.get(next);
        ASSERT_EQ(page.status(), 200);
    }
    EXPECT_EQ(pageSizes, (QList<int>{2000, 2000, 500}));
    EXPECT_EQ(ids.size(), 4500);
    EXPECT_EQ(org.used(), before + 3);
}

TEST(SandboxQuery, PagesMatchTheFixtureShape)
{
    OrgUnderTest org;
    const auto first = org.get(queryPath(u"query"_s, u"SELECT Id, LastName FROM Contact"_s));
    const QJsonObject fixture =
        loadFixture(u"restforce/query_paginated_first_page_response.json"_s).object();
    QJsonObject expected = fixture;
    // The fixture's record has a custom field; compare the envelope and attributes.
    QJsonArray records{QJsonObject{{u"attributes"_s, fixture[u"records"_s][0][u"attributes"_s]}}};
    expected[u"records"_s] = records;
    EXPECT_TRUE(shapeDifferences(expected, first.object()).isEmpty())
        << qPrintable(shapeDifferences(expected, first.object()).join(u'\n'));
    const auto empty = org.get(
        queryPath(u"query"_s, u"SELECT Id FROM Contact WHERE LastName = 'Nobody-At-All'"_s));
    EXPECT_EQ(empty.json, loadFixture(u"restforce/query_empty_response.json"_s));
}

TEST(SandboxQuery, UnknownLocatorIsRefused)
{
    OrgUnderTest org;
    const auto answer = org.get(OrgUnderTest::data(u"query/01g5g0000000999AAA-2000"_s));
    EXPECT_EQ(answer.status(), 400);
    EXPECT_EQ(answer.array()[0][u"errorCode"_s].toString(), u"INVALID_QUERY_LOCATOR"_s);
}

TEST(SandboxQuery, QueryAllAlsoSeesDeletedRecords)
{
    OrgUnderTest org;
    const auto lead = org.get(queryPath(u"query"_s, u"SELECT Id FROM Lead LIMIT 1"_s));
    const QString id = lead.object()[u"records"_s][0][u"Id"_s].toString();
    ASSERT_EQ(org.call("DELETE", OrgUnderTest::data(u"sobjects/Lead/"_s + id)).status(), 204);

    const QString soql = u"SELECT Id, IsDeleted FROM Lead WHERE Id = '"_s + id + u"'"_s;
    EXPECT_EQ(org.get(queryPath(u"query"_s, soql)).object()[u"totalSize"_s].toInt(), 0);
    const auto all = org.get(queryPath(u"queryAll"_s, soql));
    ASSERT_EQ(all.object()[u"totalSize"_s].toInt(), 1);
    EXPECT_TRUE(all.object()[u"records"_s][0][u"IsDeleted"_s].toBool());
}

TEST(SandboxQuery, QueryAllPagesContinueUnderQueryAll)
{
    OrgUnderTest org;
    const auto first = org.get(queryPath(u"queryAll"_s, u"SELECT Id FROM Contact"_s));
    const QString next = first.object()[u"nextRecordsUrl"_s].toString();
    EXPECT_TRUE(next.startsWith(u"/services/data/v62.0/queryAll/"_s)) << qPrintable(next);
    EXPECT_EQ(org.get(next).status(), 200);
}

TEST(SandboxQuery, BadSoqlGetsSalesforceErrorsWithoutCrashing)
{
    OrgUnderTest org;
    const auto malformed = org.get(queryPath(u"query"_s, u"SELECT Id FROM Contact WHERE"_s));
    EXPECT_EQ(malformed.status(), 400);
    EXPECT_EQ(malformed.array()[0][u"errorCode"_s].toString(), u"MALFORMED_QUERY"_s);
    const auto field = org.get(queryPath(u"query"_s, u"SELECT Id, Foo FROM Contact"_s));
    EXPECT_EQ(field.array()[0][u"errorCode"_s].toString(), u"INVALID_FIELD"_s);
    const auto type = org.get(queryPath(u"query"_s, u"SELECT Id FROM Whizbang"_s));
    EXPECT_EQ(type.array()[0][u"errorCode"_s].toString(), u"INVALID_TYPE"_s);
    EXPECT_EQ(org.get(OrgUnderTest::data(u"query"_s)).status(), 400);
}

TEST(SandboxQuery, WatermarkQueryReturnsOnlyLaterChanges)
{
    OrgUnderTest org;
    org.org().clock().advance(60);
    const QString mark = org.org().clock().now().toUTC().toString(Qt::ISODate);
    const auto account = org.get(queryPath(u"query"_s, u"SELECT Id FROM Account LIMIT 1"_s));
    const QString id = account.object()[u"records"_s][0][u"Id"_s].toString();
    org.org().clock().advance(5);
    ASSERT_EQ(org.patch(OrgUnderTest::data(u"sobjects/Account/"_s + id),
                        QJsonDocument(QJsonObject{{u"Phone"_s, u"+1 415 555 0100"_s}}))
                  .status(),
              204);
    const auto changed =
        org.get(queryPath(u"query"_s, u"SELECT Id, Phone FROM Account WHERE SystemModstamp > "_s +
                                          mark + u" ORDER BY SystemModstamp"_s));
    ASSERT_EQ(changed.object()[u"totalSize"_s].toInt(), 1);
    EXPECT_EQ(changed.object()[u"records"_s][0][u"Id"_s].toString(), id);
    EXPECT_EQ(changed.object()[u"records"_s][0][u"Phone"_s].toString(), u"+1 415 555 0100"_s);
}

TEST(SandboxQuery, RecordsAreWrittenInSalesforcesKeyOrder)
{
    OrgUnderTest org;
    const auto page = org.get(queryPath(
        u"query"_s,
        u"SELECT LastName, Id, Account.Name, FirstName FROM Contact WHERE AccountId != null LIMIT 1"_s));
    ASSERT_EQ(page.status(), 200);
    const QByteArray body = page.response.body;
    EXPECT_TRUE(
        body.startsWith(R"({"totalSize":1,"done":true,"records":[{"attributes":{"type":"Contact")"))
        << body.constData();
    const qsizetype lastName = body.indexOf(R"("LastName":)");
    const qsizetype id = body.indexOf(R"("Id":)");
    const qsizetype account = body.indexOf(R"("Account":{"attributes")");
    const qsizetype firstName = body.indexOf(R"("FirstName":)");
    EXPECT_TRUE(lastName > 0 && lastName < id && id < account && account < firstName)
        << body.constData();
    // Reordering changes nothing a JSON reader sees.
    EXPECT_EQ(page.object()[u"records"_s][0][u"Account"_s][u"Name"_s].isString(), true);
}
