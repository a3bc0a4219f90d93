#include "usage/api_usage_log_parser.h"
#include "usage/event_log_file.h"

#include <QBuffer>
#include <QJsonObject>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kHeader =
    R"("EVENT_TYPE","TIMESTAMP","REQUEST_ID","ORGANIZATION_ID","USER_ID","API_FAMILY","API_VERSION","API_RESOURCE","CLIENT_NAME","HTTP_METHOD","CLIENT_IP","COUNTS_AGAINST_API_LIMIT","CONNECTED_APP_ID","ENTITY_NAME","STATUS_CODE","CONNECTED_APP_NAME","USER_NAME","TIMESTAMP_DERIVED")"
    "\n";

QByteArray row(const char *time, const char *counts, const char *appName,
               const char *userName = "int@example.com")
{
    return QByteArray(R"("ApiTotalUsage",")") + time +
           R"(","req","00D","%USER%","REST","62.0","/query","%CLIENT%","GET","10.0.0.1",")" +
           counts + R"(","0H4A","Contact","200",")" + appName + R"(",")" + userName +
           R"(","2026-12-04T13:05:01.000Z")" + "\n";
}

QByteArray withUser(QByteArray line, const char *client, const char *user)
{
    return line.replace("%USER%", user).replace("%CLIENT%", client);
}

UsageLogParseResult parseAll(const QByteArray &bytes, int chunk = 7)
{
    // Fed in small pieces: a row split anywhere must read the same.
    ApiUsageLogParser parser;
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        parser.feed(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(chunk, bytes.size() - i)));
    return parser.finish();
}

qint64 callsOf(const UsageLogParseResult &result, const QString &appName)
{
    qint64 calls = 0;
    for (const UsageLogCount &count : result.counts)
        calls += count.caller.connectedAppName == appName ? count.calls : 0;
    return calls;
}

} // namespace

TEST(ApiUsageLogParser, CountsOnlyRowsThatCountAgainstTheLimitPerHourAndCaller)
{
    QByteArray file = kHeader;
    file += withUser(row("20261204130501.123", "1", "Marketo"), "SyncDesk", "005A");
    file += withUser(row("20261204131501.123", "true", "Marketo"), "SyncDesk", "005A");
    file += withUser(row("20261204132501.123", "TRUE", "Marketo"), "SyncDesk", "005A");
    file += withUser(row("20261204133501.123", "0", "Marketo"), "SyncDesk", "005A");
    file += withUser(row("20261204140501.123", "False", "Tableau"), "", "005B");
    file += withUser(row("20261204140601.123", "1", "Tableau"), "", "005B");
    const UsageLogParseResult result = parseAll(file);
    ASSERT_TRUE(result.ok()) << result.fileError->toStdString();
    EXPECT_EQ(result.rows, 6);
    EXPECT_EQ(result.countedRows, 4);
    EXPECT_EQ(result.skippedRows, 0);
    ASSERT_EQ(result.counts.size(), 2);
    EXPECT_EQ(callsOf(result, u"Marketo"_s), 3);
    EXPECT_EQ(callsOf(result, u"Tableau"_s), 1);
    for (const UsageLogCount &count : result.counts) {
        if (count.caller.connectedAppName == u"Marketo"_s) {
            EXPECT_EQ(count.hourStart,
                      QDateTime(QDate(2026, 12, 4), QTime(13, 0), QTimeZone::utc()));
            EXPECT_EQ(count.caller.clientName, u"SyncDesk"_s);
            EXPECT_EQ(count.caller.userId, u"005A"_s);
            EXPECT_EQ(count.caller.userName, u"int@example.com"_s);
            EXPECT_EQ(count.caller.apiFamily, u"REST"_s);
            EXPECT_EQ(count.caller.connectedAppId, u"0H4A"_s);
        }
    }
}

TEST(ApiUsageLogParser, ReadsColumnsByNameInAnyOrderAndIgnoresUnknownOnes)
{
    const QByteArray file =
        R"("NEW_FIELD_2027","COUNTS_AGAINST_API_LIMIT","CONNECTED_APP_NAME","TIMESTAMP_DERIVED","CLIENT_NAME")"
        "\n"
        R"("whatever, with a comma","1","Data Loader","2026-12-04T09:59:59.999Z","DL")"
        "\n"
        R"("","1","Data Loader","2026-12-04T10:00:00.000Z","DL")"
        "\n";
    const UsageLogParseResult result = parseAll(file, 3);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.counts.size(), 2); // two hours
    EXPECT_EQ(callsOf(result, u"Data Loader"_s), 2);
    for (const UsageLogCount &count : result.counts) {
        EXPECT_TRUE(count.caller.userId.isEmpty()); // no USER_ID column: empty, not an error
        EXPECT_EQ(count.caller.clientName, u"DL"_s);
    }
}

TEST(ApiUsageLogParser, AHeaderOnlyFileIsAnEmptyHourNotAnError)
{
    const UsageLogParseResult result = parseAll(kHeader);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.rows, 0);
    EXPECT_TRUE(result.counts.isEmpty());
}

TEST(ApiUsageLogParser, AFileWithoutTheRequiredColumnsFailsWhole)
{
    UsageLogParseResult result =
        parseAll("\"USER_ID\",\"TIMESTAMP\"\n\"005\",\"20261204130501.123\"\n");
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.fileError->contains(u"COUNTS_AGAINST_API_LIMIT"_s));
    EXPECT_TRUE(result.counts.isEmpty());
    result = parseAll(QByteArray());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.fileError->contains(u"empty"_s));
}

