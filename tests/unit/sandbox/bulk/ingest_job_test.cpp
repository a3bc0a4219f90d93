// Bulk API 2.0 ingest jobs: the lifecycle, the job info Salesforce returns,
// per-record results, upsert by external id, updates and deletes, each
// request one counted call.
#include "bulk_org.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QJsonObject insertContacts{{u"object"_s, u"Contact"_s}, {u"operation"_s, u"insert"_s}};

QStringList keysOf(const QByteArray &json)
{
    // The order on the wire: QJsonObject would sort the keys.
    QStringList keys;
    const QString text = QString::fromUtf8(json);
    static const QRegularExpression key(uR"re("([A-Za-z]+)":)re"_s);
    for (const auto &match : key.globalMatch(text))
        keys.append(match.captured(1));
    return keys;
}

} // namespace

TEST(SandboxIngestJob, GoesFromOpenToJobCompleteWithSalesforcesJobInfo)
{
    BulkOrg org;
    const auto created = org.post(BulkOrg::ingest(), QJsonDocument(insertContacts));
    ASSERT_EQ(created.status(), 200) << created.response.body.toStdString();
    const QJsonObject job = created.object();
    const QString id = job[u"id"_s].toString();
    EXPECT_TRUE(id.startsWith(u"750"_s) && id.size() == 18) << id.toStdString();
    EXPECT_EQ(job[u"state"_s].toString(), u"Open"_s);
    EXPECT_EQ(job[u"contentUrl"_s].toString(),
              u"services/data/v62.0/jobs/ingest/"_s + id + u"/batches"_s);
    EXPECT_EQ(job[u"apiVersion"_s].toDouble(), 62.0);
    EXPECT_EQ(job[u"createdDate"_s].toString(), u"2026-11-02T09:00:00.000+0000"_s);
    EXPECT_EQ(job[u"createdById"_s].toString(), org.org().oauth().identity().userId);
    EXPECT_EQ(keysOf(created.response.body),
              (QStringList{u"id"_s, u"operation"_s, u"object"_s, u"createdById"_s, u"createdDate"_s,
                           u"systemModstamp"_s, u"state"_s, u"concurrencyMode"_s, u"contentType"_s,
                           u"apiVersion"_s, u"contentUrl"_s, u"jobType"_s, u"lineEnding"_s,
                           u"columnDelimiter"_s}));

    const auto uploaded = org.upload(id, "LastName,Email\nIto,ito@example.test\nSato,\n");
    EXPECT_EQ(uploaded.status(), 201);
    EXPECT_TRUE(uploaded.response.body.isEmpty());
    EXPECT_EQ(org.info(id)[u"state"_s].toString(), u"Open"_s);

    const auto closed = org.setState(id, u"UploadComplete"_s);
    ASSERT_EQ(closed.status(), 200);
    EXPECT_EQ(closed.object()[u"state"_s].toString(), u"UploadComplete"_s);
    EXPECT_FALSE(closed.object().contains(u"contentUrl"_s));

    // Nothing is processed until the org serves the next request.
    const qsizetype before = org.org().store().count(u"Contact"_s);
    const auto polled = org.get(BulkOrg::ingest(u'/' + id));
    const QJsonObject info = polled.object();
    EXPECT_EQ(info[u"state"_s].toString(), u"JobComplete"_s);
    EXPECT_EQ(info[u"numberRecordsProcessed"_s].toInteger(), 2);
    EXPECT_EQ(info[u"numberRecordsFailed"_s].toInteger(), 0);
    EXPECT_EQ(info[u"jobType"_s].toString(), u"V2Ingest"_s);
    EXPECT_EQ(info[u"retries"_s].toInteger(), 0);
    EXPECT_EQ(org.org().store().count(u"Contact"_s), before + 2);
    EXPECT_EQ(keysOf(polled.response.body).mid(13),
              (QStringList{u"numberRecordsProcessed"_s, u"numberRecordsFailed"_s, u"retries"_s,
                           u"totalProcessingTime"_s, u"apiActiveProcessingTime"_s,
                           u"apexProcessingTime"_s}));
}

