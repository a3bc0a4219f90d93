// EventLogFile and ApiTotalUsage through the REST API, as SyncDesk reads them.
#include "org_under_test.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUrl>
#include <gtest/gtest.h>
#include <map>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Saturday 2026-12-05 09:20 UTC.
const QDateTime kNow = QDateTime(QDate(2026, 12, 5), QTime(9, 20), QTimeZone::utc());
const QString kListFiles =
    u"SELECT Id, EventType, LogDate, Interval, Sequence, LogFileLength, LogFileFieldNames, "
    "LogFileFieldTypes FROM EventLogFile WHERE EventType = 'ApiTotalUsage' AND LogDate >= "
    "2026-12-01T00:00:00Z AND Interval = 'Hourly' ORDER BY LogDate"_s;
const QHash<QByteArray, QByteArray> kSyncDesk{{"sforce-call-options", "client=SyncDesk"}};

// Hours pass in these tests; the session must outlive them.
SandboxConfig longSessions()
{
    SandboxConfig config = OrgUnderTest::smallConfig();
    config.sessionTimeoutSeconds = 30 * 24 * 3600;
    return config;
}

QString queryPath(const QString &soql)
{
    return OrgUnderTest::data(u"query"_s) + u"?q="_s +
           QString::fromLatin1(QUrl::toPercentEncoding(soql));
}

// One event log file's rows, each a map from column name to value.
QList<QHash<QString, QString>> csvRows(const QByteArray &csv)
{
    QList<QList<QString>> lines;
    QList<QString> fields;
    QString value;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted && c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
            value += u'"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == ',') {
            fields.append(value);
            value.clear();
        } else if (!quoted && c == '\n') {
            fields.append(value);
            value.clear();
            lines.append(fields);
            fields.clear();
        } else {
            value += QLatin1Char(c);
        }
    }
    fields.append(value);
    lines.append(fields);
    QList<QHash<QString, QString>> rows;
    for (qsizetype l = 1; l < lines.size(); ++l) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < lines[0].size(); ++c)
            row.insert(lines[0][c], lines[l].value(c));
        rows.append(row);
    }
    return rows;
}

QJsonArray hourlyFiles(OrgUnderTest &org)
{
    const auto answer = org.call("GET", queryPath(kListFiles), {}, true, kSyncDesk);
    EXPECT_EQ(answer.status(), 200) << answer.response.body.constData();
    return answer.object().value(u"records"_s).toArray();
}

OrgUnderTest::Answer logFile(OrgUnderTest &org, const QString &id)
{
    return org.call("GET", OrgUnderTest::data(u"sobjects/EventLogFile/"_s + id + u"/LogFile"_s), {},
                    true, kSyncDesk);
}

void advance(OrgUnderTest &org, qint64 seconds)
{
    org.control(u"clock"_s, QJsonObject{{u"advanceSeconds"_s, seconds}});
}

} // namespace

TEST(SandboxEventLog, ByDefaultNothingIsLoggedBeforeTheFirstCall)
{
    OrgUnderTest org;
    EXPECT_EQ(org.org().usageLog().rowCount(), 0);
    EXPECT_EQ(org.used(), 0);
    // EventLogFile is no sObject of describe global: the answer is as before.
    const auto global = org.get(OrgUnderTest::data(u"sobjects"_s));
    for (const QJsonValue &object : global.object().value(u"sobjects"_s).toArray())
        EXPECT_NE(object[u"name"_s].toString(), u"EventLogFile"_s);
}

