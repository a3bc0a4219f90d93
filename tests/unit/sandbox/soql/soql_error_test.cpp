#include "soql_test_org.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::sandbox::test {
namespace {

const QString customFieldHint =
    u"If you are attempting to use a custom field, be sure to append the '__c' after the custom "
    "field name. Please reference your WSDL or the describe call for the appropriate names."_s;

TEST(SoqlErrorTest, UnexpectedEndOfQuery)
{
    const SalesforceError error = errorOf(u"SELECT Id FROM Contact WHERE"_s);
    EXPECT_EQ(error.errorCode, u"MALFORMED_QUERY"_s);
    EXPECT_EQ(error.message, u"\nSELECT Id FROM Contact WHERE\n                           ^\n"
                             "ERROR at Row:1:Column:28\nunexpected token: <EOF>"_s);
}

TEST(SoqlErrorTest, UnknownColumn)
{
    const SalesforceError error = errorOf(u"SELECT Id, Foo FROM Contact"_s);
    EXPECT_EQ(error.errorCode, u"INVALID_FIELD"_s);
    EXPECT_EQ(error.message, u"\nSELECT Id, Foo FROM Contact\n           ^\n"
                             "ERROR at Row:1:Column:12\nNo such column 'Foo' on entity "
                             "'Contact'. "_s +
                                 customFieldHint);
}

TEST(SoqlErrorTest, UnknownColumnOnParentNamesTheParentEntity)
{
    const SalesforceError error = errorOf(u"SELECT Account.Nope FROM Contact"_s);
    EXPECT_EQ(error.errorCode, u"INVALID_FIELD"_s);
    EXPECT_EQ(error.message, u"\nSELECT Account.Nope FROM Contact\n       ^\n"
                             "ERROR at Row:1:Column:8\nNo such column 'Nope' on entity "
                             "'Account'. "_s +
                                 customFieldHint);
}

TEST(SoqlErrorTest, UnknownObject)
{
    const SalesforceError error = errorOf(u"SELECT Id FROM Foo"_s);
    EXPECT_EQ(error.errorCode, u"INVALID_TYPE"_s);
    EXPECT_EQ(error.message,
              u"\nSELECT Id FROM Foo\n               ^\nERROR at Row:1:Column:16\nsObject type "
              "'Foo' is not supported. If you are attempting to use a custom object, be sure to "
              "append the '__c' after the entity name. Please reference your WSDL or the "
              "describe call for the appropriate names."_s);
}

TEST(SoqlErrorTest, UnknownObjectWinsOverUnknownField)
{
    EXPECT_EQ(errorOf(u"SELECT Foo FROM Bar"_s).errorCode, u"INVALID_TYPE"_s);
}

TEST(SoqlErrorTest, SyntaxErrorsWinOverSchemaErrors)
{
    EXPECT_EQ(errorOf(u"SELECT Foo FROM Bar WHERE"_s).errorCode, u"MALFORMED_QUERY"_s);
}

TEST(SoqlErrorTest, UnknownRelationship)
{
    const SalesforceError error = errorOf(u"SELECT Id, Boss.Name FROM Contact"_s);
    EXPECT_EQ(error.errorCode, u"INVALID_FIELD"_s);
    EXPECT_EQ(error.message,
              u"\nSELECT Id, Boss.Name FROM Contact\n           ^\nERROR at Row:1:Column:12\n"
              "Didn't understand relationship 'Boss' in field path. If you are attempting to use "
              "a custom relationship, be sure to append the '__r' after the custom relationship "
              "name. Please reference your WSDL or the describe call for the appropriate names."_s);
}

TEST(SoqlErrorTest, QuotedDateTimeIsRefused)
{
    const SalesforceError error =
        errorOf(u"SELECT Id FROM Contact WHERE SystemModstamp > '2024-01-01T00:00:00Z'"_s);
    EXPECT_EQ(error.errorCode, u"INVALID_FIELD"_s);
    EXPECT_EQ(error.message,
              u"\nSELECT Id FROM Contact WHERE SystemModstamp > '2024-01-01T00:00:00Z'\n"
              "                                              ^\nERROR at Row:1:Column:47\n"
              "value of filter criterion for field 'SystemModstamp' must be of type dateTime and "
              "should not be enclosed in quotes"_s);
}

TEST(SoqlErrorTest, DateLiteralOnDateTimeFieldIsRefusedAsSalesforceDoes)
{
    const SalesforceError error =
        errorOf(u"SELECT Id FROM Contact WHERE CreatedDate > 2024-01-01"_s);
    EXPECT_EQ(error.errorCode, u"INVALID_FIELD"_s);
    EXPECT_TRUE(
        error.message.endsWith(u"value of filter criterion for field 'CreatedDate' must "
                               "be of type dateTime and should not be enclosed in quotes"_s))
        << error.message.toStdString();
}

TEST(SoqlErrorTest, LiteralTypeMismatches)
{
    const std::pair<QString, QString> cases[] = {
        {u"SELECT Id FROM Contact WHERE LastName = 5"_s,
         u"value of filter criterion for field 'LastName' must be of type string and should be "
         "enclosed in quotes"_s},
        {u"SELECT Id FROM Contact WHERE HasOptedOutOfEmail = 'true'"_s,
         u"value of filter criterion for field 'HasOptedOutOfEmail' must be of type boolean and "
         "should not be enclosed in quotes"_s},
        {u"SELECT Id FROM Account WHERE NumberOfEmployees > '5'"_s,
         u"value of filter criterion for field 'NumberOfEmployees' must be of type integer and "
         "should not be enclosed in quotes"_s},
        {u"SELECT Id FROM Contact WHERE Birthdate = '2000-01-01'"_s,
         u"value of filter criterion for field 'Birthdate' must be of type date and should not "
         "be enclosed in quotes"_s},
    };
    for (const auto &[soql, reason] : cases) {
        const SalesforceError error = errorOf(soql);
        EXPECT_EQ(error.errorCode, u"INVALID_FIELD"_s) << soql.toStdString();
        EXPECT_TRUE(error.message.endsWith(u'\n' + reason)) << error.message.toStdString();
    }
}

TEST(SoqlErrorTest, CaretOnLaterRowOfMultiLineQuery)
{
    const SalesforceError error = errorOf(u"SELECT Id,\n  Bogus\nFROM Contact"_s);
    EXPECT_EQ(error.errorCode, u"INVALID_FIELD"_s);
    EXPECT_TRUE(error.message.startsWith(u"\n  Bogus\n  ^\nERROR at Row:2:Column:3\n"
                                         "No such column 'Bogus'"_s))
        << error.message.toStdString();
}

TEST(SoqlErrorTest, UnexpectedTokenInTheMiddle)
{
    const SalesforceError error = errorOf(u"SELECT Id FROM Contact WHERE LastName 'x'"_s);
    EXPECT_EQ(error.errorCode, u"MALFORMED_QUERY"_s);
    EXPECT_EQ(error.message, u"\nSELECT Id FROM Contact WHERE LastName 'x'\n"
                             "                                      ^\n"
                             "ERROR at Row:1:Column:39\nunexpected token: ''x''"_s);
    const SalesforceError missingFrom = errorOf(u"SELECT Id Contact"_s);
    EXPECT_EQ(missingFrom.message, u"\nSELECT Id Contact\n          ^\nERROR at Row:1:Column:11\n"
                                   "unexpected token: 'Contact'"_s);
}

TEST(SoqlErrorTest, LexerErrors)
{
    const SalesforceError badChar = errorOf(u"SELECT Id FROM Contact WHERE LastName # 'x'"_s);
    EXPECT_EQ(badChar.errorCode, u"MALFORMED_QUERY"_s);
    EXPECT_TRUE(badChar.message.endsWith(
        u"ERROR at Row:1:Column:39\nline 1:39 no viable alternative at character '#'"_s))
        << badChar.message.toStdString();

    const SalesforceError unterminated = errorOf(u"SELECT Id FROM Contact WHERE LastName = 'x"_s);
    EXPECT_EQ(unterminated.errorCode, u"MALFORMED_QUERY"_s);
    EXPECT_TRUE(unterminated.message.contains(u"mismatched character '<EOF>' expecting '''"_s));

    const SalesforceError badEscape = errorOf(u"SELECT Id FROM Contact WHERE LastName = 'a\\qb'"_s);
    EXPECT_EQ(badEscape.errorCode, u"MALFORMED_QUERY"_s);
    EXPECT_TRUE(badEscape.message.endsWith(u"Invalid string literal 'a\\qb'. Illegal character "
                                           "sequence '\\q' in string literal."_s))
        << badEscape.message.toStdString();
}

TEST(SoqlErrorTest, EmptyTooLongAndTooDeep)
{
    EXPECT_EQ(errorOf(u"   "_s).message, u"SOQL statements cannot be empty or null"_s);
    const QString huge =
        u"SELECT Id FROM Contact WHERE LastName = '"_s + QString(maxSoqlLength, u'x') + u"'"_s;
    EXPECT_EQ(errorOf(huge).errorCode, u"MALFORMED_QUERY"_s);

    const QString nested =
        QString(u"("_s).repeated(150) + u"LastName = 'a'"_s + QString(u")"_s).repeated(150);
    const SalesforceError deep = errorOf(u"SELECT Id FROM Contact WHERE "_s + nested);
    EXPECT_EQ(deep.errorCode, u"MALFORMED_QUERY"_s);
    EXPECT_TRUE(deep.message.contains(u"ERROR at Row:1:Column:130\n"_s))
        << deep.message.toStdString();

    const QString nots = QString(u"NOT "_s).repeated(101) + u"LastName = 'a'"_s;
    EXPECT_EQ(errorOf(u"SELECT Id FROM Contact WHERE "_s + nots).errorCode, u"MALFORMED_QUERY"_s);
}

TEST(SoqlErrorTest, OtherSalesforceRefusals)
{
    EXPECT_EQ(errorOf(u"SELECT Id FROM Contact WHERE LastName = :name"_s).message,
              u"\nSELECT Id FROM Contact WHERE LastName = :name\n"
              "                                        ^\nERROR at Row:1:Column:41\n"
              "Bind variables only allowed in Apex code"_s);

    const SalesforceError duplicate = errorOf(u"SELECT Id, LastName, lastname FROM Contact"_s);
    EXPECT_EQ(duplicate.errorCode, u"INVALID_FIELD"_s);
    EXPECT_EQ(duplicate.message, u"duplicate field selected: LastName"_s);

    const SalesforceError offset = errorOf(u"SELECT Id FROM Contact OFFSET 2001"_s);
    EXPECT_EQ(offset.errorCode, u"NUMBER_OUTSIDE_VALID_RANGE"_s);
    EXPECT_EQ(offset.message, u"Maximum SOQL offset allowed is 2000"_s);
    parseOrFail(u"SELECT Id FROM Contact OFFSET 2000"_s);

    const SalesforceError badId = errorOf(u"SELECT Id FROM Contact WHERE AccountId = 'abc'"_s);
    EXPECT_EQ(badId.errorCode, u"INVALID_QUERY_FILTER_OPERATOR"_s);
    EXPECT_TRUE(badId.message.endsWith(u"\ninvalid ID field: abc"_s));

    const SalesforceError likeOnId = errorOf(u"SELECT Id FROM Contact WHERE Id LIKE '003%'"_s);
    EXPECT_EQ(likeOnId.errorCode, u"INVALID_QUERY_FILTER_OPERATOR"_s);
    EXPECT_TRUE(likeOnId.message.endsWith(u"\ninvalid operator on id field"_s));

    EXPECT_EQ(errorOf(u"SELECT Id FROM Contact LIMIT -1"_s).errorCode, u"MALFORMED_QUERY"_s);
    EXPECT_EQ(errorOf(u"SELECT Id FROM Contact LIMIT 1.5"_s).errorCode, u"MALFORMED_QUERY"_s);
    EXPECT_EQ(errorOf(u"SELECT Id FROM Contact LIMIT 99999999999"_s).errorCode,
              u"MALFORMED_QUERY"_s);
    EXPECT_EQ(
        errorOf(u"SELECT Id FROM Contact WHERE CreatedDate > 2024-13-01T00:00:00Z"_s).errorCode,
        u"MALFORMED_QUERY"_s);
    EXPECT_EQ(errorOf(u"SELECT FROM Contact"_s).errorCode, u"MALFORMED_QUERY"_s);
    EXPECT_EQ(errorOf(u"SELECT Id FROM Contact GROUP BY LastName"_s).errorCode,
              u"MALFORMED_QUERY"_s);
}

} // namespace
} // namespace syncdesk::sandbox::test
