#include "soql_test_org.h"

#include <QDateTime>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::sandbox::test {
namespace {

qint64 utcMillis(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

// By value: callers pass a temporary query.
SoqlCondition whereOf(const SoqlQuery &query)
{
    EXPECT_TRUE(query.condition().has_value());
    return query.condition().value_or(SoqlCondition());
}

TEST(SoqlParserTest, SelectListUsesCanonicalNames)
{
    const SoqlQuery query = parseOrFail(u"select id, lastname, EMAIL from contact"_s);
    EXPECT_EQ(query.objectName(), u"Contact"_s);
    EXPECT_FALSE(query.isCount());
    ASSERT_EQ(query.selectedFields().size(), 3);
    EXPECT_EQ(query.selectedFields()[0].fieldName, u"Id"_s);
    EXPECT_EQ(query.selectedFields()[1].fieldName, u"LastName"_s);
    EXPECT_EQ(query.selectedFields()[2].fieldName, u"Email"_s);
    EXPECT_EQ(query.selectedFields()[2].type, FieldType::Email);
    EXPECT_FALSE(query.condition().has_value());
    EXPECT_FALSE(query.limit().has_value());
    EXPECT_EQ(query.offset(), 0);
}

TEST(SoqlParserTest, KeywordsAreCaseInsensitive)
{
    const SoqlQuery query = parseOrFail(
        u"SeLeCt Id FrOm Contact wHeRe LastName = 'x' oRdEr By LastName dEsC nUlLs FiRsT "
        "LiMiT 5 oFfSeT 2"_s);
    ASSERT_EQ(query.orderBy().size(), 1);
    EXPECT_TRUE(query.orderBy()[0].descending);
    EXPECT_TRUE(query.orderBy()[0].nullsFirst);
    EXPECT_EQ(query.limit(), 5);
    EXPECT_EQ(query.offset(), 2);
}

TEST(SoqlParserTest, CountQuery)
{
    const SoqlQuery query = parseOrFail(u"SELECT COUNT() FROM Account WHERE Name != null"_s);
    EXPECT_TRUE(query.isCount());
    EXPECT_EQ(query.objectName(), u"Account"_s);
    EXPECT_TRUE(query.selectedFields().isEmpty());
    EXPECT_EQ(errorOf(u"SELECT COUNT(), Id FROM Account"_s).errorCode, u"MALFORMED_QUERY"_s);
}

TEST(SoqlParserTest, EveryComparisonOperator)
{
    const std::pair<const char16_t *, SoqlOperator> cases[] = {
        {u"=", SoqlOperator::Equal},           {u"!=", SoqlOperator::NotEqual},
        {u"<>", SoqlOperator::NotEqual},       {u"<", SoqlOperator::Less},
        {u"<=", SoqlOperator::LessOrEqual},    {u">", SoqlOperator::Greater},
        {u">=", SoqlOperator::GreaterOrEqual},
    };
    for (const auto &[text, op] : cases) {
        const QString soql = u"SELECT Id FROM Account WHERE NumberOfEmployees "_s +
                             QString::fromUtf16(text) + u" 10"_s;
        const SoqlCondition &condition = whereOf(parseOrFail(soql));
        EXPECT_EQ(condition.kind, SoqlCondition::Kind::Comparison);
        EXPECT_EQ(condition.op, op) << soql.toStdString();
        ASSERT_EQ(condition.values.size(), 1);
        EXPECT_EQ(condition.values[0].kind, SoqlValue::Kind::Number);
        EXPECT_EQ(condition.values[0].number, 10.0);
    }
    // Without spaces the operators still split from their operands.
    const SoqlCondition &tight =
        whereOf(parseOrFail(u"SELECT Id FROM Account WHERE NumberOfEmployees>=-3.5"_s));
    EXPECT_EQ(tight.op, SoqlOperator::GreaterOrEqual);
    EXPECT_EQ(tight.values[0].number, -3.5);
}

TEST(SoqlParserTest, AndOrGroupsAndNot)
{
    const SoqlCondition &ands = whereOf(parseOrFail(
        u"SELECT Id FROM Contact WHERE LastName = 'a' AND FirstName = 'b' AND Email = null"_s));
    EXPECT_EQ(ands.kind, SoqlCondition::Kind::And);
    EXPECT_EQ(ands.children.size(), 3u);

    const SoqlCondition &grouped = whereOf(parseOrFail(
        u"SELECT Id FROM Contact WHERE (LastName = 'a' OR LastName = 'b') AND NOT Email = null"_s));
    ASSERT_EQ(grouped.kind, SoqlCondition::Kind::And);
    ASSERT_EQ(grouped.children.size(), 2u);
    EXPECT_EQ(grouped.children[0].kind, SoqlCondition::Kind::Or);
    EXPECT_EQ(grouped.children[0].children.size(), 2u);
    ASSERT_EQ(grouped.children[1].kind, SoqlCondition::Kind::Not);
    EXPECT_EQ(grouped.children[1].children[0].field.fieldName, u"Email"_s);

    const SoqlCondition &orOfAnd = whereOf(parseOrFail(
        u"SELECT Id FROM Contact WHERE LastName = 'a' OR (FirstName = 'b' AND Email = null)"_s));
    ASSERT_EQ(orOfAnd.kind, SoqlCondition::Kind::Or);
    EXPECT_EQ(orOfAnd.children[1].kind, SoqlCondition::Kind::And);

    const SoqlCondition &notGroup = whereOf(
        parseOrFail(u"SELECT Id FROM Contact WHERE NOT (LastName = 'a' OR LastName = 'b')"_s));
    ASSERT_EQ(notGroup.kind, SoqlCondition::Kind::Not);
    EXPECT_EQ(notGroup.children[0].kind, SoqlCondition::Kind::Or);
}

TEST(SoqlParserTest, MixingAndWithOrNeedsParentheses)
{
    for (const QString &soql :
         {u"SELECT Id FROM Contact WHERE LastName = 'a' AND FirstName = 'b' OR Email = null"_s,
          u"SELECT Id FROM Contact WHERE LastName = 'a' OR FirstName = 'b' AND Email = null"_s}) {
        const SalesforceError error = errorOf(soql);
        EXPECT_EQ(error.errorCode, u"MALFORMED_QUERY"_s);
        EXPECT_TRUE(error.message.contains(u"unexpected token: '"_s))
            << error.message.toStdString();
    }
}

TEST(SoqlParserTest, InAndNotInLists)
{
    const SoqlCondition &in =
        whereOf(parseOrFail(u"SELECT Id FROM Contact WHERE LastName IN ('a', 'b','c', null)"_s));
    EXPECT_EQ(in.op, SoqlOperator::In);
    ASSERT_EQ(in.values.size(), 4);
    EXPECT_EQ(in.values[1].text, u"b"_s);
    EXPECT_EQ(in.values[3].kind, SoqlValue::Kind::Null);

    const SoqlCondition &notIn =
        whereOf(parseOrFail(u"SELECT Id FROM Account WHERE NumberOfEmployees NOT IN (1, 2)"_s));
    EXPECT_EQ(notIn.op, SoqlOperator::NotIn);
    EXPECT_EQ(notIn.values.size(), 2);

    EXPECT_EQ(errorOf(u"SELECT Id FROM Contact WHERE LastName IN ()"_s).errorCode,
              u"MALFORMED_QUERY"_s);
    EXPECT_EQ(errorOf(u"SELECT Id FROM Contact WHERE LastName IN 'a'"_s).errorCode,
              u"MALFORMED_QUERY"_s);
}

TEST(SoqlParserTest, StringEscapesAreDecoded)
{
    const SoqlCondition &condition =
        whereOf(parseOrFail(u"SELECT Id FROM Contact WHERE LastName = 'O\\'Brien \\\\ \\n'"_s));
    EXPECT_EQ(condition.values[0].text, u"O'Brien \\ \n"_s);
}

TEST(SoqlParserTest, DateTimeLiteralsBecomeInstants)
{
    const std::pair<QString, qint64> cases[] = {
        {u"2024-01-01T00:00:00Z"_s, utcMillis(2024, 1, 1, 0, 0, 0)},
        {u"2024-01-01T05:30:00+05:30"_s, utcMillis(2024, 1, 1, 0, 0, 0)},
        {u"2023-12-31T16:00:00-08:00"_s, utcMillis(2024, 1, 1, 0, 0, 0)},
        {u"2024-01-01T00:00:00.000Z"_s, utcMillis(2024, 1, 1, 0, 0, 0)},
    };
    for (const auto &[literal, expected] : cases) {
        const SoqlCondition &condition =
            whereOf(parseOrFail(u"SELECT Id FROM Contact WHERE SystemModstamp > "_s + literal));
        ASSERT_EQ(condition.values[0].kind, SoqlValue::Kind::Instant) << literal.toStdString();
        EXPECT_EQ(condition.values[0].instantMs, expected) << literal.toStdString();
    }
}

TEST(SoqlParserTest, DateLiteralsOnDateFieldsAndRelativeSpans)
{
    const SoqlCondition &date =
        whereOf(parseOrFail(u"SELECT Id FROM Contact WHERE Birthdate >= 1990-06-15"_s));
    EXPECT_EQ(date.values[0].kind, SoqlValue::Kind::Day);
    EXPECT_EQ(date.values[0].day, QDate(1990, 6, 15));

    const SoqlCondition &span =
        whereOf(parseOrFail(u"SELECT Id FROM Contact WHERE CreatedDate = LAST_N_DAYS:30"_s));
    EXPECT_EQ(span.values[0].kind, SoqlValue::Kind::DaySpan);
    EXPECT_EQ(span.values[0].span.firstDayOffset, -30);

    EXPECT_EQ(
        whereOf(parseOrFail(u"SELECT Id FROM Contact WHERE Birthdate = today"_s)).values[0].kind,
        SoqlValue::Kind::DaySpan);
}

TEST(SoqlParserTest, BooleanAndIdLiterals)
{
    const SoqlCondition &boolean =
        whereOf(parseOrFail(u"SELECT Id FROM Contact WHERE HasOptedOutOfEmail = TRUE"_s));
    EXPECT_EQ(boolean.values[0].kind, SoqlValue::Kind::Boolean);
    EXPECT_TRUE(boolean.values[0].boolean);

    // A 15-character id is widened to the 18-character form records carry.
    const SoqlCondition &id =
        whereOf(parseOrFail(u"SELECT Id FROM Contact WHERE AccountId = '0015g00000000AB'"_s));
    EXPECT_EQ(id.values[0].kind, SoqlValue::Kind::Id);
    EXPECT_EQ(id.values[0].text.size(), 18);
    EXPECT_TRUE(id.values[0].text.startsWith(u"0015g00000000AB"_s));
}

TEST(SoqlParserTest, OrderByKeysAndNullDefaults)
{
    const SoqlQuery query = parseOrFail(
        u"SELECT Id FROM Contact ORDER BY LastName, FirstName DESC, Email ASC NULLS LAST, "
        "Score__c DESC NULLS FIRST"_s);
    ASSERT_EQ(query.orderBy().size(), 4);
    EXPECT_FALSE(query.orderBy()[0].descending);
    EXPECT_TRUE(query.orderBy()[0].nullsFirst); // ASC defaults to NULLS FIRST
    EXPECT_TRUE(query.orderBy()[1].descending);
    EXPECT_FALSE(query.orderBy()[1].nullsFirst); // DESC defaults to NULLS LAST
    EXPECT_FALSE(query.orderBy()[2].nullsFirst);
    EXPECT_TRUE(query.orderBy()[3].nullsFirst);
}

TEST(SoqlParserTest, ParentPaths)
{
    const SoqlQuery query =
        parseOrFail(u"SELECT Id, account.name, Account.Owner.Email FROM Contact"_s);
    const SoqlFieldPath &accountName = query.selectedFields()[1];
    ASSERT_EQ(accountName.hops.size(), 1);
    EXPECT_EQ(accountName.hops[0].relationshipName, u"Account"_s);
    EXPECT_EQ(accountName.hops[0].referenceField, u"AccountId"_s);
    EXPECT_EQ(accountName.fieldName, u"Name"_s);
    EXPECT_EQ(accountName.dottedName(), u"Account.Name"_s);
    const SoqlFieldPath &ownerEmail = query.selectedFields()[2];
    ASSERT_EQ(ownerEmail.hops.size(), 2);
    EXPECT_EQ(ownerEmail.hops[1].targetObject, u"User"_s);
    EXPECT_EQ(ownerEmail.type, FieldType::Email);

    // The queried object's own name may prefix a field.
    EXPECT_EQ(
        parseOrFail(u"SELECT Contact.LastName FROM Contact"_s).selectedFields()[0].hops.size(), 0);
}

TEST(SoqlParserTest, NestingUpToTheLimitParses)
{
    const QString nested =
        QString(u"("_s).repeated(99) + u"LastName = 'a'"_s + QString(u")"_s).repeated(99);
    const SoqlQuery query = parseOrFail(u"SELECT Id FROM Contact WHERE "_s + nested);
    EXPECT_EQ(whereOf(query).field.fieldName, u"LastName"_s);
}

} // namespace
} // namespace syncdesk::sandbox::test