TEST(SandboxEventLog, SyncDesksCallsAreEventsWithItsClientName)
{
    OrgUnderTest org(longSessions(), kNow);
    org.call("GET", queryPath(u"SELECT Id FROM Contact LIMIT 2"_s), {}, true, kSyncDesk);
    org.call("GET", OrgUnderTest::data(u"limits"_s)); // no client name
    advance(org, 7 * 3600);
    const QJsonArray files = hourlyFiles(org);
    ASSERT_EQ(files.size(), 1);
    const QJsonObject file = files.first().toObject();
    EXPECT_EQ(file[u"LogDate"_s].toString(), u"2026-12-05T09:00:00.000+0000"_s);
    EXPECT_EQ(file[u"Interval"_s].toString(), u"Hourly"_s);
    EXPECT_EQ(file[u"Sequence"_s].toInt(), 1);
    EXPECT_EQ(file[u"Id"_s].toString().left(3), u"0AT"_s);

    const auto download = logFile(org, file[u"Id"_s].toString());
    ASSERT_EQ(download.status(), 200);
    EXPECT_EQ(download.response.header("Content-Type"), "text/csv");
    const QByteArray csv = download.response.wholeBody();
    EXPECT_EQ(double(csv.size()), file[u"LogFileLength"_s].toDouble());
    const auto rows = csvRows(csv);
    ASSERT_EQ(rows.size(), 2);
    const auto &query = rows[0];
    EXPECT_EQ(query[u"EVENT_TYPE"_s], u"ApiTotalUsage"_s);
    EXPECT_EQ(query[u"TIMESTAMP"_s], u"20261205092000.000"_s);
    EXPECT_EQ(query[u"TIMESTAMP_DERIVED"_s], u"2026-12-05T09:20:00.000Z"_s);
    EXPECT_EQ(query[u"CLIENT_NAME"_s], u"SyncDesk"_s);
    EXPECT_EQ(query[u"USER_NAME"_s], org.org().config().username);
    EXPECT_EQ(query[u"USER_ID"_s], org.org().oauth().identity().userId.left(15));
    EXPECT_EQ(query[u"ORGANIZATION_ID"_s], org.org().oauth().identity().orgId.left(15));
    EXPECT_EQ(query[u"CONNECTED_APP_NAME"_s], u"tests"_s); // the token's OAuth client
    EXPECT_TRUE(query[u"CONNECTED_APP_ID"_s].startsWith(u"0H4"_s));
    EXPECT_EQ(query[u"API_FAMILY"_s], u"REST"_s);
    EXPECT_EQ(query[u"API_VERSION"_s], u"62.0"_s);
    EXPECT_EQ(query[u"API_RESOURCE"_s], u"/v62.0/query"_s);
    EXPECT_EQ(query[u"ENTITY_NAME"_s], u"Contact"_s);
    EXPECT_EQ(query[u"HTTP_METHOD"_s], u"GET"_s);
    EXPECT_EQ(query[u"STATUS_CODE"_s], u"200"_s);
    EXPECT_EQ(query[u"COUNTS_AGAINST_API_LIMIT"_s], u"1"_s);
    EXPECT_EQ(query[u"CLIENT_IP"_s], u"127.0.0.1"_s);
    EXPECT_EQ(query[u"REQUEST_ID"_s].size(), 22);
    EXPECT_EQ(rows[1][u"CLIENT_NAME"_s], QString());
    EXPECT_EQ(rows[1][u"API_RESOURCE"_s], u"/v62.0/limits"_s);
}

TEST(SandboxEventLog, NoFileBeforeItsTimeAndALogFileDownloadIsOneCall)
{
    OrgUnderTest org(longSessions(), kNow);
    org.call("GET", OrgUnderTest::data(u"limits"_s), {}, true, kSyncDesk);
    advance(org, 40 * 60 + 3 * 3600 - 1); // 12:59:59: three hours after 10:00, minus a second
    EXPECT_TRUE(hourlyFiles(org).isEmpty());
    advance(org, 3 * 3600 + 1); // 16:00, six hours after the hour ended
    const QJsonArray files = hourlyFiles(org);
    ASSERT_EQ(files.size(), 1);
    const QString id = files.first()[u"Id"_s].toString();

    const int before = org.used();
    EXPECT_EQ(logFile(org, id).status(), 200);
    EXPECT_EQ(org.used(), before + 1);
    // An id that is no file: NOT_FOUND, as JSON, and it still counts.
    const auto missing = logFile(org, u"0AT5g0000000000AAA"_s);
    EXPECT_EQ(missing.status(), 404);
    EXPECT_EQ(missing.array()[0][u"errorCode"_s].toString(), u"NOT_FOUND"_s);
    EXPECT_EQ(org.used(), before + 2);
    // The record itself is there too.
    const auto record = org.get(OrgUnderTest::data(u"sobjects/EventLogFile/"_s + id));
    EXPECT_EQ(record.object()[u"Interval"_s].toString(), u"Hourly"_s);
}

