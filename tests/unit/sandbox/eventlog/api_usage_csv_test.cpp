// The ApiTotalUsage CSV as Salesforce writes its event log files.
#include "eventlog/event_log_files.h"

#include <QDateTime>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kHour = QDateTime(QDate(2026, 12, 4), QTime(13, 0), QTimeZone::utc());

ApiCaller awkwardCaller()
{
    // A client name with a quote and a comma, as a tool may send in Sforce-Call-Options.
    return ApiCaller{u"005000000000001AAA"_s, u"ops@acme.example"_s, u"0H4000000000001AAA"_s,
                     u"Ops, \"the\" app"_s,   u"Loader \"v2\""_s,    u"10.0.0.1"_s};
}

ApiCallTarget query(const QString &entity)
{
    return ApiCallTarget{u"REST"_s, u"62.0"_s, u"/v62.0/query"_s, u"GET"_s, entity};
}

// The CSV of the one hourly file published for kHour.
QByteArray publishedCsv(ApiUsageLog &log, ApiUsageLayoutChoice layout = {})
{
    EventLogFiles files(log, 1, u"005000000000001AAA"_s);
    files.setLayoutChoice(layout);
    files.publishDue(kHour.addDays(1)); // long after the hour: its file is out
    for (const QJsonObject &record : files.records(u"v62.0"_s))
        if (record.value(u"Interval"_s).toString() == u"Hourly"_s)
            return files.csv(*files.file(record.value(u"Id"_s).toString()))->readAll();
    return {};
}

// A line's values, read the strict way: each one must be quoted.
QStringList csvFields(const QByteArray &line)
{
    QStringList fields;
    qsizetype i = 0;
    while (i < line.size()) {
        if (line[i] != '"')
            return {u"<unquoted value>"_s};
        QByteArray value;
        for (++i; i < line.size(); ++i) {
            if (line[i] == '"' && i + 1 < line.size() && line[i + 1] == '"')
                value += line[++i];
            else if (line[i] == '"')
                break;
            else
                value += line[i];
        }
        fields.append(QString::fromUtf8(value));
        i += 2; // the closing quote and the comma
    }
    return fields;
}

} // namespace

TEST(ApiUsageCsv, EveryValueQuotedQuotesDoubledLfNoTrailingLine)
{
    ApiUsageLog log(u"00D000000000001AAA"_s, 7);
    log.record(kHour.addMSecs(5 * 60'000 + 12'345), awkwardCaller(), query(u"Contact"_s), 200,
               true);
    log.record(kHour.addMSecs(59 * 60'000 + 59'999), awkwardCaller(), query({}), 403, false);

    const QByteArray csv = publishedCsv(log);
    ASSERT_FALSE(csv.isEmpty());
    EXPECT_FALSE(csv.contains('\r'));
    EXPECT_FALSE(csv.endsWith('\n'));
    const QList<QByteArray> lines = csv.split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0],
              "\"EVENT_TYPE\",\"TIMESTAMP\",\"REQUEST_ID\",\"ORGANIZATION_ID\",\"USER_ID\","
              "\"API_FAMILY\",\"API_VERSION\",\"API_RESOURCE\",\"CLIENT_NAME\",\"HTTP_METHOD\","
              "\"CLIENT_IP\",\"COUNTS_AGAINST_API_LIMIT\",\"CONNECTED_APP_ID\",\"ENTITY_NAME\","
              "\"STATUS_CODE\",\"CONNECTED_APP_NAME\",\"USER_NAME\",\"TIMESTAMP_DERIVED\"");
    const QByteArray first = lines[1];
    EXPECT_TRUE(first.startsWith("\"ApiTotalUsage\",\"20261204130512.345\",\"")) << first.data();
    // Ids in their 15-character form, as in Salesforce's files.
    EXPECT_TRUE(first.contains(",\"00D000000000001\",\"005000000000001\",\"REST\",\"62.0\","
                               "\"/v62.0/query\",\"Loader \"\"v2\"\"\",\"GET\",\"10.0.0.1\",\"1\","
                               "\"0H4000000000001\",\"Contact\",\"200\",\"Ops, \"\"the\"\" app\","
                               "\"ops@acme.example\",\"2026-12-04T13:05:12.345Z\""))
        << first.data();
    // Refused: not counted, Boolean written "0"; an empty entity is an empty quoted value.
    EXPECT_TRUE(lines[2].contains(",\"0\",\"0H4000000000001\",\"\",\"403\","));
    EXPECT_TRUE(lines[2].endsWith("\"2026-12-04T13:59:59.999Z\""));
    // The request id: 22 letters and digits, different per event.
    const QByteArray requestId = first.split(',')[2];
    EXPECT_EQ(requestId.size(), 24);
    EXPECT_NE(requestId, lines[2].split(',')[2]);
}

