#include "soql_test_org.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::sandbox::test {
namespace {

class SoqlExecutorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_ada = m_org.addContact({{u"FirstName"_s, u"Ada"_s},
                                  {u"LastName"_s, u"Lovelace"_s},
                                  {u"Email"_s, u"ada@example.com"_s},
                                  {u"Score__c"_s, 9.5},
                                  {u"HasOptedOutOfEmail"_s, false},
                                  {u"Birthdate"_s, u"1815-12-10"_s},
                                  {u"SystemModstamp"_s, u"2024-01-01T10:00:00.000+0000"_s}});
        m_alan = m_org.addContact({{u"FirstName"_s, u"Alan"_s},
                                   {u"LastName"_s, u"Turing"_s},
                                   {u"Email"_s, QJsonValue::Null},
                                   {u"Score__c"_s, 7},
                                   {u"HasOptedOutOfEmail"_s, true},
                                   {u"SystemModstamp"_s, u"2024-01-02T00:00:00.000+0000"_s}});
        m_grace = m_org.addContact({{u"FirstName"_s, u"Grace"_s},
                                    {u"LastName"_s, u"hopper"_s},
                                    {u"Email"_s, u"grace@navy.example"_s},
                                    {u"HasOptedOutOfEmail"_s, false},
                                    {u"SystemModstamp"_s, u"2023-12-31T23:59:59.000+0000"_s}});
        m_nobody = m_org.addContact({{u"LastName"_s, u"Anonymous_100%"_s},
                                     {u"Email"_s, u""_s},
                                     {u"Score__c"_s, 7},
                                     {u"HasOptedOutOfEmail"_s, false},
                                     {u"SystemModstamp"_s, u"2024-01-01T09:59:59.999+0000"_s}});
    }

    QStringList ids(const QString &soql) const
    {
        QStringList result;
        for (const QJsonObject &row : m_org.run(soql))
            result.append(row.value(u"Id"_s).toString());
        return result;
    }

    QStringList lastNames(const QString &soql) const
    {
        QStringList result;
        for (const QJsonObject &row : m_org.run(soql))
            result.append(row.value(u"LastName"_s).toString(u"<null>"_s));
        return result;
    }

    SoqlTestOrg m_org;
    QString m_ada, m_alan, m_grace, m_nobody;
};

TEST_F(SoqlExecutorTest, ProjectsRowsLikeSalesforce)
{
    const QList<QJsonObject> rows = m_org.run(
        u"SELECT id, lastname, EMAIL, Score__c FROM contact WHERE Id = '"_s + m_ada + u"'"_s);
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject expected{
        {u"attributes"_s,
         QJsonObject{{u"type"_s, u"Contact"_s},
                     {u"url"_s, QString(u"/services/data/v62.0/sobjects/Contact/"_s + m_ada)}}},
        {u"Id"_s, m_ada},
        {u"LastName"_s, u"Lovelace"_s},
        {u"Email"_s, u"ada@example.com"_s},
        {u"Score__c"_s, 9.5},
    };
    EXPECT_EQ(rows[0], expected);
}

TEST_F(SoqlExecutorTest, EmptyAndMissingValuesAreNull)
{
    const QList<QJsonObject> rows = m_org.run(
        u"SELECT FirstName, Email, Birthdate FROM Contact WHERE LastName = 'Anonymous_100%'"_s);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_TRUE(rows[0].value(u"FirstName"_s).isNull());
    EXPECT_TRUE(rows[0].value(u"Email"_s).isNull());
    EXPECT_TRUE(rows[0].value(u"Birthdate"_s).isNull());
    EXPECT_FALSE(rows[0].contains(u"Id"_s)); // only what was selected
    EXPECT_TRUE(
        rows[0].value(u"attributes"_s).toObject().value(u"url"_s).toString().endsWith(m_nobody));
}

TEST_F(SoqlExecutorTest, WithoutOrderByKeepsInsertionOrder)
{
    EXPECT_EQ(ids(u"SELECT Id FROM Contact"_s), (QStringList{m_ada, m_alan, m_grace, m_nobody}));
}

TEST_F(SoqlExecutorTest, EqualityOnTextIsCaseInsensitive)
{
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE LastName = 'HOPPER'"_s), QStringList{m_grace});
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE LastName != 'lovelace'"_s),
              (QStringList{m_alan, m_grace, m_nobody}));
}

