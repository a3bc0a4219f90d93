#include "schema/object_description.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

const ObjectDescription &objectNamed(const QString &name)
{
    const ObjectDescription *object = OrgSchema::standard().object(name);
    if (!object)
        throw std::runtime_error("missing object");
    return *object;
}

QStringList requiredOnCreate(const ObjectDescription &object)
{
    QStringList names;
    for (const FieldDescription &field : object.fields)
        if (field.requiredOnCreate())
            names.append(field.name);
    return names;
}

} // namespace

TEST(StandardSchema, HasTheSyncedObjectsWithTheirKeyPrefixes)
{
    const OrgSchema &schema = OrgSchema::standard();
    const QList<std::pair<QString, QString>> expected{
        {u"Lead"_s, u"00Q"_s},        {u"Contact"_s, u"003"_s}, {u"Account"_s, u"001"_s},
        {u"Opportunity"_s, u"006"_s}, {u"Task"_s, u"00T"_s},    {u"User"_s, u"005"_s}};
    ASSERT_EQ(schema.objects().size(), expected.size());
    for (const auto &[name, prefix] : expected) {
        const ObjectDescription *object = schema.object(name.toLower());
        ASSERT_NE(object, nullptr) << name.toStdString();
        EXPECT_EQ(object->name, name);
        EXPECT_EQ(object->keyPrefix, prefix);
        EXPECT_EQ(schema.objectForKeyPrefix(prefix), object);
    }
}

TEST(StandardSchema, KeyPrefixesAndFieldNamesAreUnique)
{
    QSet<QString> prefixes;
    for (const ObjectDescription &object : OrgSchema::standard().objects()) {
        EXPECT_FALSE(prefixes.contains(object.keyPrefix)) << object.keyPrefix.toStdString();
        prefixes.insert(object.keyPrefix);
        QSet<QString> fields;
        QSet<QString> relationships;
        for (const FieldDescription &field : object.fields) {
            EXPECT_FALSE(fields.contains(field.name.toLower()))
                << object.name.toStdString() << "." << field.name.toStdString();
            fields.insert(field.name.toLower());
            if (!field.relationshipName.isEmpty()) {
                EXPECT_FALSE(relationships.contains(field.relationshipName.toLower()));
                relationships.insert(field.relationshipName.toLower());
            }
        }
    }
}

TEST(StandardSchema, EveryReferenceTargetsAnObjectOfTheSchema)
{
    const OrgSchema &schema = OrgSchema::standard();
    for (const ObjectDescription &object : schema.objects()) {
        for (const FieldDescription &field : object.fields) {
            if (field.type != FieldType::Reference) {
                EXPECT_TRUE(field.referenceTo.isEmpty()) << field.name.toStdString();
                continue;
            }
            EXPECT_FALSE(field.referenceTo.isEmpty()) << field.name.toStdString();
            EXPECT_FALSE(field.relationshipName.isEmpty()) << field.name.toStdString();
            for (const QString &target : field.referenceTo)
                EXPECT_NE(schema.object(target), nullptr)
                    << object.name.toStdString() << "." << field.name.toStdString() << " -> "
                    << target.toStdString();
        }
    }
}

TEST(StandardSchema, EveryObjectCarriesReadOnlySystemFields)
{
    const QStringList systemFields{u"Id"_s,
                                   u"IsDeleted"_s,
                                   u"CreatedDate"_s,
                                   u"CreatedById"_s,
                                   u"LastModifiedDate"_s,
                                   u"LastModifiedById"_s,
                                   u"SystemModstamp"_s};
    for (const ObjectDescription &object : OrgSchema::standard().objects()) {
        for (const QString &name : systemFields) {
            const FieldDescription *field = object.field(name);
            ASSERT_NE(field, nullptr) << object.name.toStdString() << "." << name.toStdString();
            EXPECT_FALSE(field->createable);
            EXPECT_FALSE(field->updateable);
            EXPECT_FALSE(field->nillable);
        }
        EXPECT_EQ(object.field(u"Id")->type, FieldType::Id);
        EXPECT_EQ(object.field(u"CreatedById")->referenceTo, QStringList{u"User"_s});
    }
}

TEST(StandardSchema, RequiredFieldsAreSalesforces)
{
    EXPECT_EQ(requiredOnCreate(objectNamed(u"Lead"_s)), (QStringList{u"LastName"_s, u"Company"_s}));
    EXPECT_EQ(requiredOnCreate(objectNamed(u"Contact"_s)), QStringList{u"LastName"_s});
    EXPECT_EQ(requiredOnCreate(objectNamed(u"Account"_s)), QStringList{u"Name"_s});
    EXPECT_EQ(requiredOnCreate(objectNamed(u"Opportunity"_s)),
              (QStringList{u"Name"_s, u"StageName"_s, u"CloseDate"_s}));
    EXPECT_TRUE(requiredOnCreate(objectNamed(u"Task"_s)).isEmpty());

    const ObjectDescription &task = objectNamed(u"Task"_s);
    EXPECT_EQ(task.field(u"Status")->defaultPicklistValue, u"Not Started"_s);
    EXPECT_EQ(task.field(u"Priority")->defaultPicklistValue, u"Normal"_s);
    EXPECT_TRUE(task.field(u"TaskSubtype")->createable);
    EXPECT_FALSE(task.field(u"TaskSubtype")->updateable);
}

