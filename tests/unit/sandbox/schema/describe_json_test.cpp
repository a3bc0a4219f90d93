// Golden tests: our describe carries every key real Salesforce payloads carry,
// with the same JSON types, and the standard values where we share fields.
#include "schema/describe_json.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject loadFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(SYNCDESK_TEST_DATA_DIR) + u"/salesforce/"_s + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

const ObjectDescription &account()
{
    return *OrgSchema::standard().object(u"Account");
}

QJsonObject describeAccount()
{
    return describeObject(account(), u"62.0", &OrgSchema::standard());
}

QJsonObject fieldNamed(const QJsonObject &describe, const QString &name)
{
    for (const QJsonValue &field : describe.value(u"fields"_s).toArray())
        if (field[u"name"_s].toString() == name)
            return field.toObject();
    return {};
}

// Every key of `expected` is in `actual`; where the fixture's value is not null,
// ours has the same JSON type (a null in a fixture says nothing about the type).
void expectSameShape(const QJsonObject &expected, const QJsonObject &actual,
                     const std::string &where)
{
    for (auto key = expected.begin(); key != expected.end(); ++key) {
        ASSERT_TRUE(actual.contains(key.key())) << where << ": missing " << key.key().toStdString();
        const QJsonValue ours = actual.value(key.key());
        if (!key.value().isNull() && !ours.isNull())
            EXPECT_EQ(ours.type(), key.value().type()) << where << "." << key.key().toStdString();
        else if (!key.value().isNull())
            ADD_FAILURE() << where << "." << key.key().toStdString() << " is null in ours";
    }
}

// For each key over all entries of a fixture's array, the JSON types its values
// take (a key such as relationshipName is null on some, a string on others).
QHash<QString, QSet<int>> keyTypes(const QJsonArray &entries)
{
    QHash<QString, QSet<int>> types;
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        for (auto key = object.begin(); key != object.end(); ++key)
            types[key.key()].insert(int(key.value().type()));
    }
    return types;
}

void expectKeysOfTypes(const QHash<QString, QSet<int>> &types, const QJsonObject &ours,
                       const std::string &where)
{
    for (auto key = types.begin(); key != types.end(); ++key) {
        ASSERT_TRUE(ours.contains(key.key())) << where << ": missing " << key.key().toStdString();
        // defaultValue takes the field's own type; any scalar is right.
        if (key.key() == u"defaultValue")
            continue;
        EXPECT_TRUE(key.value().contains(int(ours.value(key.key()).type())))
            << where << "." << key.key().toStdString();
    }
}

} // namespace

TEST(DescribeGlobal, MatchesTheShapeOfRealGlobalDescribes)
{
    const QJsonObject ours = describeGlobal(OrgSchema::standard(), u"v62.0");
    for (const QString &path : {u"restforce/describe_sobjects_success_response.json"_s,
                                u"apache-camel/globalObjects.json"_s}) {
        const QJsonObject fixture = loadFixture(path);
        ASSERT_FALSE(fixture.isEmpty()) << path.toStdString();
        EXPECT_EQ(ours.value(u"encoding"_s), fixture.value(u"encoding"_s));
        EXPECT_EQ(ours.value(u"maxBatchSize"_s), fixture.value(u"maxBatchSize"_s));
        QJsonObject fixtureAccount;
        for (const QJsonValue &entry : fixture.value(u"sobjects"_s).toArray())
            if (entry[u"name"_s] == u"Account"_s)
                fixtureAccount = entry.toObject();
        ASSERT_FALSE(fixtureAccount.isEmpty());
        const QJsonArray sobjects = ours.value(u"sobjects"_s).toArray();
        ASSERT_EQ(sobjects.size(), OrgSchema::standard().objects().size());
        for (const QJsonValue &entry : sobjects) {
            const std::string where =
                path.toStdString() + ":" + entry[u"name"_s].toString().toStdString();
            expectSameShape(fixtureAccount, entry.toObject(), where);
            expectSameShape(fixtureAccount.value(u"urls"_s).toObject(), entry[u"urls"_s].toObject(),
                            where + ".urls");
        }
        QJsonObject ourAccount;
        for (const QJsonValue &entry : sobjects)
            if (entry[u"name"_s] == u"Account"_s)
                ourAccount = entry.toObject();
        // The flags of a standard Account are the same in every org.
        for (const QString &key :
             {u"keyPrefix"_s, u"label"_s, u"labelPlural"_s, u"createable"_s, u"updateable"_s,
              u"deletable"_s, u"queryable"_s, u"custom"_s, u"mergeable"_s, u"undeletable"_s})
            EXPECT_EQ(ourAccount.value(key), fixtureAccount.value(key)) << key.toStdString();
    }
}

