// /composite: references between subrequests, limits, allOrNone, one call.
#include "org_under_test.h"

#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject subrequest(const QString &method, const QString &url, const QString &referenceId,
                       const QJsonObject &body = {})
{
    QJsonObject request{{u"method"_s, method}, {u"url"_s, url}, {u"referenceId"_s, referenceId}};
    if (!body.isEmpty())
        request.insert(u"body"_s, body);
    return request;
}

QJsonDocument composite(const QJsonArray &requests, bool allOrNone = false)
{
    return QJsonDocument(
        QJsonObject{{u"allOrNone"_s, allOrNone}, {u"compositeRequest"_s, requests}});
}

} // namespace

TEST(SandboxComposite, LaterSubrequestsUseEarlierResultsAndTheWholeCountsOnce)
{
    OrgUnderTest org;
    const int before = org.used();
    const auto answer = org.post(
        OrgUnderTest::data(u"composite"_s),
        composite(
            {subrequest(u"POST"_s, OrgUnderTest::data(u"sobjects/Account"_s), u"NewAccount"_s,
                        {{u"Name"_s, u"Composite Co"_s}}),
             subrequest(u"POST"_s, OrgUnderTest::data(u"sobjects/Contact"_s), u"NewContact"_s,
                        {{u"LastName"_s, u"Linked"_s}, {u"AccountId"_s, u"@{NewAccount.id}"_s}}),
             subrequest(u"GET"_s,
                        OrgUnderTest::data(u"sobjects/Contact/@{NewContact.id}?fields=AccountId"_s),
                        u"ReadBack"_s)}));
    ASSERT_EQ(answer.status(), 200) << answer.response.body.constData();
    EXPECT_EQ(org.used(), before + 1);
    const QJsonArray results = answer.object()[u"compositeResponse"_s].toArray();
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results[0][u"httpStatusCode"_s].toInt(), 201);
    EXPECT_TRUE(results[0][u"httpHeaders"_s][u"Location"_s].toString().contains(
        u"/sobjects/Account/001"_s));
    EXPECT_EQ(results[1][u"httpStatusCode"_s].toInt(), 201);
    EXPECT_EQ(results[2][u"body"_s][u"AccountId"_s], results[0][u"body"_s][u"id"_s]);
    const QStringList differences = shapeDifferences(
        loadFixture(u"apache-camel/composite_response_example_success.json"_s).object(),
        answer.object());
    EXPECT_TRUE(differences.isEmpty()) << qPrintable(differences.join(u'\n'));
}

TEST(SandboxComposite, AllOrNoneRollsBackAndHaltsTheRest)
{
    OrgUnderTest org;
    const qsizetype accounts = org.org().store().count(u"Account"_s);
    const auto answer =
        org.post(OrgUnderTest::data(u"composite"_s),
                 composite({subrequest(u"POST"_s, OrgUnderTest::data(u"sobjects/Account"_s),
                                       u"Good"_s, {{u"Name"_s, u"Rolled Back Inc"_s}}),
                            subrequest(u"POST"_s, OrgUnderTest::data(u"sobjects/Account"_s),
                                       u"Bad"_s, {{u"Nope__c"_s, 1}}),
                            subrequest(u"GET"_s, OrgUnderTest::data(u"limits"_s), u"Never"_s)},
                           true));
    ASSERT_EQ(answer.status(), 200);
    const QJsonArray results = answer.object()[u"compositeResponse"_s].toArray();
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results[0][u"body"_s][0][u"errorCode"_s].toString(), u"PROCESSING_HALTED"_s);
    EXPECT_EQ(results[1][u"body"_s][0][u"errorCode"_s].toString(), u"INVALID_FIELD"_s);
    EXPECT_EQ(results[2][u"body"_s][0][u"errorCode"_s].toString(), u"PROCESSING_HALTED"_s);
    EXPECT_EQ(org.org().store().count(u"Account"_s), accounts);
    EXPECT_TRUE(shapeDifferences(
                    loadFixture(u"apache-camel/composite_response_example_failure.json"_s).object(),
                    answer.object())
                    .isEmpty());
}

TEST(SandboxComposite, UnresolvableReferenceHaltsOnlyItsSubrequest)
{
    OrgUnderTest org;
    const auto answer = org.post(
        OrgUnderTest::data(u"composite"_s),
        composite(
            {subrequest(u"GET"_s, OrgUnderTest::data(u"sobjects/Contact/@{Missing.id}"_s), u"A"_s),
             subrequest(u"GET"_s, OrgUnderTest::data(u"limits"_s), u"B"_s)}));
    const QJsonArray results = answer.object()[u"compositeResponse"_s].toArray();
    EXPECT_EQ(results[0][u"httpStatusCode"_s].toInt(), 400);
    EXPECT_EQ(results[0][u"body"_s][0][u"errorCode"_s].toString(), u"PROCESSING_HALTED"_s);
    EXPECT_EQ(results[1][u"httpStatusCode"_s].toInt(), 200);
}

TEST(SandboxComposite, EnforcesSubrequestLimits)
{
    OrgUnderTest org;
    QJsonArray tooMany;
    for (int i = 0; i < 26; ++i)
        tooMany.append(
            subrequest(u"GET"_s, OrgUnderTest::data(u"limits"_s), u"r"_s + QString::number(i)));
    EXPECT_EQ(org.post(OrgUnderTest::data(u"composite"_s), composite(tooMany)).status(), 400);

    QJsonArray sixQueries;
    for (int i = 0; i < 6; ++i)
        sixQueries.append(subrequest(u"GET"_s,
                                     OrgUnderTest::data(u"query?q=SELECT+Id+FROM+Lead+LIMIT+1"_s),
                                     u"q"_s + QString::number(i)));
    EXPECT_EQ(org.post(OrgUnderTest::data(u"composite"_s), composite(sixQueries)).status(), 400);
    sixQueries.removeLast();
    const auto five = org.post(OrgUnderTest::data(u"composite"_s), composite(sixQueries));
    EXPECT_EQ(five.status(), 200);
    EXPECT_EQ(five.object()[u"compositeResponse"_s][4][u"body"_s][u"totalSize"_s].toInt(), 1);
}
