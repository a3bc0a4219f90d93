// Bulk API 2.0 query jobs: created through the SOQL engine, results as CSV
// pages behind Sforce-Locator, the errors Salesforce gives, abort and delete.
#include "bulk_org.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString errorCodeOf(const OrgUnderTest::Answer &answer)
{
    return answer.array().at(0).toObject().value(u"errorCode"_s).toString();
}

} // namespace

TEST(SandboxQueryJob, IsCreatedUploadCompleteAndDoneByTheNextRequest)
{
    BulkOrg org;
    const auto created = org.post(
        BulkOrg::query(), QJsonDocument(QJsonObject{{u"operation"_s, u"query"_s},
                                                    {u"query"_s, u"SELECT Id FROM Contact"_s}}));
    ASSERT_EQ(created.status(), 200) << created.response.body.toStdString();
    const QJsonObject job = created.object();
    EXPECT_EQ(job[u"state"_s].toString(), u"UploadComplete"_s);
    EXPECT_EQ(job[u"object"_s].toString(), u"Contact"_s);
    EXPECT_EQ(job[u"operation"_s].toString(), u"query"_s);
    EXPECT_EQ(job[u"lineEnding"_s].toString(), u"LF"_s);
    EXPECT_EQ(job[u"columnDelimiter"_s].toString(), u"COMMA"_s);

    const QJsonObject info = org.info(job[u"id"_s].toString(), true);
    EXPECT_EQ(info[u"state"_s].toString(), u"JobComplete"_s);
    EXPECT_EQ(info[u"jobType"_s].toString(), u"V2Query"_s);
    EXPECT_EQ(info[u"numberRecordsProcessed"_s].toInteger(), 30);
    EXPECT_TRUE(info[u"isPkChunkingSupported"_s].toBool());
    EXPECT_FALSE(info.contains(u"numberRecordsFailed"_s));
}

TEST(SandboxQueryJob, PagesFollowTheLocatorUntilItIsNull)
{
    BulkOrg org;
    const QString id = org.createQueryJob(u"SELECT Id, LastName FROM Contact ORDER BY Id"_s);
    const QJsonArray expected = org.soqlRows(u"SELECT Id FROM Contact ORDER BY Id"_s);
    QStringList ids;
    QList<qint64> sizes;
    QString locator;
    const int before = org.used();
    int pages = 0;
    do {
        const auto page = org.resultsPage(
            id, u"?maxRecords=7"_s + (locator.isEmpty() ? QString() : u"&locator="_s + locator));
        ASSERT_EQ(page.status(), 200) << page.response.body.toStdString();
        ++pages;
        const QStringList lines = BulkOrg::lines(page.response.body);
        EXPECT_EQ(lines.first(), u"\"Id\",\"LastName\""_s) << "every page has its header";
        sizes.append(page.response.header("Sforce-NumberOfRecords").toLongLong());
        EXPECT_EQ(sizes.last(), lines.size() - 1);
        for (const QString &line : lines.mid(1))
            ids.append(line.mid(1, 18));
        locator = QString::fromLatin1(page.response.header("Sforce-Locator"));
        ASSERT_FALSE(locator.isEmpty());
    } while (locator != u"null"_s && pages < 10);
    EXPECT_EQ(sizes, (QList<qint64>{7, 7, 7, 7, 2}));
    EXPECT_EQ(org.used() - before, pages) << "each page is a counted call";
    ASSERT_EQ(ids.size(), expected.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        EXPECT_EQ(ids[i], expected[i][u"Id"_s].toString());

    // A locator stays valid as long as the job exists.
    const auto first = org.resultsPage(id, u"?maxRecords=7"_s);
    const QString second = QString::fromLatin1(first.response.header("Sforce-Locator"));
    EXPECT_EQ(org.resultsPage(id, u"?maxRecords=7&locator="_s + second).response.body,
              org.resultsPage(id, u"?maxRecords=7&locator="_s + second).response.body);
}

TEST(SandboxQueryJob, PagesWithoutMaxRecordsHoldTheConfiguredNumber)
{
    BulkOrg org;
    org.control(u"bulk"_s, {{u"queryPageRecords"_s, 20}});
    const QString id = org.createQueryJob(u"SELECT Id FROM Contact"_s);
    const auto first = org.resultsPage(id);
    EXPECT_EQ(first.response.header("Sforce-NumberOfRecords"), QByteArray("20"));
    const auto last = org.resultsPage(
        id, u"?locator="_s + QString::fromLatin1(first.response.header("Sforce-Locator")));
    EXPECT_EQ(last.response.header("Sforce-NumberOfRecords"), QByteArray("10"));
    EXPECT_EQ(last.response.header("Sforce-Locator"), QByteArray("null"));
}

TEST(SandboxQueryJob, WritesParentFieldsNullsDatetimesAndDeletedRowsForQueryAll)
{
    BulkOrg org;
    const QString deletedId =
        org.soqlRows(u"SELECT Id FROM Contact ORDER BY Id LIMIT 1"_s)[0][u"Id"_s].toString();
    ASSERT_EQ(org.call("DELETE", OrgUnderTest::data(u"sobjects/Contact/"_s + deletedId)).status(),
              204);
    const QString soql = u"SELECT Id, Account.Name, Title, IsDeleted, CreatedDate FROM Contact "
                         "WHERE Id = '"_s +
                         deletedId + u"'"_s;
    const QString query = org.createQueryJob(soql);
    EXPECT_EQ(BulkOrg::lines(org.resultsPage(query).response.body).size(), 1) << "header only";

    const QString all = org.createQueryJob(soql, u"queryAll"_s);
    const QStringList lines = BulkOrg::lines(org.resultsPage(all).response.body);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], u"\"Id\",\"Account.Name\",\"Title\",\"IsDeleted\",\"CreatedDate\""_s);
    const QJsonObject rest =
        org.get(OrgUnderTest::data(
                    u"queryAll?q=SELECT+Account.Name,Title+FROM+Contact+WHERE+Id='"_s + deletedId +
                    u"'"_s))
            .object()[u"records"_s][0]
            .toObject();
    const QString accountName =
        rest[u"Account"_s].isObject() ? rest[u"Account"_s][u"Name"_s].toString() : QString();
    const QString title = rest[u"Title"_s].toString();
    const QStringList cells = lines[1].mid(1, lines[1].size() - 2).split(u"\",\""_s);
    ASSERT_EQ(cells.size(), 5) << lines[1].toStdString();
    EXPECT_EQ(cells[0], deletedId);
    EXPECT_EQ(cells[1], accountName);
    EXPECT_EQ(cells[2], title) << "a null is an empty value";
    EXPECT_EQ(cells[3], u"true"_s);
    EXPECT_TRUE(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s)
                    .match(cells[4])
                    .hasMatch())
        << "datetimes in UTC with Z: " << cells[4].toStdString();
}