TEST(ApiUsageCsv, RowsComeInTimeOrderWhateverOrderTheyWereRecorded)
{
    ApiUsageLog log(u"00D000000000001AAA"_s);
    // A catch-up after a clock jump records calls at past instants.
    log.record(kHour.addSecs(1800), awkwardCaller(), query(u"Lead"_s), 200, true);
    log.record(kHour.addSecs(60), awkwardCaller(), query(u"Account"_s), 200, true);
    const QList<QByteArray> lines = publishedCsv(log).split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[1].contains("\"Account\""));
    EXPECT_TRUE(lines[2].contains("\"Lead\""));
}

TEST(ApiUsageCsv, LengthIsTheBytesOfTheStreamInAnyPieces)
{
    ApiUsageLog log(u"00D000000000001AAA"_s);
    for (int i = 0; i < 3000; ++i)
        log.record(kHour.addMSecs(i * 1000), awkwardCaller(), query(u"Contact"_s), 200, i % 7);
    EventLogFiles files(log, 1, u"005000000000001AAA"_s);
    files.publishDue(kHour.addDays(1));
    const QJsonObject record = files.records(u"v62.0"_s).first();
    const EventLogFiles::File *file = files.file(record.value(u"Id"_s).toString());
    ASSERT_NE(file, nullptr);
    const auto stream = files.csv(*file);
    QByteArray pieces;
    int reads = 0;
    while (stream->readChunk(&pieces, 4096))
        ++reads;
    EXPECT_GT(reads, 10); // it really came in pieces
    EXPECT_EQ(pieces.size(), stream->size());
    EXPECT_EQ(qint64(record.value(u"LogFileLength"_s).toDouble()), pieces.size());
    EXPECT_EQ(pieces, files.csv(*file)->readAll());
    EXPECT_EQ(pieces.count('\n'), 3000);
}

TEST(ApiUsageCsv, ShuffledAndExtendedLayoutsSayTheirOrderInFieldNames)
{
    ApiUsageLog log(u"00D000000000001AAA"_s);
    log.record(kHour.addSecs(10), awkwardCaller(), query(u"Contact"_s), 200, true);
    for (const auto choice : {ApiUsageLayoutChoice::Shuffled, ApiUsageLayoutChoice::Extended}) {
        EventLogFiles files(log, 1, u"005000000000001AAA"_s);
        files.setLayoutChoice(choice);
        files.publishDue(kHour.addDays(1));
        const QJsonObject record = files.records(u"v62.0"_s).first();
        const QString names = record.value(u"LogFileFieldNames"_s).toString();
        const QStringList types = record.value(u"LogFileFieldTypes"_s).toString().split(u',');
        const QByteArray csv = files.csv(*files.file(record.value(u"Id"_s).toString()))->readAll();
        const QList<QByteArray> lines = csv.split('\n');
        EXPECT_EQ(QString::fromUtf8(lines[0]).remove(u'"'), names);
        EXPECT_NE(names, api_usage_columns::fieldNames(
                             api_usage_columns::layout(ApiUsageLayoutChoice::Standard)));
        EXPECT_EQ(names.split(u',').size(), types.size());
        const QStringList values = csvFields(lines[1]);
        ASSERT_EQ(values.size(), names.split(u',').size());
        // Values follow their names: each column holds its own field.
        const QStringList columns = names.split(u',');
        EXPECT_EQ(values[columns.indexOf(u"CLIENT_NAME"_s)], u"Loader \"v2\""_s);
        EXPECT_EQ(values[columns.indexOf(u"CONNECTED_APP_NAME"_s)], u"Ops, \"the\" app"_s);
        EXPECT_EQ(values[columns.indexOf(u"COUNTS_AGAINST_API_LIMIT"_s)], u"1"_s);
        EXPECT_EQ(types[columns.indexOf(u"COUNTS_AGAINST_API_LIMIT"_s)], u"Boolean"_s);
        EXPECT_EQ(names.contains(u"API_CLIENT_CATEGORY"_s),
                  choice == ApiUsageLayoutChoice::Extended);
    }
}
