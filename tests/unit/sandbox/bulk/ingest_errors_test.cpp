// Bulk API 2.0 ingest jobs refused or failing: Salesforce's error array for
// bad requests and wrong state transitions, a job that fails whole, rows
// refused by a locked record, and an aborted job.
#include "bulk_org.h"

#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QJsonObject insertContacts{{u"object"_s, u"Contact"_s}, {u"operation"_s, u"insert"_s}};

// The errorCode of Salesforce's error array, "" when the body is not one.
QString errorCodeOf(const OrgUnderTest::Answer &answer)
{
    return answer.array().at(0).toObject().value(u"errorCode"_s).toString();
}

} // namespace

TEST(SandboxIngestErrors, BadJobSettingsAreRefusedWithInvalidJob)
{
    BulkOrg org;
    const QJsonObject refused[] = {
        {{u"object"_s, u"Nothing__c"_s}, {u"operation"_s, u"insert"_s}},
        {{u"object"_s, u"Contact"_s}, {u"operation"_s, u"merge"_s}},
        {{u"object"_s, u"Contact"_s}},
        {{u"object"_s, u"Contact"_s}, {u"operation"_s, u"upsert"_s}},
        {{u"object"_s, u"Contact"_s},
         {u"operation"_s, u"upsert"_s},
         {u"externalIdFieldName"_s, u"LastName"_s}},
        {{u"object"_s, u"Contact"_s},
         {u"operation"_s, u"insert"_s},
         {u"columnDelimiter"_s, u"COLON"_s}},
        {{u"object"_s, u"Contact"_s}, {u"operation"_s, u"insert"_s}, {u"contentType"_s, u"JSON"_s}},
    };
    for (const QJsonObject &settings : refused) {
        const auto answer = org.post(BulkOrg::ingest(), QJsonDocument(settings));
        EXPECT_EQ(answer.status(), 400) << QJsonDocument(settings).toJson().toStdString();
        EXPECT_EQ(errorCodeOf(answer), u"INVALIDJOB"_s) << answer.response.body.toStdString();
        EXPECT_TRUE(answer.array().at(0)[u"message"_s].toString().startsWith(u"InvalidJob : "_s));
    }
    const auto upsert = org.post(
        BulkOrg::ingest(), QJsonDocument(QJsonObject{{u"object"_s, u"Contact"_s},
                                                     {u"operation"_s, u"upsert"_s},
                                                     {u"externalIdFieldName"_s, u"LastName"_s}}));
    EXPECT_EQ(upsert.array().at(0)[u"message"_s].toString(),
              u"InvalidJob : Field name provided, LastName does not match an External ID, "
              "Salesforce Id, or indexed field for Contact"_s);
    const auto malformed = org.call("POST", BulkOrg::ingest(), "{\"object\":");
    EXPECT_EQ(malformed.status(), 400);
    EXPECT_EQ(errorCodeOf(malformed), u"JSON_PARSER_ERROR"_s);
    EXPECT_TRUE(org.get(BulkOrg::ingest()).object()[u"records"_s].toArray().isEmpty());
}

TEST(SandboxIngestErrors, AnUnknownJobIsNotFound)
{
    BulkOrg org;
    for (const QString &path : {u"/7505g0000000099AAA"_s, u"/7505g0000000099AAA/batches"_s,
                                u"/7505g0000000099AAA/successfulResults"_s, u"/not-an-id"_s}) {
        const auto answer = org.get(BulkOrg::ingest(path));
        EXPECT_EQ(answer.status(), 404) << path.toStdString();
        EXPECT_EQ(errorCodeOf(answer), u"NOT_FOUND"_s);
    }
    const QString id = org.createIngestJob(insertContacts);
    EXPECT_EQ(org.get(BulkOrg::ingest(u'/' + id + u"/somethingElse"_s)).status(), 404);
    EXPECT_EQ(org.call("POST", BulkOrg::ingest(u'/' + id)).status(), 405);
    EXPECT_EQ(org.call("GET", BulkOrg::ingest(u'/' + id + u"/batches"_s)).status(), 405);
}

TEST(SandboxIngestErrors, WrongStateTransitionsAreRefusedWithInvalidJobState)
{
    BulkOrg org;
    const QString id = org.createIngestJob(insertContacts);
    EXPECT_EQ(errorCodeOf(org.results(id, u"successfulResults"_s)), u"INVALIDJOBSTATE"_s);
    EXPECT_EQ(errorCodeOf(org.call("DELETE", BulkOrg::ingest(u'/' + id))), u"INVALIDJOBSTATE"_s);
    EXPECT_EQ(org.upload(id, "LastName\nA\n").status(), 201);
    const auto second = org.upload(id, "LastName\nB\n");
    EXPECT_EQ(second.status(), 400);
    EXPECT_EQ(errorCodeOf(second), u"INVALIDJOBSTATE"_s);
    EXPECT_EQ(errorCodeOf(org.setState(id, u"JobComplete"_s)), u"INVALIDJOBSTATE"_s);
    EXPECT_EQ(org.setState(id, u"UploadComplete"_s).status(), 200);
    const auto closedAgain = org.setState(id, u"UploadComplete"_s);
    EXPECT_EQ(closedAgain.status(), 400);
    EXPECT_EQ(errorCodeOf(closedAgain), u"INVALIDJOBSTATE"_s);
    EXPECT_EQ(closedAgain.array().at(0)[u"message"_s].toString(),
              u"Closing the job is not allowed for a job in state JobComplete"_s);
    EXPECT_EQ(errorCodeOf(org.upload(id, "LastName\nC\n")), u"INVALIDJOBSTATE"_s);
    EXPECT_EQ(errorCodeOf(org.setState(id, u"Aborted"_s)), u"INVALIDJOBSTATE"_s);
    EXPECT_EQ(org.info(id)[u"numberRecordsProcessed"_s].toInteger(), 1)
        << "the second upload was refused";
}