TEST(SandboxIngestJob, ResultsHoldTheIdsErrorsAndOriginalColumns)
{
    BulkOrg org;
    const QString id = org.runIngestJob(insertContacts, "FirstName,LastName\n"
                                                        "Ann,\"Lee, Jr\"\n"
                                                        "Bo,\n"
                                                        "Cy,Kim\n");
    EXPECT_EQ(org.info(id)[u"numberRecordsFailed"_s].toInteger(), 1);

    const auto successful = org.results(id, u"successfulResults"_s);
    EXPECT_EQ(successful.status(), 200);
    EXPECT_EQ(successful.response.header("Content-Type"), QByteArray("text/csv"));
    const QStringList ok = BulkOrg::lines(successful.response.body);
    ASSERT_EQ(ok.size(), 3);
    EXPECT_EQ(ok[0], u"\"sf__Id\",\"sf__Created\",\"FirstName\",\"LastName\""_s);
    const QStringList created = ok[1].split(u"\",\""_s);
    EXPECT_TRUE(created[0].startsWith(u"\"003"_s));
    EXPECT_EQ(ok[1].mid(20), u",\"true\",\"Ann\",\"Lee, Jr\""_s);
    EXPECT_EQ(ok[2].mid(20), u",\"true\",\"Cy\",\"Kim\""_s);
    const QString annId = ok[1].mid(1, 18);
    EXPECT_EQ(org.get(OrgUnderTest::data(u"sobjects/Contact/"_s + annId)).object()[u"LastName"_s],
              u"Lee, Jr"_s);

    const QStringList failed = BulkOrg::lines(org.results(id, u"failedResults"_s).response.body);
    ASSERT_EQ(failed.size(), 2);
    EXPECT_EQ(failed[0], u"\"sf__Id\",\"sf__Error\",\"FirstName\",\"LastName\""_s);
    EXPECT_EQ(failed[1], u"\"\",\"REQUIRED_FIELD_MISSING:Required fields are missing: "
                         "[LastName]:LastName --\",\"Bo\",\"\""_s);

    const QStringList unprocessed =
        BulkOrg::lines(org.results(id, u"unprocessedrecords"_s).response.body);
    EXPECT_EQ(unprocessed, QStringList{u"\"FirstName\",\"LastName\""_s});
}

TEST(SandboxIngestJob, UpsertMatchesTheExternalIdAndCreatesTheRest)
{
    BulkOrg org;
    const QString seeded = org.post(OrgUnderTest::data(u"sobjects/Contact"_s),
                                    QJsonDocument(QJsonObject{{u"LastName"_s, u"Old"_s},
                                                              {u"Title"_s, u"CTO"_s},
                                                              {u"SyncDesk_Id__c"_s, u"sd-1"_s}}))
                               .object()[u"id"_s]
                               .toString();
    const QString id =
        org.runIngestJob({{u"object"_s, u"Contact"_s},
                          {u"operation"_s, u"upsert"_s},
                          {u"externalIdFieldName"_s, u"SyncDesk_Id__c"_s}},
                         "SyncDesk_Id__c,LastName,Title\nSD-1,New,#N/A\nsd-2,Fresh,\n,Nobody,\n");
    const QJsonObject info = org.info(id);
    EXPECT_EQ(info[u"externalIdFieldName"_s].toString(), u"SyncDesk_Id__c"_s);
    EXPECT_EQ(info[u"numberRecordsProcessed"_s].toInteger(), 3);
    EXPECT_EQ(info[u"numberRecordsFailed"_s].toInteger(), 1);

    const QStringList ok = BulkOrg::lines(org.results(id, u"successfulResults"_s).response.body);
    ASSERT_EQ(ok.size(), 3);
    EXPECT_EQ(ok[1], u"\""_s + seeded + u"\",\"false\",\"SD-1\",\"New\",\"#N/A\""_s);
    EXPECT_TRUE(ok[2].contains(u"\"true\",\"sd-2\",\"Fresh\""_s)) << ok[2].toStdString();
    const QStringList failed = BulkOrg::lines(org.results(id, u"failedResults"_s).response.body);
    ASSERT_EQ(failed.size(), 2);
    EXPECT_TRUE(failed[1].startsWith(u"\"\",\"MISSING_ARGUMENT:"_s)) << failed[1].toStdString();

    const QJsonObject updated =
        org.get(OrgUnderTest::data(u"sobjects/Contact/"_s + seeded)).object();
    EXPECT_EQ(updated[u"LastName"_s].toString(), u"New"_s);
    EXPECT_TRUE(updated[u"Title"_s].isNull()) << "#N/A sets a field to null";
    EXPECT_EQ(org.soqlRows(u"SELECT Id FROM Contact WHERE SyncDesk_Id__c = 'sd-2'"_s).size(), 1);
}