TEST(DescribeGlobal, UrlsCarryTheVersionEitherWayItIsWritten)
{
    for (const QString &version : {u"62.0"_s, u"v62.0"_s}) {
        const QJsonObject ours = describeGlobal(OrgSchema::standard(), version);
        const QJsonObject first = ours.value(u"sobjects"_s).toArray().first().toObject();
        const QString name = first.value(u"name"_s).toString();
        const QJsonObject urls = first.value(u"urls"_s).toObject();
        EXPECT_EQ(urls.value(u"sobject"_s).toString(), u"/services/data/v62.0/sobjects/"_s + name);
        EXPECT_EQ(urls.value(u"describe"_s).toString(),
                  u"/services/data/v62.0/sobjects/"_s + name + u"/describe"_s);
        EXPECT_EQ(urls.value(u"rowTemplate"_s).toString(),
                  u"/services/data/v62.0/sobjects/"_s + name + u"/{ID}"_s);
    }
}

TEST(DescribeObject, ObjectLevelHasEveryKeyOfRealDescribes)
{
    const QJsonObject ours = describeAccount();
    for (const QString &path : {u"swiftlysalesforce/MockAccountMetadata.json"_s,
                                u"restforce/sobject_describe_success_response.json"_s}) {
        const QJsonObject fixture = loadFixture(path);
        ASSERT_FALSE(fixture.isEmpty()) << path.toStdString();
        expectSameShape(fixture, ours, path.toStdString());
    }
}

TEST(DescribeObject, EveryFieldHasEveryFieldLevelKeyOfRealDescribes)
{
    for (const QString &path : {u"swiftlysalesforce/MockAccountMetadata.json"_s,
                                u"restforce/sobject_describe_success_response.json"_s}) {
        const QHash<QString, QSet<int>> keys =
            keyTypes(loadFixture(path).value(u"fields"_s).toArray());
        ASSERT_GT(keys.size(), 30) << path.toStdString();
        for (const ObjectDescription &object : OrgSchema::standard().objects())
            for (const FieldDescription &field : object.fields)
                expectKeysOfTypes(keys, describeField(object, field),
                                  QString(object.name + u'.' + field.name).toStdString());
    }
}

TEST(DescribeObject, SharedAccountFieldsMatchTheRealAccountDescribe)
{
    const QJsonObject fixture = loadFixture(u"swiftlysalesforce/MockAccountMetadata.json"_s);
    const QJsonObject ours = describeAccount();
    const QStringList comparedKeys{u"type"_s,
                                   u"soapType"_s,
                                   u"length"_s,
                                   u"byteLength"_s,
                                   u"precision"_s,
                                   u"scale"_s,
                                   u"digits"_s,
                                   u"nillable"_s,
                                   u"createable"_s,
                                   u"updateable"_s,
                                   u"defaultedOnCreate"_s,
                                   u"filterable"_s,
                                   u"sortable"_s,
                                   u"groupable"_s,
                                   u"aggregatable"_s,
                                   u"idLookup"_s,
                                   u"nameField"_s,
                                   u"externalId"_s,
                                   u"unique"_s,
                                   u"custom"_s,
                                   u"calculated"_s,
                                   u"label"_s,
                                   u"referenceTo"_s,
                                   u"relationshipName"_s,
                                   u"restrictedPicklist"_s,
                                   u"defaultValue"_s};
    int shared = 0;
    for (const QJsonValue &value : fixture.value(u"fields"_s).toArray()) {
        const QJsonObject theirs = value.toObject();
        const QJsonObject mine = fieldNamed(ours, theirs.value(u"name"_s).toString());
        if (mine.isEmpty())
            continue;
        ++shared;
        const std::string name = theirs.value(u"name"_s).toString().toStdString();
        for (const QString &key : comparedKeys)
            EXPECT_EQ(mine.value(key), theirs.value(key)) << name << "." << key.toStdString();
        // Same values in the same order; which one is the default is the org's choice.
        QStringList theirValues, myValues;
        for (const QJsonValue &entry : theirs.value(u"picklistValues"_s).toArray())
            theirValues << entry[u"value"_s].toString();
        for (const QJsonValue &entry : mine.value(u"picklistValues"_s).toArray())
            myValues << entry[u"value"_s].toString();
        EXPECT_EQ(myValues, theirValues) << name;
        if (!theirs.value(u"picklistValues"_s).toArray().isEmpty())
            expectSameShape(theirs[u"picklistValues"_s][0].toObject(),
                            mine[u"picklistValues"_s][0].toObject(), name + ".picklistValues");
    }
    EXPECT_GE(shared, 30);
}