TEST(ApiUsageLogParser, QuotedCommasQuotesAndLineBreaksStayInsideTheirValue)
{
    const QByteArray file =
        R"("COUNTS_AGAINST_API_LIMIT","TIMESTAMP","CONNECTED_APP_NAME","USER_NAME")"
        "\n"
        R"("1","20261204130501.123","Acme, ""the"" sync","a@b.c")"
        "\r\n"
        R"("1","20261204130502.123","Acme, ""the"" sync","multi)"
        "\nline\"\n";
    const UsageLogParseResult result = parseAll(file, 5);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.skippedRows, 0);
    EXPECT_EQ(callsOf(result, uR"(Acme, "the" sync)"_s), 2);
}

TEST(ApiUsageLogParser, AMalformedRowIsSkippedWithItsLineAndTheOthersStillCount)
{
    QByteArray file = R"("COUNTS_AGAINST_API_LIMIT","TIMESTAMP","CONNECTED_APP_NAME")"
                      "\n";
    file += R"("1","20261204130501.123","A")"
            "\n"; // line 2
    file += R"("1","20261204130501.123","B"oops,"x")"
            "\n"; // line 3: text after a closing quote
    file += R"("1","20261204130501.123")"
            "\n"; // line 4: a value missing
    file += R"("1","2026120x","A")"
            "\n"; // line 5: an unreadable time
    file += R"("maybe","20261204130501.123","A")"
            "\n"; // line 6
    file += R"("1","20261204130501.123","A")"
            "\n";                                        // line 7
    file += R"("1","20261204130501.123","never closed)"; // line 8, to the end
    const UsageLogParseResult result = parseAll(file);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(callsOf(result, u"A"_s), 2);
    EXPECT_EQ(callsOf(result, u"B"_s), 0);
    EXPECT_EQ(result.skippedRows, 5);
    ASSERT_EQ(result.problems.size(), 5);
    const QList<int> lines{result.problems[0].line, result.problems[1].line,
                           result.problems[2].line, result.problems[3].line,
                           result.problems[4].line};
    EXPECT_EQ(lines, (QList<int>{3, 4, 5, 6, 8}));
    EXPECT_TRUE(result.problems[1].message.contains(u"2 values where the header names 3"_s))
        << result.problems[1].message.toStdString();
}

TEST(ApiUsageLogParser, ParsesADeviceInChunks)
{
    QByteArray file = kHeader;
    for (int i = 0; i < 5000; ++i)
        file += withUser(row("20261204130501.123", "1", "Marketo"), "SyncDesk", "005A");
    QBuffer buffer(&file);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    const UsageLogParseResult result = ApiUsageLogParser::parse(buffer);
    EXPECT_EQ(result.countedRows, 5000);
    EXPECT_EQ(callsOf(result, u"Marketo"_s), 5000);
}

TEST(EventLogFile, ReadsTheListingAndPrefersHourlyFilesOverDailyOnes)
{
    const auto file = [](const QString &id, const QString &interval, const QString &date,
                         int sequence) {
        return *eventLogFileFromRecord(QJsonObject{{u"Id"_s, id},
                                                   {u"Interval"_s, interval},
                                                   {u"LogDate"_s, date},
                                                   {u"Sequence"_s, sequence},
                                                   {u"LogFileLength"_s, 1234.0}});
    };
    const EventLogFileInfo h13 = file(u"h13"_s, u"Hourly"_s, u"2026-12-04T13:00:00.000+0000"_s, 1);
    EXPECT_TRUE(h13.hourly);
    EXPECT_EQ(h13.logDate, QDateTime(QDate(2026, 12, 4), QTime(13, 0), QTimeZone::utc()));
    EXPECT_EQ(h13.length, 1234);
    const EventLogFileInfo h13v2 =
        file(u"h13b"_s, u"Hourly"_s, u"2026-12-04T13:00:00.000+0000"_s, 2);
    const EventLogFileInfo d4 = file(u"d4"_s, u"Daily"_s, u"2026-12-04T00:00:00.000+0000"_s, 1);
    const EventLogFileInfo d3 = file(u"d3"_s, u"Daily"_s, u"2026-12-03T00:00:00.000+0000"_s, 1);

    // The day with hourly files is not fetched daily; the newest Sequence wins.
    QList<EventLogFileInfo> due = eventLogFilesToFetch({h13, h13v2, d4, d3}, {});
    ASSERT_EQ(due.size(), 2);
    EXPECT_EQ(due[0].id, u"d3"_s);
    EXPECT_EQ(due[1].id, u"h13b"_s);
    // Stored already: nothing again; a higher Sequence than the stored one: again.
    EXPECT_TRUE(eventLogFilesToFetch({h13, d3}, {h13, d3}).isEmpty());
    due = eventLogFilesToFetch({h13v2}, {h13});
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due[0].id, u"h13b"_s);
    // A stored hourly file keeps its day's daily file out too.
    EXPECT_TRUE(eventLogFilesToFetch({d4}, {h13}).isEmpty());
    EXPECT_TRUE(eventLogFileListing(QDateTime(QDate(2026, 11, 27), QTime(0, 0), QTimeZone::utc()))
                    .endsWith(u"LogDate >= 2026-11-27T00:00:00Z ORDER BY LogDate"_s));
}
