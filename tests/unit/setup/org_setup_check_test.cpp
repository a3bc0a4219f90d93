// The org set-up check: what it finds missing in describes, how it reads a refused API,
// and the real thing against the sandbox org with and without SyncDesk's custom fields.
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "signed_in_sandbox.h"
#include "sync/default_field_mappings.h"
#include "sync/org_setup_check.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;
using Kind = OrgSetupProblem::Kind;

namespace {

QJsonObject field(const QString &name, bool updateable = true, bool createable = true)
{
    return QJsonObject{{u"name"_s, name},
                       {u"type"_s, u"string"_s},
                       {u"length"_s, 80},
                       {u"updateable"_s, updateable},
                       {u"createable"_s, createable},
                       {u"externalId"_s, false},
                       {u"unique"_s, false}};
}

QJsonObject syncDeskId(const QString &name, bool externalId = true, bool unique = true,
                       int length = 64)
{
    QJsonObject f = field(name);
    f[u"externalId"_s] = externalId;
    f[u"unique"_s] = unique;
    f[u"length"_s] = length;
    return f;
}

QJsonObject describe(const QList<QJsonObject> &fields, bool queryable = true)
{
    QJsonArray list;
    for (const QJsonObject &f : fields)
        list.append(f);
    return QJsonObject{{u"queryable"_s, queryable},
                       {u"createable"_s, true},
                       {u"updateable"_s, true},
                       {u"fields"_s, list}};
}

QJsonObject task(bool withSyncDeskField = true)
{
    QList<QJsonObject> fields;
    for (const QString &name :
         {u"Subject"_s, u"ActivityDate"_s, u"Status"_s, u"Priority"_s, u"WhoId"_s, u"WhatId"_s,
          u"Description"_s, u"CallDurationInSeconds"_s, u"CallType"_s})
        fields.append(field(name));
    fields.append(field(u"TaskSubtype"_s, false, true)); // set on create only, as in Salesforce
    if (withSyncDeskField)
        fields.append(syncDeskId(u"SyncDesk_Activity_Id__c"_s));
    return describe(fields);
}

QList<FieldMapping> contactMappings()
{
    return {{0, u"person"_s, u"LastName"_s, u"Contact"_s, u"LastName"_s, SyncDirection::Both},
            {0, u"person"_s, u"Email"_s, u"Contact"_s, u"Email"_s, SyncDirection::ToCrm},
            {0, u"person"_s, u"Title"_s, u"Contact"_s, u"Title"_s, SyncDirection::FromCrm},
            {0, u"person"_s, u"Fax"_s, u"Contact"_s, u"Fax"_s, SyncDirection::Off}};
}

const OrgSetupProblem *find(const OrgSetupReport &report, Kind kind, const QString &object,
                            const QString &field = {})
{
    for (const OrgSetupProblem &problem : report.problems) {
        if (problem.kind == kind && problem.object == object && problem.field == field)
            return &problem;
    }
    return nullptr;
}

std::string listed(const OrgSetupReport &report)
{
    std::string text;
    for (const OrgSetupProblem &problem : report.problems)
        text += problem.text().toStdString() + '\n';
    return text;
}

} // namespace

TEST(OrgSetupCheck, ChecksTheMappedObjectsAndTask)
{
    EXPECT_EQ(OrgSetupCheck::objectsToCheck(contactMappings()),
              (QStringList{u"Contact"_s, u"Task"_s}));
    EXPECT_EQ(OrgSetupCheck::objectsToCheck(defaultFieldMappings()),
              (QStringList{u"Lead"_s, u"Contact"_s, u"Account"_s, u"Opportunity"_s, u"Task"_s}));
    const QList<CompositeSubrequest> plan =
        OrgSetupCheck::plan(OrgSetupCheck::objectsToCheck(contactMappings()), u"v62.0");
    ASSERT_EQ(plan.size(), 2);
    EXPECT_EQ(plan[0].method, "GET");
    EXPECT_EQ(plan[0].url, u"/services/data/v62.0/sobjects/Contact/describe"_s);
}

