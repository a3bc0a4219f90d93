#include "schema/field_value.h"
#include "schema/object_description.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

TEST(SalesforceDateTime, AcceptsTheFormsSalesforceAccepts)
{
    const QDateTime expected(QDate(2024, 1, 1), QTime(12, 30, 5), QTimeZone::utc());
    for (const QString &text :
         {u"2024-01-01T12:30:05Z"_s, u"2024-01-01T12:30:05.000Z"_s, u"2024-01-01T12:30:05+0000"_s,
          u"2024-01-01T12:30:05.000+0000"_s, u"2024-01-01T14:30:05+02:00"_s,
          u"2024-01-01T05:30:05.000-0700"_s, u"2024-01-01T12:30:05"_s}) {
        const std::optional<QDateTime> parsed = parseSalesforceDateTime(text);
        ASSERT_TRUE(parsed.has_value()) << text.toStdString();
        EXPECT_EQ(*parsed, expected) << text.toStdString();
    }
    EXPECT_EQ(parseSalesforceDateTime(u"2024-01-01T12:30:05.123Z")->time().msec(), 123);
    EXPECT_EQ(*parseSalesforceDateTime(u"2024-03-05"),
              QDateTime(QDate(2024, 3, 5), QTime(0, 0), QTimeZone::utc()));
}

TEST(SalesforceDateTime, RefusesWhatIsNotATime)
{
    for (const QString &text :
         {u""_s, u"yesterday"_s, u"2024-13-01T00:00:00Z"_s, u"2024-02-30"_s,
          u"2024-01-01T25:00:00Z"_s, u"2024-01-01 12:00:00"_s, u"2024-01-01T12:00:00+9900"_s})
        EXPECT_FALSE(parseSalesforceDateTime(text).has_value()) << text.toStdString();
}

TEST(SalesforceDate, TakesADateOrTheUtcDayOfADateTime)
{
    EXPECT_EQ(*parseSalesforceDate(u"2024-02-29"), QDate(2024, 2, 29));
    EXPECT_EQ(*parseSalesforceDate(u"2024-02-29T23:30:00-0200"), QDate(2024, 3, 1));
    EXPECT_FALSE(parseSalesforceDate(u"2023-02-29").has_value());
    EXPECT_FALSE(parseSalesforceDate(u"02/03/2024").has_value());
}

TEST(FieldValue, NumbersAreRoundedToScaleAndRangeChecked)
{
    const FieldDescription amount = *OrgSchema::standard().object(u"Opportunity")->field(u"Amount");
    EXPECT_EQ(checkFieldValue(amount, 1234.567).value.toDouble(), 1234.57);
    EXPECT_EQ(checkFieldValue(amount, u"99.5"_s).value.toDouble(), 99.5);
    const FieldValueCheck tooBig = checkFieldValue(amount, 1e17);
    EXPECT_EQ(tooBig.errorCode, u"NUMBER_OUTSIDE_VALID_RANGE"_s);

    const FieldDescription employees =
        *OrgSchema::standard().object(u"Account")->field(u"NumberOfEmployees");
    EXPECT_EQ(checkFieldValue(employees, 250).value.toInt(), 250);
    EXPECT_EQ(checkFieldValue(employees, 2.5).errorCode, u"INVALID_TYPE_ON_FIELD_IN_RECORD"_s);
    EXPECT_EQ(checkFieldValue(employees, 123456789).errorCode, u"NUMBER_OUTSIDE_VALID_RANGE"_s);
}

TEST(FieldValue, PicklistsTakeTheCanonicalSpelling)
{
    const FieldDescription industry = *OrgSchema::standard().object(u"Lead")->field(u"Industry");
    EXPECT_EQ(checkFieldValue(industry, u"banking"_s).value.toString(), u"Banking"_s);
    // Unrestricted picklists take values outside their list, as Salesforce's API does.
    EXPECT_EQ(checkFieldValue(industry, u"Space Mining"_s).value.toString(), u"Space Mining"_s);
}

TEST(FieldValue, EmptyTextIsNull)
{
    const FieldDescription title = *OrgSchema::standard().object(u"Contact")->field(u"Title");
    const FieldValueCheck check = checkFieldValue(title, u""_s);
    EXPECT_TRUE(check.ok());
    EXPECT_TRUE(check.value.isNull());
    EXPECT_EQ(checkFieldValue(title, 42).value.toString(), u"42"_s);
}
