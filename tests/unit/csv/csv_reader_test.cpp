#include "sync/csv_reader.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using syncdesk::CsvReader;
using syncdesk::CsvReadResult;

namespace {

CsvReadResult parse(const char *text)
{
    return CsvReader::parse(QByteArray(text));
}

} // namespace

TEST(CsvReaderTest, SplitsPlainFieldsAndNumbersLines)
{
    const CsvReadResult result = parse("a,b,c\n1,,3\n");
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.records.size(), 2);
    EXPECT_EQ(result.records[0].fields, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    EXPECT_EQ(result.records[1].fields, (QStringList{u"1"_s, QString(), u"3"_s}));
    EXPECT_EQ(result.records[0].line, 1);
    EXPECT_EQ(result.records[1].line, 2);
}

TEST(CsvReaderTest, QuotedFieldsKeepCommasDoubledQuotesAndNewlines)
{
    const CsvReadResult result =
        parse("name,note\n\"Smith, Ann\",\"she said \"\"hi\"\"\"\n\"x\",\"two\nlines\"\nlast,row");
    ASSERT_TRUE(result.ok()) << result.error->message.toStdString();
    ASSERT_EQ(result.records.size(), 4);
    EXPECT_EQ(result.records[1].fields, (QStringList{u"Smith, Ann"_s, u"she said \"hi\""_s}));
    EXPECT_EQ(result.records[2].fields, (QStringList{u"x"_s, u"two\nlines"_s}));
    // The embedded newline moves the next record down a line.
    EXPECT_EQ(result.records[2].line, 3);
    EXPECT_EQ(result.records[3].line, 5);
    EXPECT_EQ(result.records[3].fields, (QStringList{u"last"_s, u"row"_s}));
}

TEST(CsvReaderTest, CrlfLineEndsAndByteOrderMark)
{
    const CsvReadResult result = parse("\xEF\xBB\xBFName,Phone\r\n\"A\r\nB\",1\r\nC,2\r\n");
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.records.size(), 3);
    EXPECT_EQ(result.records[0].fields.first(), u"Name"_s); // no BOM left on the first name
    EXPECT_EQ(result.records[1].fields.first(), u"A\r\nB"_s);
    EXPECT_EQ(result.records[1].line, 2);
    EXPECT_EQ(result.records[2].line, 4);
    EXPECT_EQ(result.records[2].fields, (QStringList{u"C"_s, u"2"_s}));
}

TEST(CsvReaderTest, Utf8TextIsDecoded)
{
    const CsvReadResult result = parse("Name\nZo\xC3\xAB\n");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.records[1].fields.first(), u"Zo\u00EB"_s);
}

TEST(CsvReaderTest, UnterminatedQuoteNamesTheLineItOpensOn)
{
    const CsvReadResult result = parse("a,b\n1,2\n3,\"never\nclosed\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->line, 3);
    EXPECT_TRUE(result.error->message.contains(u"unterminated quote"_s));
    EXPECT_TRUE(result.records.isEmpty());
}

TEST(CsvReaderTest, StrayQuotesAreErrors)
{
    const CsvReadResult inside = parse("a,b\nab\"c,d\n");
    ASSERT_FALSE(inside.ok());
    EXPECT_EQ(inside.error->line, 2);
    EXPECT_TRUE(inside.error->message.contains(u"stray quote"_s));

    const CsvReadResult after = parse("a,b\n\"ab\"c,d\n");
    ASSERT_FALSE(after.ok());
    EXPECT_EQ(after.error->line, 2);
}

TEST(CsvReaderTest, EmptyInputHasNoRecords)
{
    EXPECT_TRUE(parse("").records.isEmpty());
    EXPECT_TRUE(parse("\xEF\xBB\xBF").records.isEmpty());
}

TEST(CsvReaderTest, InvalidUtf8IsRefused)
{
    EXPECT_FALSE(parse("Name\n\xFF\xFE bad\n").ok());
}