TEST(SandboxQueryJob, BadQueriesAreRefusedAtCreationAndUseNoQueryJob)
{
    BulkOrg org;
    const std::pair<QString, QString> refused[] = {
        {u"SELEC Id FROM Contact"_s, u"MALFORMED_QUERY"_s},
        {u"SELECT Id FROM Nothing__c"_s, u"INVALID_TYPE"_s},
        {u"SELECT Shoe__c FROM Contact"_s, u"INVALID_FIELD"_s},
        {u"SELECT COUNT() FROM Contact"_s, u"API_ERROR"_s},
        {u"SELECT Id FROM Contact LIMIT 5 OFFSET 2"_s, u"API_ERROR"_s},
    };
    for (const auto &[soql, code] : refused) {
        const auto answer =
            org.post(BulkOrg::query(), QJsonDocument(QJsonObject{{u"query"_s, soql}}));
        EXPECT_EQ(answer.status(), 400) << soql.toStdString();
        EXPECT_EQ(errorCodeOf(answer), code) << answer.response.body.toStdString();
    }
    const auto noQuery =
        org.post(BulkOrg::query(), QJsonDocument(QJsonObject{{u"operation"_s, u"query"_s}}));
    EXPECT_EQ(errorCodeOf(noQuery), u"INVALIDJOB"_s);
    const auto wrongOperation = org.post(
        BulkOrg::query(), QJsonDocument(QJsonObject{{u"operation"_s, u"insert"_s},
                                                    {u"query"_s, u"SELECT Id FROM Contact"_s}}));
    EXPECT_EQ(errorCodeOf(wrongOperation), u"INVALIDJOB"_s);
    EXPECT_EQ(org.control(u"bulk"_s, {}).object()[u"queryJobs"_s][u"used"_s].toInt(), 0);
}

TEST(SandboxQueryJob, ResultsWaitForJobCompleteOnASlowOrg)
{
    BulkOrg org;
    org.control(u"bulk"_s, {{u"processingDelaySeconds"_s, 60}});
    const QString id = org.createQueryJob(u"SELECT Id FROM Contact"_s);
    const auto early = org.resultsPage(id);
    EXPECT_EQ(early.status(), 412);
    EXPECT_EQ(errorCodeOf(early), u"JOB_NOT_COMPLETE"_s);
    EXPECT_EQ(org.info(id, true)[u"state"_s].toString(), u"InProgress"_s);
    org.control(u"clock"_s, {{u"advanceSeconds"_s, 60}});
    EXPECT_EQ(org.info(id, true)[u"state"_s].toString(), u"JobComplete"_s);
    EXPECT_EQ(org.resultsPage(id).status(), 200);
}

TEST(SandboxQueryJob, AbortDeleteAndBadParameters)
{
    BulkOrg org;
    org.control(u"bulk"_s, {{u"processingDelaySeconds"_s, 60}});
    const QString slow = org.createQueryJob(u"SELECT Id FROM Contact"_s);
    const auto aborted = org.setState(slow, u"Aborted"_s, true);
    EXPECT_EQ(aborted.object()[u"state"_s].toString(), u"Aborted"_s);
    EXPECT_EQ(errorCodeOf(org.setState(slow, u"Aborted"_s, true)), u"INVALIDJOBSTATE"_s);
    EXPECT_EQ(errorCodeOf(org.setState(slow, u"UploadComplete"_s, true)), u"INVALIDJOBSTATE"_s);
    EXPECT_EQ(org.resultsPage(slow).status(), 412);
    EXPECT_EQ(org.call("DELETE", BulkOrg::query(u'/' + slow)).status(), 204);
    EXPECT_EQ(errorCodeOf(org.get(BulkOrg::query(u'/' + slow))), u"NOT_FOUND"_s);

    org.control(u"bulk"_s, {{u"processingDelaySeconds"_s, 0}});
    const QString done = org.createQueryJob(u"SELECT Id FROM Contact"_s);
    EXPECT_EQ(org.resultsPage(done, u"?maxRecords=0"_s).status(), 400);
    EXPECT_EQ(org.resultsPage(done, u"?maxRecords=many"_s).status(), 400);
    EXPECT_EQ(org.resultsPage(done, u"?locator=%25%25%25"_s).status(), 400);
    EXPECT_EQ(org.resultsPage(done, u"?locator=OTk5OTk"_s).status(), 400) << "past the last row";
    EXPECT_EQ(org.get(BulkOrg::query(u"/7505g0000000099AAA/results"_s)).status(), 404);
    const QJsonArray listed = org.get(BulkOrg::query()).object()[u"records"_s].toArray();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0][u"id"_s].toString(), done);
}
