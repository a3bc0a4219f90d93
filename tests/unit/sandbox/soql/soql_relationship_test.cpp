#include "soql_test_org.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::sandbox::test {
namespace {

class SoqlRelationshipTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_owner = m_org.addUser({{u"Name"_s, u"Olivia Owner"_s}, {u"Email"_s, u"o@example.com"_s}});
        m_acme = m_org.addAccount(
            {{u"Name"_s, u"Acme"_s}, {u"Industry"_s, u"Energy"_s}, {u"OwnerId"_s, m_owner}});
        m_orphanAccount = m_org.addAccount({{u"Name"_s, u"Orphan Inc"_s}});
        m_withAccount = m_org.addContact({{u"LastName"_s, u"Alpha"_s}, {u"AccountId"_s, m_acme}});
        m_withOrphan =
            m_org.addContact({{u"LastName"_s, u"Beta"_s}, {u"AccountId"_s, m_orphanAccount}});
        m_without = m_org.addContact({{u"LastName"_s, u"Gamma"_s}});
    }

    SoqlTestOrg m_org;
    QString m_owner, m_acme, m_orphanAccount, m_withAccount, m_withOrphan, m_without;
};

TEST_F(SoqlRelationshipTest, ParentFieldsNestUnderTheRelationship)
{
    const QList<QJsonObject> rows =
        m_org.run(u"SELECT Id, Account.Name, account.industry FROM Contact"_s);
    ASSERT_EQ(rows.size(), 3);
    const QJsonObject expectedAccount{
        {u"attributes"_s,
         QJsonObject{{u"type"_s, u"Account"_s},
                     {u"url"_s, QString(u"/services/data/v62.0/sobjects/Account/"_s + m_acme)}}},
        {u"Name"_s, u"Acme"_s},
        {u"Industry"_s, u"Energy"_s},
    };
    EXPECT_EQ(rows[0].value(u"Account"_s).toObject(), expectedAccount);
    EXPECT_EQ(rows[1].value(u"Account"_s).toObject().value(u"Industry"_s),
              QJsonValue(QJsonValue::Null));
    // No parent: the relationship itself is null.
    EXPECT_TRUE(rows[2].contains(u"Account"_s));
    EXPECT_TRUE(rows[2].value(u"Account"_s).isNull());
}

TEST_F(SoqlRelationshipTest, GrandparentFieldsNestTwice)
{
    const QList<QJsonObject> rows =
        m_org.run(u"SELECT LastName, Account.Name, Account.Owner.Email FROM Contact"_s);
    ASSERT_EQ(rows.size(), 3);
    const QJsonObject account = rows[0].value(u"Account"_s).toObject();
    EXPECT_EQ(account.value(u"Name"_s).toString(), u"Acme"_s);
    const QJsonObject owner = account.value(u"Owner"_s).toObject();
    EXPECT_EQ(owner.value(u"Email"_s).toString(), u"o@example.com"_s);
    EXPECT_EQ(owner.value(u"attributes"_s).toObject().value(u"type"_s).toString(), u"User"_s);
    // The account exists but has no owner.
    const QJsonObject orphan = rows[1].value(u"Account"_s).toObject();
    EXPECT_EQ(orphan.value(u"Name"_s).toString(), u"Orphan Inc"_s);
    EXPECT_TRUE(orphan.contains(u"Owner"_s));
    EXPECT_TRUE(orphan.value(u"Owner"_s).isNull());
    EXPECT_TRUE(rows[2].value(u"Account"_s).isNull());
}

TEST_F(SoqlRelationshipTest, FilterAndOrderOnParentFields)
{
    QStringList names;
    for (const QJsonObject &row :
         m_org.run(u"SELECT LastName FROM Contact WHERE Account.Name LIKE '%inc' OR "
                   "Account.Owner.Name = 'olivia owner'"_s))
        names.append(row.value(u"LastName"_s).toString());
    EXPECT_EQ(names, (QStringList{u"Alpha"_s, u"Beta"_s}));

    names.clear();
    for (const QJsonObject &row :
         m_org.run(u"SELECT LastName FROM Contact ORDER BY Account.Name DESC NULLS LAST"_s))
        names.append(row.value(u"LastName"_s).toString());
    EXPECT_EQ(names, (QStringList{u"Beta"_s, u"Alpha"_s, u"Gamma"_s}));

    EXPECT_EQ(m_org.count(u"SELECT COUNT() FROM Contact WHERE Account.Name = null"_s), 1);
    EXPECT_EQ(m_org.count(u"SELECT COUNT() FROM Contact WHERE AccountId = '"_s + m_acme + u"'"_s),
              1);
}

TEST_F(SoqlRelationshipTest, MissingParentRecordActsLikeNoParent)
{
    SoqlTestOrg org;
    org.addContact({{u"LastName"_s, u"Dangling"_s}, {u"AccountId"_s, u"001000000000000AAA"_s}});
    const QList<QJsonObject> rows = org.run(u"SELECT Account.Name FROM Contact"_s);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_TRUE(rows[0].value(u"Account"_s).isNull());
}

} // namespace
} // namespace syncdesk::sandbox::test
