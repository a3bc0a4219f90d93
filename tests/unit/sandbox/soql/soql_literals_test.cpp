#include "soql/soql_literals.h"
#include "soql_test_org.h"

#include <QDateTime>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::sandbox {
namespace {

qint64 utcMillis(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

TEST(SoqlLiteralsTest, DecodesEveryStringEscape)
{
    EXPECT_EQ(decodeSoqlString(u"O\\'Brien"), u"O'Brien"_s);
    EXPECT_EQ(decodeSoqlString(u"a\\\\b"), u"a\\b"_s);
    EXPECT_EQ(decodeSoqlString(u"line\\nnext\\Rx\\tT\\b\\f"), u"line\nnext\rx\tT\b\f"_s);
    EXPECT_EQ(decodeSoqlString(u"say \\\"hi\\\""), u"say \"hi\""_s);
    // Outside LIKE, \% and \_ are not wildcard escapes and keep their backslash.
    EXPECT_EQ(decodeSoqlString(u"100\\%"), u"100\\%"_s);
}

TEST(SoqlLiteralsTest, OnlySoqlEscapesAreValid)
{
    for (QChar c : u"nNrRtTbBfF\"'\\_%"_s)
        EXPECT_TRUE(isValidSoqlEscape(c)) << char(c.unicode());
    for (QChar c : u"xau0 "_s)
        EXPECT_FALSE(isValidSoqlEscape(c)) << char(c.unicode());
}

TEST(SoqlLiteralsTest, LikeWildcardsAndCase)
{
    EXPECT_TRUE(soqlLikeMatches(u"sm%", u"Smith"));
    EXPECT_TRUE(soqlLikeMatches(u"%ITH", u"Smith"));
    EXPECT_TRUE(soqlLikeMatches(u"%mi%", u"Smith"));
    EXPECT_TRUE(soqlLikeMatches(u"Sm_th", u"smyth"));
    EXPECT_FALSE(soqlLikeMatches(u"Sm_th", u"Smiith"));
    EXPECT_FALSE(soqlLikeMatches(u"sm", u"Smith"));
    EXPECT_TRUE(soqlLikeMatches(u"%", u""));
    EXPECT_TRUE(soqlLikeMatches(u"a%b%c", u"aXXbYYbc"));
    EXPECT_FALSE(soqlLikeMatches(u"a%b%c", u"aXXbYYb"));
}

TEST(SoqlLiteralsTest, EscapedWildcardsInLikeAreLiteral)
{
    const QString percent = decodeSoqlString(u"100\\%", true);
    EXPECT_TRUE(soqlLikeMatches(percent, u"100%"));
    EXPECT_FALSE(soqlLikeMatches(percent, u"1000"));
    const QString underscore = decodeSoqlString(u"a\\_b", true);
    EXPECT_TRUE(soqlLikeMatches(underscore, u"a_b"));
    EXPECT_FALSE(soqlLikeMatches(underscore, u"axb"));
    // An escaped backslash followed by a real wildcard.
    const QString backslash = decodeSoqlString(u"a\\\\%", true);
    EXPECT_TRUE(soqlLikeMatches(backslash, u"a\\anything"));
    EXPECT_FALSE(soqlLikeMatches(backslash, u"ab"));
}

TEST(SoqlLiteralsTest, LikeOnPathologicalPatternFinishesQuickly)
{
    const QString pattern = QString(u"%a"_s).repeated(2000) + u"b"_s;
    const QString value = QString(5000, u'a');
    EXPECT_FALSE(soqlLikeMatches(pattern, value));
}

TEST(SoqlLiteralsTest, DateTimeLiteralsWithZoneOffsetsAndFractions)
{
    EXPECT_EQ(parseSoqlDateTimeLiteral(u"2024-01-01T00:00:00Z"), utcMillis(2024, 1, 1, 0, 0, 0));
    EXPECT_EQ(parseSoqlDateTimeLiteral(u"2024-01-01T10:30:00+02:00"),
              utcMillis(2024, 1, 1, 8, 30, 0));
    EXPECT_EQ(parseSoqlDateTimeLiteral(u"2024-01-01T01:00:00-08:00"),
              utcMillis(2024, 1, 1, 9, 0, 0));
    EXPECT_EQ(parseSoqlDateTimeLiteral(u"2024-03-05T06:07:08.123Z"),
              utcMillis(2024, 3, 5, 6, 7, 8, 123));
    EXPECT_EQ(parseSoqlDateTimeLiteral(u"2024-03-05T06:07:08.5Z"),
              utcMillis(2024, 3, 5, 6, 7, 8, 500));
}

TEST(SoqlLiteralsTest, RejectsMalformedDateTimes)
{
    for (const auto *text :
         {u"2024-01-01T00:00:00", u"2024-13-01T00:00:00Z", u"2024-02-30T00:00:00Z",
          u"2024-01-01T24:00:00Z", u"2024-01-01T00:00Z", u"2024-01-01T00:00:00+0200",
          u"2024-01-01T00:00:00.Z", u"2024-01-01T00:00:00ZZ"})
        EXPECT_FALSE(parseSoqlDateTimeLiteral(QStringView(text)))
            << QString::fromUtf16(text).toStdString();
}

TEST(SoqlLiteralsTest, DateLiterals)
{
    EXPECT_EQ(parseSoqlDateLiteral(u"2024-02-29"), QDate(2024, 2, 29));
    EXPECT_FALSE(parseSoqlDateLiteral(u"2023-02-29"));
    EXPECT_FALSE(parseSoqlDateLiteral(u"2024-1-01"));
}

TEST(SoqlLiteralsTest, RecordDateTimeFormats)
{
    EXPECT_EQ(parseRecordDateTime(u"2013-05-07T22:07:19.000+0000"),
              utcMillis(2013, 5, 7, 22, 7, 19));
    EXPECT_EQ(parseRecordDateTime(u"2013-05-07T22:07:19.250Z"),
              utcMillis(2013, 5, 7, 22, 7, 19, 250));
    EXPECT_EQ(parseRecordDateTime(u"2013-05-07T22:07:19.000-0100"),
              utcMillis(2013, 5, 7, 23, 7, 19));
    EXPECT_FALSE(parseRecordDateTime(u"yesterday"));
}

TEST(SoqlLiteralsTest, RelativeDateSpans)
{
    const auto today = parseSoqlDateSpanLiteral(u"today");
    ASSERT_TRUE(today);
    EXPECT_EQ(today->firstDayOffset, 0);
    EXPECT_EQ(today->lastDayOffset, 0);
    const auto yesterday = parseSoqlDateSpanLiteral(u"YESTERDAY");
    ASSERT_TRUE(yesterday);
    EXPECT_EQ(yesterday->firstDayOffset, -1);
    const auto last = parseSoqlDateSpanLiteral(u"LAST_N_DAYS:7");
    ASSERT_TRUE(last);
    EXPECT_EQ(last->firstDayOffset, -7);
    EXPECT_EQ(last->lastDayOffset, 0);
    EXPECT_FALSE(parseSoqlDateSpanLiteral(u"LAST_N_WIDGETS:7"));
    EXPECT_FALSE(parseSoqlDateSpanLiteral(u"LAST_N_DAYS:99999999999"));
}

} // namespace
} // namespace syncdesk::sandbox
