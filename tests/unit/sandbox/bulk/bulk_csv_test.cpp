// The CSV of Bulk API 2.0 jobs: rows split where a line ends outside quotes,
// values unquoted, and results written with every value quoted.
#include "bulk/bulk_csv.h"

#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<QStringList> rowsOf(const QByteArray &data, const CsvDialect &dialect)
{
    QList<QStringList> rows;
    for (const auto &[start, stop] : csvRowSpans(data, dialect))
        rows.append(
            parseCsvRow(QByteArrayView(data).sliced(start, stop - start), dialect.delimiter));
    return rows;
}

} // namespace

TEST(SandboxBulkCsv, SplitsRowsOutsideQuotesAndSkipsBlankLines)
{
    const QByteArray data = "LastName,Description\n"
                            "\"O\"\"Neil, Jr\",\"two\nlines\"\n"
                            "\n"
                            "Plain,\n"
                            "Last,no newline at the end";
    const auto rows = rowsOf(data, *CsvDialect::named(u"COMMA"_s, u"LF"_s));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0], (QStringList{u"LastName"_s, u"Description"_s}));
    EXPECT_EQ(rows[1], (QStringList{u"O\"Neil, Jr"_s, u"two\nlines"_s}));
    EXPECT_EQ(rows[2], (QStringList{u"Plain"_s, QString()}));
    EXPECT_EQ(rows[3], (QStringList{u"Last"_s, u"no newline at the end"_s}));
}

TEST(SandboxBulkCsv, CrlfRowsEndOnlyAtCarriageReturnLineFeed)
{
    const QByteArray data = "A;B\r\n\"x\ny\";z\r\n1;2\r\n";
    const auto rows = rowsOf(data, *CsvDialect::named(u"SEMICOLON"_s, u"CRLF"_s));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1], (QStringList{u"x\ny"_s, u"z"_s}));
    EXPECT_EQ(rows[2], (QStringList{u"1"_s, u"2"_s}));
}

TEST(SandboxBulkCsv, KnowsSalesforcesDelimitersAndLineEndingsOnly)
{
    const std::pair<QString, char> delimiters[] = {{u"BACKQUOTE"_s, '`'}, {u"CARET"_s, '^'},
                                                   {u"COMMA"_s, ','},     {u"PIPE"_s, '|'},
                                                   {u"SEMICOLON"_s, ';'}, {u"TAB"_s, '\t'}};
    for (const auto &[name, character] : delimiters)
        EXPECT_EQ(CsvDialect::named(name, u"LF"_s)->delimiter, character) << name.toStdString();
    EXPECT_FALSE(CsvDialect::named(u"COLON"_s, u"LF"_s));
    EXPECT_FALSE(CsvDialect::named(u"COMMA"_s, u"CR"_s));
    EXPECT_EQ(CsvDialect::named(u"TAB"_s, u"CRLF"_s)->lineEnding, QByteArray("\r\n"));
}

TEST(SandboxBulkCsv, WritesEveryValueQuotedWithQuotesDoubled)
{
    QByteArray out;
    appendCsvRow(out, {u"0035g000000001dAAA"_s, u"say \"hi\", Zoë"_s, QString()},
                 *CsvDialect::named(u"PIPE"_s, u"CRLF"_s));
    EXPECT_EQ(out, QByteArray("\"0035g000000001dAAA\"|\"say \"\"hi\"\", Zo\xc3\xab\"|\"\"\r\n"));
}