TEST(OrgSetupCheck, APreparedOrgHasNothingMissing)
{
    const OrgSetupReport report = OrgSetupCheck::evaluate(
        {u"Contact"_s, u"Task"_s},
        {{u"Contact"_s, describe({field(u"LastName"_s), field(u"Email"_s), field(u"Title"_s),
                                  syncDeskId(u"SyncDesk_Id__c"_s)})},
         {u"Task"_s, task()}},
        contactMappings());
    EXPECT_TRUE(report.ok()) << listed(report);
    EXPECT_TRUE(report.summaryLine().isEmpty());
}

TEST(OrgSetupCheck, NamesEachMissingFieldAndWhatToDo)
{
    const OrgSetupReport report = OrgSetupCheck::evaluate(
        {u"Contact"_s, u"Task"_s},
        {{u"Contact"_s,
          describe({field(u"LastName"_s), field(u"Email"_s, false, true)})}, // no Title
         {u"Task"_s, task(false)}},
        contactMappings());
    EXPECT_EQ(report.problems.size(), 4) << listed(report);

    const OrgSetupProblem *contactId =
        find(report, Kind::CustomFieldMissing, u"Contact"_s, u"SyncDesk_Id__c"_s);
    ASSERT_NE(contactId, nullptr) << listed(report);
    EXPECT_TRUE(contactId->detail.contains(u"Text(64)"_s));
    EXPECT_TRUE(contactId->detail.contains(u"External ID and Unique"_s));
    EXPECT_NE(find(report, Kind::CustomFieldMissing, u"Task"_s, u"SyncDesk_Activity_Id__c"_s),
              nullptr);
    // Email goes to Salesforce but the user may not edit it; Title is read but hidden.
    EXPECT_NE(find(report, Kind::FieldNotUpdateable, u"Contact"_s, u"Email"_s), nullptr);
    EXPECT_NE(find(report, Kind::MappedFieldMissing, u"Contact"_s, u"Title"_s), nullptr);
    // A field mapped off is nobody's business.
    EXPECT_EQ(find(report, Kind::MappedFieldMissing, u"Contact"_s, u"Fax"_s), nullptr);

    const QJsonObject json = report.toJson();
    EXPECT_FALSE(json[u"ok"_s].toBool());
    EXPECT_EQ(json[u"problems"_s].toArray().size(), 4);
    EXPECT_TRUE(json[u"guide"_s].toString().contains(u"Preparing the org"_s));
    EXPECT_TRUE(report.summaryLine().contains(u"Preparing the org"_s));
}

TEST(OrgSetupCheck, AFieldThatIsNoUpsertKeySaysWhy)
{
    const OrgSetupReport report = OrgSetupCheck::evaluate(
        {u"Contact"_s, u"Task"_s},
        {{u"Contact"_s, describe({field(u"LastName"_s), field(u"Email"_s), field(u"Title"_s),
                                  syncDeskId(u"SyncDesk_Id__c"_s, true, false, 20)})},
         {u"Task"_s, task()}},
        contactMappings());
    ASSERT_EQ(report.problems.size(), 1) << listed(report);
    EXPECT_EQ(report.problems[0].kind, Kind::CustomFieldNotUpsertKey);
    EXPECT_TRUE(report.problems[0].detail.contains(u"not marked Unique"_s));
    EXPECT_TRUE(report.problems[0].detail.contains(u"20 characters"_s));
    EXPECT_FALSE(report.problems[0].detail.contains(u"External ID,"_s));
}

TEST(OrgSetupCheck, ObjectsTheUserCannotSeeAreNamed)
{
    SalesforceError notFound = parseSalesforceErrorResponse(
        404, R"([{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}])");
    const OrgSetupReport report =
        OrgSetupCheck::evaluate({u"Contact"_s, u"Task"_s},
                                {{u"Contact"_s, notFound}, {u"Task"_s, task()}}, contactMappings());
    ASSERT_EQ(report.problems.size(), 1) << listed(report);
    EXPECT_EQ(report.problems[0].kind, Kind::ObjectNotAccessible);
    EXPECT_EQ(report.problems[0].object, u"Contact"_s);
    EXPECT_TRUE(report.problems[0].detail.contains(u"NOT_FOUND"_s));
}