TEST(DescribeObject, NestedEntriesHaveTheKeysOfTheRealOnes)
{
    const QJsonObject fixture = loadFixture(u"swiftlysalesforce/MockAccountMetadata.json"_s);
    const QJsonObject ours = describeAccount();
    for (const QString &key :
         {u"childRelationships"_s, u"recordTypeInfos"_s, u"supportedScopes"_s}) {
        const QJsonArray mine = ours.value(key).toArray();
        ASSERT_FALSE(mine.isEmpty()) << key.toStdString();
        const QHash<QString, QSet<int>> types = keyTypes(fixture.value(key).toArray());
        for (const QJsonValue &entry : mine)
            expectKeysOfTypes(types, entry.toObject(), key.toStdString());
    }
    QJsonObject urls = fixture.value(u"urls"_s).toObject();
    // The ui* templates name the org's own host, which describe does not know.
    for (const QString &instanceUrl :
         {u"uiDetailTemplate"_s, u"uiEditTemplate"_s, u"uiNewRecord"_s})
        urls.remove(instanceUrl);
    expectSameShape(urls, ours.value(u"urls"_s).toObject(), "urls");
}

TEST(DescribeObject, AccountValues)
{
    const QJsonObject ours = describeAccount();
    EXPECT_EQ(ours.value(u"name"_s).toString(), u"Account"_s);
    EXPECT_EQ(ours.value(u"keyPrefix"_s).toString(), u"001"_s);
    EXPECT_EQ(ours[u"urls"_s][u"describe"_s].toString(),
              u"/services/data/v62.0/sobjects/Account/describe"_s);
    const QJsonObject name = fieldNamed(ours, u"Name"_s);
    EXPECT_EQ(name.value(u"type"_s).toString(), u"string"_s);
    EXPECT_EQ(name.value(u"length"_s).toInt(), 255);
    EXPECT_TRUE(name.value(u"nameField"_s).toBool());
    const QJsonObject id = fieldNamed(ours, u"Id"_s);
    EXPECT_EQ(id.value(u"type"_s).toString(), u"id"_s);
    EXPECT_EQ(id.value(u"soapType"_s).toString(), u"tns:ID"_s);
    const QJsonObject external = fieldNamed(ours, u"SyncDesk_Id__c"_s);
    EXPECT_TRUE(external.value(u"externalId"_s).toBool());
    EXPECT_TRUE(external.value(u"idLookup"_s).toBool());
    EXPECT_TRUE(external.value(u"custom"_s).toBool());

    QStringList children;
    for (const QJsonValue &child : ours.value(u"childRelationships"_s).toArray())
        children << child[u"relationshipName"_s].toString();
    EXPECT_TRUE(children.contains(u"Contacts"_s));
    EXPECT_TRUE(children.contains(u"Opportunities"_s));
}

TEST(DescribeObject, TaskPolymorphicReferencesAndDefaults)
{
    const ObjectDescription &task = *OrgSchema::standard().object(u"Task");
    const QJsonObject ours = describeObject(task, u"62.0");
    const QJsonObject who = fieldNamed(ours, u"WhoId"_s);
    EXPECT_EQ(who.value(u"referenceTo"_s).toArray(), (QJsonArray{u"Contact"_s, u"Lead"_s}));
    EXPECT_EQ(who.value(u"relationshipName"_s).toString(), u"Who"_s);
    EXPECT_TRUE(who.value(u"polymorphicForeignKey"_s).toBool());
    const QJsonObject status = fieldNamed(ours, u"Status"_s);
    EXPECT_EQ(status.value(u"defaultValue"_s).toString(), u"Not Started"_s);
    int defaults = 0;
    for (const QJsonValue &value : status.value(u"picklistValues"_s).toArray())
        if (value[u"defaultValue"_s].toBool()) {
            ++defaults;
            EXPECT_EQ(value[u"value"_s].toString(), u"Not Started"_s);
        }
    EXPECT_EQ(defaults, 1);
    const QJsonObject duration = fieldNamed(ours, u"CallDurationInSeconds"_s);
    EXPECT_EQ(duration.value(u"type"_s).toString(), u"int"_s);
    EXPECT_EQ(duration.value(u"soapType"_s).toString(), u"xsd:int"_s);
    EXPECT_TRUE(ours.value(u"childRelationships"_s).toArray().isEmpty());
}