TEST(SandboxEventLog, CountedRowsEqualTheMeterEveryHourSyncDeskAndOthers)
{
    OrgUnderTest org(longSessions(), kNow);
    org.control(u"simulation"_s, QJsonObject{{u"otherIntegrationsPerHour"_s, 900}});
    // Five hours of SyncDesk and the other integrations side by side, and a spell
    // in which the allocation is spent, so refused calls are in the log too.
    for (int step = 0; step < 30; ++step) {
        org.call("GET", queryPath(u"SELECT Id FROM Lead LIMIT 1"_s), {}, true, kSyncDesk);
        org.call("GET", OrgUnderTest::data(u"limits"_s), {}, true, kSyncDesk);
        if (step == 12)
            org.control(u"allocation"_s, QJsonObject{{u"max"_s, org.used() + 5}});
        if (step == 18)
            org.control(u"allocation"_s, QJsonObject{{u"max"_s, 15000}});
        advance(org, 600);
    }
    org.control(u"simulation"_s, QJsonObject{{u"otherIntegrationsPerHour"_s, 0}});
    std::map<QString, qint64> meter;
    const auto meterAnswer = org.call("GET", u"/_sandbox/meter"_s, {}, false);
    for (const QJsonValue &hour : meterAnswer.object()[u"byHour"_s].toArray())
        meter[hour[u"hour"_s].toString().left(13)] = hour[u"calls"_s].toInteger();
    ASSERT_GE(meter.size(), 5u);

    advance(org, 7 * 3600); // every hour of the run has its file now
    std::map<QString, qint64> counted;
    qint64 refused = 0;
    QSet<QString> clients;
    for (const QJsonValue &file : hourlyFiles(org)) {
        const auto rows = csvRows(logFile(org, file[u"Id"_s].toString()).response.wholeBody());
        for (const auto &row : rows) {
            if (row[u"COUNTS_AGAINST_API_LIMIT"_s] == u"1"_s)
                ++counted[row[u"TIMESTAMP_DERIVED"_s].left(13)];
            else
                ++refused;
            clients.insert(row[u"CONNECTED_APP_NAME"_s]);
        }
    }
    for (const auto &[hour, calls] : meter)
        EXPECT_EQ(counted[hour], calls) << qPrintable(hour);
    EXPECT_GT(refused, 0);
    EXPECT_TRUE(clients.contains(u"tests"_s));
    EXPECT_TRUE(clients.contains(u"Pardot Marketing Sync"_s));
}

TEST(SandboxEventLog, WithoutViewEventLogFilesTheObjectDoesNotExist)
{
    OrgUnderTest org(longSessions(), kNow);
    org.get(OrgUnderTest::data(u"limits"_s));
    advance(org, 8 * 3600);
    const QString id = hourlyFiles(org).first()[u"Id"_s].toString();
    org.control(u"event-logs"_s, QJsonObject{{u"viewPermission"_s, false}});

    const auto denied = org.get(queryPath(kListFiles));
    EXPECT_EQ(denied.status(), 400);
    const QJsonObject error = denied.array()[0].toObject();
    EXPECT_EQ(error[u"errorCode"_s].toString(), u"INVALID_TYPE"_s);
    const QString message = error[u"message"_s].toString();
    EXPECT_TRUE(message.startsWith(u"\nSELECT Id, EventType"_s)) << qPrintable(message);
    EXPECT_TRUE(message.contains(u"ERROR at Row:1:Column:"_s));
    EXPECT_TRUE(message.contains(u"sObject type 'EventLogFile' is not supported."_s));
    EXPECT_EQ(logFile(org, id).status(), 404);

    org.control(u"event-logs"_s, QJsonObject{{u"viewPermission"_s, true}});
    EXPECT_EQ(logFile(org, id).status(), 200);
}

TEST(SandboxEventLog, ANewColumnLayoutAppliesToFilesPublishedAfterIt)
{
    OrgUnderTest org(longSessions(), kNow);
    org.get(OrgUnderTest::data(u"limits"_s));
    advance(org, 7 * 3600);
    org.get(OrgUnderTest::data(u"limits"_s));
    ASSERT_EQ(hourlyFiles(org).size(), 1); // 09:00 is out; 16:00 is not yet
    const auto control = org.control(u"event-logs"_s, QJsonObject{{u"columns"_s, u"extended"_s}});
    EXPECT_EQ(control.object()[u"columns"_s].toString(), u"extended"_s);
    advance(org, 8 * 3600);
    const QJsonArray files = hourlyFiles(org);
    ASSERT_EQ(files.size(), 2);
    const QString oldNames = files[0][u"LogFileFieldNames"_s].toString();
    const QString newNames = files[1][u"LogFileFieldNames"_s].toString();
    EXPECT_TRUE(oldNames.startsWith(u"EVENT_TYPE,TIMESTAMP,REQUEST_ID,"_s));
    EXPECT_FALSE(oldNames.contains(u"API_CLIENT_CATEGORY"_s));
    EXPECT_TRUE(newNames.contains(u"API_CLIENT_CATEGORY"_s));
    const auto rows = csvRows(logFile(org, files[1][u"Id"_s].toString()).response.wholeBody());
    ASSERT_EQ(rows.size(), 2); // the call at 16:20 and the file list read then
    EXPECT_EQ(rows[0][u"API_RESOURCE"_s], u"/v62.0/limits"_s);
    EXPECT_EQ(rows[1][u"ENTITY_NAME"_s], u"EventLogFile"_s);
    EXPECT_EQ(rows[0][u"API_CLIENT_CATEGORY"_s], u"EXTERNAL_APPLICATION"_s);
}