TEST(SandboxIngestJob, UpdatesDeletesAndHardDeletesById)
{
    BulkOrg org;
    const QJsonArray contacts =
        org.soqlRows(u"SELECT Id, Title FROM Contact ORDER BY Id LIMIT 3"_s);
    const QString a = contacts[0][u"Id"_s].toString();
    const QString b = contacts[1][u"Id"_s].toString();
    const QString c = contacts[2][u"Id"_s].toString();

    const QString update =
        org.runIngestJob({{u"object"_s, u"Contact"_s}, {u"operation"_s, u"update"_s}},
                         (u"Id,Title\n"_s + a + u",Chief\n001000000000000AAA,Nope\n"_s).toUtf8());
    EXPECT_EQ(org.get(OrgUnderTest::data(u"sobjects/Contact/"_s + a)).object()[u"Title"_s],
              u"Chief"_s);
    const QStringList failed =
        BulkOrg::lines(org.results(update, u"failedResults"_s).response.body);
    ASSERT_EQ(failed.size(), 2);
    EXPECT_TRUE(failed[1].contains(u"ENTITY_IS_DELETED"_s) || failed[1].contains(u"MALFORMED_ID"_s))
        << failed[1].toStdString();

    org.runIngestJob({{u"object"_s, u"Contact"_s}, {u"operation"_s, u"delete"_s}},
                     (u"Id\n"_s + b + u'\n').toUtf8());
    org.runIngestJob({{u"object"_s, u"Contact"_s}, {u"operation"_s, u"hardDelete"_s}},
                     (u"Id\n"_s + c + u'\n').toUtf8());
    org.get(OrgUnderTest::data(u"limits"_s)); // the jobs run before this answer
    const auto deleted =
        org.get(OrgUnderTest::data(u"queryAll?q=SELECT+Id,IsDeleted+FROM+Contact+WHERE+Id+IN+('"_s +
                                   b + u"','"_s + c + u"')"_s));
    const QJsonArray rows = deleted.object()[u"records"_s].toArray();
    ASSERT_EQ(rows.size(), 1) << "the hard-deleted record leaves no trace";
    EXPECT_EQ(rows[0][u"Id"_s].toString(), b);
    EXPECT_TRUE(rows[0][u"IsDeleted"_s].toBool());
}

TEST(SandboxIngestJob, EveryRequestIsOneCountedCallAndListedInTheEventLog)
{
    BulkOrg org;
    const int before = org.used();
    const QString id = org.runIngestJob(insertContacts, "LastName\nA\nB\n"); // 3 requests
    org.info(id);                                                            // 4
    org.results(id, u"successfulResults"_s);                                 // 5
    org.results(id, u"failedResults"_s);                                     // 6
    org.results(id, u"unprocessedrecords"_s);                                // 7
    org.get(BulkOrg::ingest());                                              // 8
    EXPECT_EQ(org.call("DELETE", BulkOrg::ingest(u'/' + id)).status(), 204); // 9
    EXPECT_EQ(org.used() - before, 9);

    // ApiTotalUsage logs each as a REST request on the job's object.
    QStringList logged;
    for (const auto &[index, hour] : org.org().usageLog().hours()) {
        for (const auto &row : hour->rows) {
            const auto &target = org.org().usageLog().target(row.target);
            if (target.resource.contains("/jobs/"))
                logged.append(QString::fromUtf8(target.family + ' ' + target.method + ' ' +
                                                target.resource + ' ' + target.entity)
                                  .remove(u'"'));
        }
    }
    const QString job = u"/v62.0/jobs/ingest/"_s + id;
    EXPECT_EQ(
        logged,
        (QStringList{u"REST POST /v62.0/jobs/ingest Contact"_s,
                     u"REST PUT "_s + job + u"/batches Contact"_s,
                     u"REST PATCH "_s + job + u" Contact"_s, u"REST GET "_s + job + u" Contact"_s,
                     u"REST GET "_s + job + u"/successfulResults Contact"_s,
                     u"REST GET "_s + job + u"/failedResults Contact"_s,
                     u"REST GET "_s + job + u"/unprocessedrecords Contact"_s,
                     u"REST GET /v62.0/jobs/ingest "_s, u"REST DELETE "_s + job + u" Contact"_s}));
    EXPECT_EQ(org.get(BulkOrg::ingest(u'/' + id)).status(), 404) << "a deleted job is gone";
}

TEST(SandboxIngestJob, ListsJobsInSalesforcesEnvelope)
{
    BulkOrg org;
    const QString first = org.createIngestJob(insertContacts);
    const QString second = org.runIngestJob(insertContacts, "LastName\nA\n");
    const auto list = org.get(BulkOrg::ingest());
    ASSERT_EQ(list.status(), 200);
    EXPECT_TRUE(list.response.body.startsWith("{\"done\":true,\"records\":["));
    EXPECT_TRUE(list.object()[u"nextRecordsUrl"_s].isNull());
    const QJsonArray records = list.object()[u"records"_s].toArray();
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0][u"id"_s].toString(), first);
    EXPECT_EQ(records[0][u"state"_s].toString(), u"Open"_s);
    EXPECT_EQ(records[1][u"id"_s].toString(), second);
    EXPECT_EQ(records[1][u"state"_s].toString(), u"JobComplete"_s);
}
