// The CSV of a Bulk API 2.0 upload: what needs quotes gets them, null is #N/A, a field a
// record does not change stays empty, and the result reads back through SyncDesk's own
// streaming CSV reader field for field.
#include "salesforce/bulk2_csv.h"
#include "usage/streaming_csv_records.h"

#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

TEST(Bulk2Csv, QuotesOnlyWhatNeedsQuotesAndWritesNullAsNA)
{
    EXPECT_EQ(Bulk2Csv::field(u"plain"_s), "plain");
    EXPECT_EQ(Bulk2Csv::field(u"a,b"_s), "\"a,b\"");
    EXPECT_EQ(Bulk2Csv::field(u"say \"hi\""_s), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(Bulk2Csv::field(u"two\nlines"_s), "\"two\nlines\"");
    EXPECT_EQ(Bulk2Csv::field(u" padded"_s), "\" padded\"");
    EXPECT_EQ(Bulk2Csv::field(QJsonValue(QJsonValue::Null)), "#N/A");
    EXPECT_EQ(Bulk2Csv::field(u""_s), "#N/A"); // an emptied field, not "leave it"
    EXPECT_EQ(Bulk2Csv::field(QJsonValue(QJsonValue::Undefined)), "");
    EXPECT_EQ(Bulk2Csv::field(true), "true");
    EXPECT_EQ(Bulk2Csv::field(42), "42");
    EXPECT_EQ(Bulk2Csv::field(2.5), "2.5");
    EXPECT_EQ(Bulk2Csv::field(u"Zoë"_s), "Zo\xc3\xab");
}

TEST(Bulk2Csv, RowsReadBackFieldForField)
{
    Bulk2Csv csv({u"SyncDesk_Id__c"_s, u"LastName"_s, u"Title"_s});
    csv.addRow({u"sd-a-1"_s, u"O'Hara, \"Jr\""_s, QJsonValue(QJsonValue::Undefined)});
    csv.addRow({u"sd-a-2"_s, u"Line\r\nbreak"_s, QJsonValue(QJsonValue::Null)});
    EXPECT_EQ(csv.rowCount(), 2);

    QList<QList<QByteArray>> read;
    StreamingCsvRecords reader(
        [&read](const CsvFieldsView &r) { read.append(*r.fields); },
        [](int line, const QString &why) { ADD_FAILURE() << line << why.toStdString(); });
    reader.feed(csv.bytes());
    reader.finish();
    ASSERT_EQ(read.size(), 3);
    EXPECT_EQ(read[0], (QList<QByteArray>{"SyncDesk_Id__c", "LastName", "Title"}));
    EXPECT_EQ(read[1], (QList<QByteArray>{"sd-a-1", "O'Hara, \"Jr\"", ""}));
    EXPECT_EQ(read[2], (QList<QByteArray>{"sd-a-2", "Line\r\nbreak", "#N/A"}));
}