TEST(SandboxIngestErrors, AHeaderNamingNoFieldFailsTheWholeJob)
{
    BulkOrg org;
    const qsizetype before = org.org().store().count(u"Contact"_s);
    const QString id = org.runIngestJob(insertContacts, "LastName,Shoe_Size__c\nA,42\nB,43\n");
    const QJsonObject info = org.info(id);
    EXPECT_EQ(info[u"state"_s].toString(), u"Failed"_s);
    EXPECT_EQ(info[u"errorMessage"_s].toString(),
              u"InvalidBatch : Field name not found : Shoe_Size__c"_s);
    EXPECT_EQ(info[u"numberRecordsProcessed"_s].toInteger(), 0);
    EXPECT_EQ(org.org().store().count(u"Contact"_s), before);
    EXPECT_EQ(BulkOrg::lines(org.results(id, u"unprocessedrecords"_s).response.body),
              (QStringList{u"\"LastName\",\"Shoe_Size__c\""_s, u"A,42"_s, u"B,43"_s}));
    EXPECT_EQ(BulkOrg::lines(org.results(id, u"successfulResults"_s).response.body).size(), 1);

    const QString update = org.runIngestJob(
        {{u"object"_s, u"Contact"_s}, {u"operation"_s, u"update"_s}}, "LastName\nA\n");
    EXPECT_EQ(org.info(update)[u"errorMessage"_s].toString(),
              u"InvalidBatch : Field name not found : Id"_s);
}

TEST(SandboxIngestErrors, LockedRowsFailOneByOneAsInRest)
{
    BulkOrg org;
    org.org().saveRules().setLockFailureRate(1.0);
    const QJsonArray contacts = org.soqlRows(u"SELECT Id FROM Contact ORDER BY Id LIMIT 2"_s);
    const QString csv = u"Id,Title\n"_s + contacts[0][u"Id"_s].toString() + u",X\n"_s +
                        contacts[1][u"Id"_s].toString() + u",Y\n"_s;
    const QString id = org.runIngestJob(
        {{u"object"_s, u"Contact"_s}, {u"operation"_s, u"update"_s}}, csv.toUtf8());
    const QJsonObject info = org.info(id);
    EXPECT_EQ(info[u"state"_s].toString(), u"JobComplete"_s);
    EXPECT_EQ(info[u"numberRecordsFailed"_s].toInteger(), 2);
    const QStringList failed = BulkOrg::lines(org.results(id, u"failedResults"_s).response.body);
    ASSERT_EQ(failed.size(), 3);
    EXPECT_TRUE(failed[1].startsWith(u"\""_s + contacts[0][u"Id"_s].toString() +
                                     u"\",\"UNABLE_TO_LOCK_ROW:"_s))
        << failed[1].toStdString();
}

TEST(SandboxIngestErrors, AJobFailedOnRequestAndAnAbortedJobLeaveTheirRowsUnprocessed)
{
    BulkOrg org;
    org.control(u"bulk"_s, {{u"failNextJobs"_s, 1}});
    const QString failed = org.runIngestJob(insertContacts, "LastName\nA\n");
    const QJsonObject info = org.info(failed);
    EXPECT_EQ(info[u"state"_s].toString(), u"Failed"_s);
    EXPECT_FALSE(info[u"errorMessage"_s].toString().isEmpty());
    EXPECT_EQ(BulkOrg::lines(org.results(failed, u"unprocessedrecords"_s).response.body).size(), 2);

    const QString aborted = org.createIngestJob(insertContacts);
    org.upload(aborted, "LastName\nB\nC\n");
    const auto answer = org.setState(aborted, u"Aborted"_s);
    EXPECT_EQ(answer.object()[u"state"_s].toString(), u"Aborted"_s);
    EXPECT_EQ(org.info(aborted)[u"numberRecordsProcessed"_s].toInteger(), 0);
    EXPECT_EQ(BulkOrg::lines(org.results(aborted, u"unprocessedrecords"_s).response.body),
              (QStringList{u"\"LastName\""_s, u"B"_s, u"C"_s}));
    EXPECT_EQ(org.call("DELETE", BulkOrg::ingest(u'/' + aborted)).status(), 204);
}

TEST(SandboxIngestErrors, AnUploadOver150MegabytesAfterBase64IsRefused)
{
    BulkOrg org;
    const QString id = org.createIngestJob(insertContacts);
    // 117,964,800 bytes are exactly 150 MiB in base64; one more is over.
    QByteArray csv(117'964'801, 'x');
    csv.replace(0, 9, "LastName\n");
    const auto refused = org.upload(id, csv);
    EXPECT_EQ(refused.status(), 400);
    EXPECT_EQ(errorCodeOf(refused), u"INVALIDBATCH"_s);
    EXPECT_EQ(org.info(id)[u"state"_s].toString(), u"Open"_s);
    EXPECT_EQ(org.upload(id, "LastName\nA\n").status(), 201)
        << "the job still takes a smaller upload";
}