TEST(OrgSetupCheck, ARefusedApiIsAProblemAndASpentLimitIsNot)
{
    const SalesforceError disabled = parseSalesforceErrorResponse(
        403,
        R"([{"errorCode":"API_DISABLED_FOR_ORG","message":"API is not enabled for this Organization or Partner"}])");
    EXPECT_TRUE(OrgSetupCheck::refusesApiAccess(disabled));
    const OrgSetupReport report = OrgSetupCheck::apiAccessRefused(disabled);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems[0].kind, Kind::ApiAccessRefused);
    EXPECT_TRUE(report.problems[0].text().contains(u"API Enabled"_s));
    EXPECT_TRUE(OrgSetupCheck::refusesApiAccess(parseSalesforceErrorResponse(
        403,
        R"([{"errorCode":"API_CURRENTLY_DISABLED","message":"API is disabled for this User"}])")));

    EXPECT_FALSE(OrgSetupCheck::refusesApiAccess(parseSalesforceErrorResponse(
        403,
        R"([{"errorCode":"REQUEST_LIMIT_EXCEEDED","message":"TotalRequests Limit exceeded."}])")));
    EXPECT_FALSE(OrgSetupCheck::refusesApiAccess(SalesforceError::transient(u"timeout"_s)));
}

class OrgSetupCheckSandbox : public ::testing::Test
{
protected:
    SalesforceResult<OrgSetupReport> check(const QStringList &sandboxArguments, int *calls)
    {
        test::SignedInSandbox org;
        [&] {
            ASSERT_NO_FATAL_FAILURE(test::startSignedInSandbox(m_network, org, sandboxArguments));
        }();
        if (!org.tokenClient)
            return SalesforceError::malformed(u"no sandbox"_s);
        OrgSession session(&m_network, org.tokenClient.get(), org.tokens);
        SalesforceClient client(&session);
        *calls = 0;
        QObject::connect(&client, &SalesforceClient::callMade, &client, [calls] { ++*calls; });
        std::optional<SalesforceResult<OrgSetupReport>> result;
        OrgSetupCheck::run(&client, defaultFieldMappings(),
                           [&](const SalesforceResult<OrgSetupReport> &done) { result = done; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 30'000));
        return result.value_or(SalesforceError::malformed(u"no answer"_s));
    }

    QNetworkAccessManager m_network;
};

TEST_F(OrgSetupCheckSandbox, AnOrgWithoutSyncDeskFieldsListsEachInOneCall)
{
    int calls = 0;
    const SalesforceResult<OrgSetupReport> result = check({u"--without-syncdesk-fields"_s}, &calls);
    ASSERT_TRUE(std::holds_alternative<OrgSetupReport>(result))
        << std::get<SalesforceError>(result).summary().toStdString();
    const OrgSetupReport &report = std::get<OrgSetupReport>(result);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(report.callsSpent, 1);
    EXPECT_EQ(report.objectsChecked.size(), 5);
    ASSERT_EQ(report.problems.size(), 4) << listed(report);
    for (const QString &object : {u"Lead"_s, u"Contact"_s, u"Account"_s})
        EXPECT_NE(find(report, Kind::CustomFieldMissing, object, u"SyncDesk_Id__c"_s), nullptr)
            << object.toStdString();
    EXPECT_NE(find(report, Kind::CustomFieldMissing, u"Task"_s, u"SyncDesk_Activity_Id__c"_s),
              nullptr);
}

TEST_F(OrgSetupCheckSandbox, APreparedSandboxOrgPasses)
{
    int calls = 0;
    const SalesforceResult<OrgSetupReport> result = check({}, &calls);
    ASSERT_TRUE(std::holds_alternative<OrgSetupReport>(result))
        << std::get<SalesforceError>(result).summary().toStdString();
    EXPECT_TRUE(std::get<OrgSetupReport>(result).ok()) << listed(std::get<OrgSetupReport>(result));
    EXPECT_EQ(calls, 1);
}