TEST_F(SoqlExecutorTest, NullComparisons)
{
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Email = null"_s), (QStringList{m_alan, m_nobody}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Email != null"_s), (QStringList{m_ada, m_grace}));
    // A null field is "not equal" to any value, and never less or greater.
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Email != 'ada@example.com'"_s),
              (QStringList{m_alan, m_grace, m_nobody}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Score__c < 100"_s),
              (QStringList{m_ada, m_alan, m_nobody}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Email = ''"_s), (QStringList{m_alan, m_nobody}));
}

TEST_F(SoqlExecutorTest, NumericOperators)
{
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Score__c = 7"_s), (QStringList{m_alan, m_nobody}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Score__c <> 7"_s), (QStringList{m_ada, m_grace}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Score__c > 7"_s), QStringList{m_ada});
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Score__c >= 7"_s),
              (QStringList{m_ada, m_alan, m_nobody}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Score__c < 9.5"_s),
              (QStringList{m_alan, m_nobody}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Score__c <= 9.5"_s),
              (QStringList{m_ada, m_alan, m_nobody}));
}

TEST_F(SoqlExecutorTest, BooleanFilter)
{
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE HasOptedOutOfEmail = true"_s),
              QStringList{m_alan});
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE HasOptedOutOfEmail = FALSE"_s),
              (QStringList{m_ada, m_grace, m_nobody}));
}

TEST_F(SoqlExecutorTest, DateTimeComparedAsInstants)
{
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE SystemModstamp > 2024-01-01T00:00:00Z"_s),
              (QStringList{m_ada, m_alan, m_nobody}));
    // 10:00 at +01:00 is 09:00 UTC: only records after that.
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE SystemModstamp >= 2024-01-01T11:00:00+01:00"_s),
              (QStringList{m_ada, m_alan}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE SystemModstamp > 2024-01-01T09:59:59.998Z "
                  "AND SystemModstamp < 2024-01-01T10:00:00.000Z"_s),
              QStringList{m_nobody});
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE SystemModstamp = 2024-01-01T05:00:00-05:00"_s),
              QStringList{m_ada});
}

TEST_F(SoqlExecutorTest, DateFieldComparisons)
{
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Birthdate < 1900-01-01"_s), QStringList{m_ada});
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Birthdate = 1815-12-10"_s), QStringList{m_ada});
}

TEST_F(SoqlExecutorTest, RelativeDateLiterals)
{
    SoqlTestOrg org;
    const QString today = org.addContact(
        {{u"LastName"_s, u"Today"_s}, {u"CreatedDate"_s, u"2024-05-10T08:00:00.000+0000"_s}});
    const QString yesterday = org.addContact(
        {{u"LastName"_s, u"Yesterday"_s}, {u"CreatedDate"_s, u"2024-05-09T23:59:59.000+0000"_s}});
    const QString old = org.addContact(
        {{u"LastName"_s, u"Old"_s}, {u"CreatedDate"_s, u"2024-04-01T00:00:00.000+0000"_s}});
    auto run = [&](const QString &soql) {
        SoqlQuery query = parseOrFail(soql);
        query.setReferenceTime(QDateTime(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC));
        QStringList result;
        for (const QJsonObject &row :
             executeSoql(query, org.records(u"Contact"_s), org.parents(), u"v62.0"))
            result.append(row.value(u"Id"_s).toString());
        return result;
    };
    EXPECT_EQ(run(u"SELECT Id FROM Contact WHERE CreatedDate = TODAY"_s), QStringList{today});
    EXPECT_EQ(run(u"SELECT Id FROM Contact WHERE CreatedDate = YESTERDAY"_s),
              QStringList{yesterday});
    EXPECT_EQ(run(u"SELECT Id FROM Contact WHERE CreatedDate < TODAY"_s),
              (QStringList{yesterday, old}));
    EXPECT_EQ(run(u"SELECT Id FROM Contact WHERE CreatedDate = LAST_N_DAYS:7"_s),
              (QStringList{today, yesterday}));
    EXPECT_EQ(run(u"SELECT Id FROM Contact WHERE CreatedDate > LAST_N_DAYS:7"_s), QStringList{});
}

TEST_F(SoqlExecutorTest, InAndNotIn)
{
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE FirstName IN ('ada', 'GRACE', 'nobody')"_s),
              (QStringList{m_ada, m_grace}));
    // NOT IN keeps null fields, as != does.
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE FirstName NOT IN ('Ada', 'Alan')"_s),
              (QStringList{m_grace, m_nobody}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE FirstName IN ('Ada', null)"_s),
              (QStringList{m_ada, m_nobody}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Id IN ('"_s + m_alan.left(15) + u"', '"_s +
                  m_grace + u"')"_s),
              (QStringList{m_alan, m_grace}));
}