TEST(StandardSchema, LengthsMatchSalesforce)
{
    const ObjectDescription &contact = objectNamed(u"Contact"_s);
    EXPECT_EQ(contact.field(u"LastName")->length, 80);
    EXPECT_EQ(contact.field(u"FirstName")->length, 40);
    EXPECT_EQ(contact.field(u"Email")->length, 80);
    EXPECT_EQ(contact.field(u"Phone")->length, 40);
    EXPECT_EQ(contact.field(u"Title")->length, 128);
    EXPECT_EQ(objectNamed(u"Lead"_s).field(u"Company")->length, 255);
    EXPECT_EQ(objectNamed(u"Account"_s).field(u"Name")->length, 255);
    EXPECT_EQ(objectNamed(u"Account"_s).field(u"Description")->type, FieldType::TextArea);
    EXPECT_EQ(objectNamed(u"Account"_s).field(u"Description")->length, 32000);
    EXPECT_EQ(objectNamed(u"Task"_s).field(u"Subject")->length, 255);
}

TEST(StandardSchema, ReferencesAndRelationships)
{
    const ObjectDescription &contact = objectNamed(u"Contact"_s);
    EXPECT_EQ(contact.relationship(u"account"), contact.field(u"AccountId"));
    const ObjectDescription &task = objectNamed(u"Task"_s);
    EXPECT_EQ(task.field(u"WhoId")->referenceTo, (QStringList{u"Contact"_s, u"Lead"_s}));
    EXPECT_EQ(task.field(u"WhoId")->relationshipName, u"Who"_s);
    EXPECT_EQ(task.field(u"WhatId")->referenceTo, (QStringList{u"Account"_s, u"Opportunity"_s}));
    EXPECT_EQ(task.field(u"WhatId")->relationshipName, u"What"_s);
    EXPECT_EQ(objectNamed(u"Opportunity"_s).field(u"AccountId")->referenceTo,
              QStringList{u"Account"_s});
    for (const QString &name :
         {u"Lead"_s, u"Contact"_s, u"Account"_s, u"Opportunity"_s, u"Task"_s}) {
        const FieldDescription *owner = objectNamed(name).field(u"OwnerId");
        ASSERT_NE(owner, nullptr);
        EXPECT_EQ(owner->relationshipName, u"Owner"_s);
        EXPECT_TRUE(owner->defaultedOnCreate);
    }
}

TEST(StandardSchema, PeopleHaveAReadOnlyCompoundName)
{
    for (const QString &name : {u"Contact"_s, u"Lead"_s}) {
        const FieldDescription *field = objectNamed(name).field(u"Name");
        ASSERT_NE(field, nullptr);
        EXPECT_FALSE(field->createable);
        EXPECT_FALSE(field->updateable);
        EXPECT_TRUE(field->nameField);
    }
}

TEST(StandardSchema, SyncDeskExternalIds)
{
    for (const QString &name : {u"Contact"_s, u"Lead"_s, u"Account"_s}) {
        const FieldDescription *field = objectNamed(name).field(u"SyncDesk_Id__c");
        ASSERT_NE(field, nullptr) << name.toStdString();
        EXPECT_TRUE(field->externalId);
        EXPECT_TRUE(field->unique);
    }
    const FieldDescription *activity = objectNamed(u"Task"_s).field(u"SyncDesk_Activity_Id__c");
    ASSERT_NE(activity, nullptr);
    EXPECT_EQ(activity->type, FieldType::String);
    EXPECT_EQ(activity->length, 64);
    EXPECT_TRUE(activity->externalId);
    EXPECT_TRUE(activity->unique);
}

TEST(StandardSchema, PicklistsCarryTheirDefaultsAmongTheirValues)
{
    for (const ObjectDescription &object : OrgSchema::standard().objects())
        for (const FieldDescription &field : object.fields) {
            if (field.type != FieldType::Picklist) {
                EXPECT_TRUE(field.picklistValues.isEmpty()) << field.name.toStdString();
                continue;
            }
            EXPECT_FALSE(field.picklistValues.isEmpty()) << field.name.toStdString();
            if (!field.defaultPicklistValue.isEmpty())
                EXPECT_TRUE(field.picklistValues.contains(field.defaultPicklistValue));
        }
    const ObjectDescription &opportunity = objectNamed(u"Opportunity"_s);
    EXPECT_TRUE(opportunity.field(u"StageName")->picklistValues.contains(u"Closed Won"_s));
    EXPECT_TRUE(objectNamed(u"Task"_s).field(u"TaskSubtype")->picklistValues.contains(u"Call"_s));
    EXPECT_EQ(fieldTypeName(FieldType::DateTime), u"datetime"_s);
    EXPECT_EQ(soapTypeName(FieldType::Reference), u"tns:ID"_s);
}