TEST(SandboxEventLog, ALivelyOrgStartsWithAWeekOfFiles)
{
    SandboxConfig config = longSessions();
    config.otherIntegrationsPerHour = 300;
    config.withUsageHistory = true;
    OrgUnderTest org(config, kNow);
    const auto daily = org.get(queryPath(
        u"SELECT Id, LogDate FROM EventLogFile WHERE Interval = 'Daily' ORDER BY LogDate"_s));
    QStringList days;
    for (const QJsonValue &file : daily.object()[u"records"_s].toArray())
        days.append(file[u"LogDate"_s].toString().left(10));
    EXPECT_EQ(days, (QStringList{u"2026-11-28"_s, u"2026-11-29"_s, u"2026-11-30"_s, u"2026-12-01"_s,
                                 u"2026-12-02"_s, u"2026-12-03"_s, u"2026-12-04"_s}));
    const auto hourly = org.get(queryPath(
        u"SELECT LogDate FROM EventLogFile WHERE Interval = 'Hourly' ORDER BY LogDate DESC LIMIT 1"_s));
    // The newest hourly file is 3 to 6 hours old: 03:00 to 05:00 today.
    const QString newest = hourly.object()[u"records"_s][0][u"LogDate"_s].toString().left(16);
    EXPECT_GE(newest, u"2026-12-05T03:00"_s);
    EXPECT_LE(newest, u"2026-12-05T05:00"_s);

    // A weekday's file (Monday; Tableau rests at weekends) names the four
    // integrations and not SyncDesk, which was not running.
    const QString id = daily.object()[u"records"_s][2][u"Id"_s].toString();
    QSet<QString> apps;
    for (const auto &row : csvRows(logFile(org, id).response.wholeBody())) {
        apps.insert(row[u"CONNECTED_APP_NAME"_s]);
        EXPECT_NE(row[u"CLIENT_NAME"_s], u"SyncDesk"_s);
    }
    EXPECT_EQ(apps, (QSet<QString>{u"Pardot Marketing Sync"_s, u"Nightly Data Loader"_s,
                                   u"Tableau BI"_s, u"Custom Order Integration"_s}));
    // The allocation holds only the last 24 hours of it (and this test's own calls).
    EXPECT_LT(org.used(), 300 * 24 * 2);
    EXPECT_GT(org.org().usageLog().rowCount(), 300 * 24 * 6);
}

TEST(SandboxEventLog, ACollectionCallNamesItsRecordsTypeAndACompositeIsOneEvent)
{
    OrgUnderTest org(longSessions(), kNow);
    const QJsonObject contact{{u"attributes"_s, QJsonObject{{u"type"_s, u"Contact"_s}}},
                              {u"LastName"_s, u"Entity"_s}};
    org.post(OrgUnderTest::data(u"composite/sobjects"_s),
             QJsonDocument(QJsonObject{{u"allOrNone"_s, false},
                                       {u"records"_s, QJsonArray{contact, contact}}}));
    org.post(OrgUnderTest::data(u"composite"_s),
             QJsonDocument(
                 QJsonObject{{u"compositeRequest"_s,
                              QJsonArray{QJsonObject{{u"method"_s, u"GET"_s},
                                                     {u"url"_s, u"/services/data/v62.0/limits"_s},
                                                     {u"referenceId"_s, u"a"_s}},
                                         QJsonObject{{u"method"_s, u"GET"_s},
                                                     {u"url"_s, u"/services/data/v62.0/limits"_s},
                                                     {u"referenceId"_s, u"b"_s}}}}}));
    advance(org, 7 * 3600);
    const auto rows =
        csvRows(logFile(org, hourlyFiles(org).first()[u"Id"_s].toString()).response.wholeBody());
    ASSERT_EQ(rows.size(), 2); // Salesforce logs a composite's parent request only
    EXPECT_EQ(rows[0][u"API_RESOURCE"_s], u"/v62.0/composite/sobjects"_s);
    EXPECT_EQ(rows[0][u"HTTP_METHOD"_s], u"POST"_s);
    EXPECT_EQ(rows[0][u"ENTITY_NAME"_s], u"Contact"_s);
    EXPECT_EQ(rows[1][u"API_RESOURCE"_s], u"/v62.0/composite"_s);
    EXPECT_EQ(rows[1][u"ENTITY_NAME"_s], QString());
}