TEST_F(SoqlExecutorTest, Like)
{
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE LastName LIKE 'l%'"_s), QStringList{m_ada});
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Email LIKE '%EXAMPLE%'"_s),
              (QStringList{m_ada, m_grace}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE FirstName LIKE 'A_a'"_s), QStringList{m_ada});
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE LastName LIKE '%\\_100\\%'"_s),
              QStringList{m_nobody});
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE LastName LIKE 'Anonymous\\_1000'"_s),
              QStringList{});
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE NOT LastName LIKE '%o%'"_s),
              (QStringList{m_alan}));
}

TEST_F(SoqlExecutorTest, AndOrNotCombine)
{
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE Score__c = 7 AND Email = null AND "
                  "HasOptedOutOfEmail = false"_s),
              QStringList{m_nobody});
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE FirstName = 'Ada' OR FirstName = 'Grace' OR "
                  "Score__c = 7"_s),
              (QStringList{m_ada, m_alan, m_grace, m_nobody}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE (FirstName = 'Ada' OR FirstName = 'Alan') AND "
                  "HasOptedOutOfEmail = true"_s),
              QStringList{m_alan});
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE FirstName = 'Ada' OR (FirstName = 'Alan' AND "
                  "HasOptedOutOfEmail = false)"_s),
              QStringList{m_ada});
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE NOT (Score__c = 7 OR Email = null)"_s),
              (QStringList{m_ada, m_grace}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact WHERE NOT NOT FirstName = 'Ada'"_s), QStringList{m_ada});
}

TEST_F(SoqlExecutorTest, OrderByWithNulls)
{
    EXPECT_EQ(lastNames(u"SELECT LastName FROM Contact ORDER BY LastName"_s),
              (QStringList{u"Anonymous_100%"_s, u"hopper"_s, u"Lovelace"_s, u"Turing"_s}));
    EXPECT_EQ(lastNames(u"SELECT LastName FROM Contact ORDER BY LastName DESC"_s),
              (QStringList{u"Turing"_s, u"Lovelace"_s, u"hopper"_s, u"Anonymous_100%"_s}));
    // Score__c: Ada 9.5, Alan 7, Grace null, nobody 7. Ties keep insertion order.
    EXPECT_EQ(ids(u"SELECT Id FROM Contact ORDER BY Score__c"_s),
              (QStringList{m_grace, m_alan, m_nobody, m_ada}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact ORDER BY Score__c NULLS LAST"_s),
              (QStringList{m_alan, m_nobody, m_ada, m_grace}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact ORDER BY Score__c DESC"_s),
              (QStringList{m_ada, m_alan, m_nobody, m_grace}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact ORDER BY Score__c DESC NULLS FIRST"_s),
              (QStringList{m_grace, m_ada, m_alan, m_nobody}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact ORDER BY Score__c ASC NULLS LAST, LastName DESC"_s),
              (QStringList{m_alan, m_nobody, m_ada, m_grace}));
    EXPECT_EQ(ids(u"SELECT Id FROM Contact ORDER BY SystemModstamp"_s),
              (QStringList{m_grace, m_nobody, m_ada, m_alan}));
}

TEST_F(SoqlExecutorTest, LimitAndOffset)
{
    const QString base = u"SELECT Id FROM Contact ORDER BY SystemModstamp"_s;
    EXPECT_EQ(ids(base + u" LIMIT 2"_s), (QStringList{m_grace, m_nobody}));
    EXPECT_EQ(ids(base + u" LIMIT 2 OFFSET 1"_s), (QStringList{m_nobody, m_ada}));
    EXPECT_EQ(ids(base + u" OFFSET 3"_s), QStringList{m_alan});
    EXPECT_EQ(ids(base + u" OFFSET 10"_s), QStringList{});
    EXPECT_EQ(ids(base + u" LIMIT 0"_s), QStringList{});
}

TEST_F(SoqlExecutorTest, CountAfterWhere)
{
    EXPECT_EQ(m_org.count(u"SELECT COUNT() FROM Contact"_s), 4);
    EXPECT_EQ(m_org.count(u"SELECT COUNT() FROM Contact WHERE Score__c = 7"_s), 2);
    EXPECT_EQ(m_org.count(u"SELECT COUNT() FROM Contact WHERE Email = null LIMIT 1"_s), 1);
    EXPECT_EQ(m_org.count(u"SELECT COUNT() FROM Account"_s), 0);
}

TEST_F(SoqlExecutorTest, ColumnOrderFollowsSelect)
{
    const SoqlQuery query =
        parseOrFail(u"SELECT LastName, Account.Name, Id, Account.Industry FROM Contact"_s);
    EXPECT_EQ(soqlColumnOrder(query),
              (QStringList{u"attributes"_s, u"LastName"_s, u"Account"_s, u"Id"_s}));
}

} // namespace
} // namespace syncdesk::sandbox::test
