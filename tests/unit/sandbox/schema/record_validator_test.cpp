#include "data/record_validator.h"
#include "data/salesforce_id.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

const ObjectDescription &object(QStringView name)
{
    return *OrgSchema::standard().object(name);
}

void expectSingleError(const ValidationResult &result, const QString &code, const QString &message,
                       const QStringList &fields)
{
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.errors.first().statusCode, code);
    EXPECT_EQ(result.errors.first().message, message);
    EXPECT_EQ(result.errors.first().fields, fields);
}

const QString accountId = salesforce_id::make(u"001", 42);

} // namespace

TEST(RecordValidator, AcceptsAValidContactAndNormalisesIt)
{
    const QString id15 = accountId.left(15);
    const ValidationResult result = validateForCreate(
        object(u"Contact"), QJsonObject{{u"attributes"_s, QJsonObject{{u"type"_s, u"Contact"_s}}},
                                        {u"lastname"_s, u"Lovelace"_s},
                                        {u"FIRSTNAME"_s, u"Ada"_s},
                                        {u"Email"_s, u"ada@example.com"_s},
                                        {u"AccountId"_s, id15},
                                        {u"Birthdate"_s, u"1815-12-10T00:00:00Z"_s}});
    ASSERT_TRUE(result.ok()) << result.errors.first().message.toStdString();
    EXPECT_EQ(result.fields.value(u"LastName"_s).toString(), u"Lovelace"_s);
    EXPECT_EQ(result.fields.value(u"FirstName"_s).toString(), u"Ada"_s);
    EXPECT_EQ(result.fields.value(u"AccountId"_s).toString(), accountId);
    EXPECT_EQ(result.fields.value(u"Birthdate"_s).toString(), u"1815-12-10"_s);
    EXPECT_FALSE(result.fields.contains(u"attributes"_s));
    EXPECT_FALSE(result.fields.contains(u"lastname"_s));
    // Checkboxes left out are false, as a new record has them.
    EXPECT_EQ(result.fields.value(u"DoNotCall"_s), QJsonValue(false));
}

TEST(RecordValidator, UnknownField)
{
    expectSingleError(
        validateForCreate(object(u"Contact"), {{u"LastName"_s, u"X"_s}, {u"Foo"_s, u"bar"_s}}),
        u"INVALID_FIELD"_s, u"No such column 'Foo' on sobject of type Contact"_s, {});
}

TEST(RecordValidator, ReadOnlyFieldsAreListedTogether)
{
    expectSingleError(
        validateForUpdate(object(u"Contact"), {{u"Name"_s, u"Ada Lovelace"_s},
                                               {u"CreatedDate"_s, u"2024-01-01T00:00:00Z"_s},
                                               {u"Title"_s, u"Countess"_s}}),
        u"INVALID_FIELD_FOR_INSERT_UPDATE"_s,
        u"Unable to create/update fields: CreatedDate, Name. Please check the security settings "
        "of this field and verify that it is read/write for your profile or permission set."_s,
        {u"CreatedDate"_s, u"Name"_s});
}

TEST(RecordValidator, CreateOnlyFieldRefusedOnUpdate)
{
    EXPECT_TRUE(validateForCreate(object(u"Task"), {{u"TaskSubtype"_s, u"Call"_s}}).ok());
    const ValidationResult update =
        validateForUpdate(object(u"Task"), {{u"TaskSubtype"_s, u"Email"_s}});
    ASSERT_EQ(update.errors.size(), 1);
    EXPECT_EQ(update.errors.first().statusCode, u"INVALID_FIELD_FOR_INSERT_UPDATE"_s);
    EXPECT_EQ(update.errors.first().fields, QStringList{u"TaskSubtype"_s});
}

TEST(RecordValidator, IdOnCreateIsRefusedAndIgnoredOnUpdate)
{
    const ValidationResult create =
        validateForCreate(object(u"Account"), {{u"Id"_s, accountId}, {u"Name"_s, u"Acme"_s}});
    ASSERT_EQ(create.errors.size(), 1);
    EXPECT_EQ(create.errors.first().statusCode, u"INVALID_FIELD_FOR_INSERT_UPDATE"_s);
    const ValidationResult update =
        validateForUpdate(object(u"Account"), {{u"id"_s, accountId}, {u"Name"_s, u"Acme"_s}});
    ASSERT_TRUE(update.ok());
    EXPECT_EQ(update.fields, (QJsonObject{{u"Name"_s, u"Acme"_s}}));
}

TEST(RecordValidator, MissingRequiredFieldsOnCreate)
{
    expectSingleError(validateForCreate(object(u"Lead"), {{u"FirstName"_s, u"Ada"_s}}),
                      u"REQUIRED_FIELD_MISSING"_s,
                      u"Required fields are missing: [LastName, Company]"_s,
                      {u"LastName"_s, u"Company"_s});
    expectSingleError(validateForCreate(object(u"Contact"), {{u"LastName"_s, u""_s}}),
                      u"REQUIRED_FIELD_MISSING"_s, u"Required fields are missing: [LastName]"_s,
                      {u"LastName"_s});
}

TEST(RecordValidator, RequiredFieldSetToNullOnUpdate)
{
    expectSingleError(validateForUpdate(object(u"Contact"), {{u"LastName"_s, QJsonValue::Null}}),
                      u"REQUIRED_FIELD_MISSING"_s, u"Required fields are missing: [LastName]"_s,
                      {u"LastName"_s});
    // An update need not carry required fields it leaves alone.
    EXPECT_TRUE(validateForUpdate(object(u"Contact"), {{u"Title"_s, u"CTO"_s}}).ok());
    // Clearing a nillable field stores null.
    const ValidationResult cleared = validateForUpdate(object(u"Contact"), {{u"Title"_s, u""_s}});
    ASSERT_TRUE(cleared.ok());
    EXPECT_TRUE(cleared.fields.value(u"Title"_s).isNull());
    EXPECT_TRUE(cleared.fields.contains(u"Title"_s));
}

TEST(RecordValidator, StringTooLong)
{
    const QString name(81, u'x');
    expectSingleError(
        validateForCreate(object(u"Contact"), {{u"LastName"_s, name}}), u"STRING_TOO_LONG"_s,
        u"Last Name: data value too large: "_s + name + u" (max length=80)"_s, {u"LastName"_s});
    EXPECT_TRUE(validateForCreate(object(u"Contact"), {{u"LastName"_s, QString(80, u'x')}}).ok());
}

TEST(RecordValidator, WrongTypes)
{
    expectSingleError(validateForUpdate(object(u"Account"), {{u"NumberOfEmployees"_s, u"abc"_s}}),
                      u"INVALID_TYPE_ON_FIELD_IN_RECORD"_s,
                      u"Employees: value not of required type: abc"_s, {u"NumberOfEmployees"_s});
    expectSingleError(validateForUpdate(object(u"Contact"), {{u"DoNotCall"_s, 1}}),
                      u"INVALID_TYPE_ON_FIELD_IN_RECORD"_s,
                      u"Do Not Call: value not of required type: 1"_s, {u"DoNotCall"_s});
    expectSingleError(validateForUpdate(object(u"Opportunity"), {{u"CloseDate"_s, u"soon"_s}}),
                      u"INVALID_TYPE_ON_FIELD_IN_RECORD"_s,
                      u"Close Date: value not of required type: soon"_s, {u"CloseDate"_s});
    const ValidationResult numeric =
        validateForUpdate(object(u"Account"), {{u"NumberOfEmployees"_s, u"250"_s}});
    ASSERT_TRUE(numeric.ok());
    EXPECT_EQ(numeric.fields.value(u"NumberOfEmployees"_s).toInt(), 250);
}

TEST(RecordValidator, InvalidEmail)
{
    expectSingleError(validateForUpdate(object(u"Contact"), {{u"Email"_s, u"foo"_s}}),
                      u"INVALID_EMAIL_ADDRESS"_s, u"Email: invalid email address: foo"_s,
                      {u"Email"_s});
    EXPECT_FALSE(validateForUpdate(object(u"Lead"), {{u"Email"_s, u"a@b"_s}}).ok());
    EXPECT_TRUE(
        validateForUpdate(object(u"Lead"), {{u"Email"_s, u"a.b+c@mail.example.org"_s}}).ok());
}

TEST(RecordValidator, RestrictedPicklist)
{
    expectSingleError(validateForUpdate(object(u"Task"), {{u"Status"_s, u"Done-ish"_s}}),
                      u"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"_s,
                      u"Status: bad value for restricted picklist field: Done-ish"_s,
                      {u"Status"_s});
    const ValidationResult ok = validateForUpdate(object(u"Task"), {{u"Status"_s, u"completed"_s}});
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok.fields.value(u"Status"_s).toString(), u"Completed"_s);
}

TEST(RecordValidator, MalformedAndMistypedReferences)
{
    expectSingleError(validateForUpdate(object(u"Contact"), {{u"AccountId"_s, u"xyz"_s}}),
                      u"MALFORMED_ID"_s, u"Account ID: id value of incorrect type: xyz"_s,
                      {u"AccountId"_s});
    // A good id of the wrong object is only caught when the schema is known.
    const QString leadId = salesforce_id::make(u"00Q", 7);
    EXPECT_TRUE(validateForUpdate(object(u"Contact"), {{u"AccountId"_s, leadId}}).ok());
    expectSingleError(
        validateForUpdate(object(u"Contact"), {{u"AccountId"_s, leadId}}, &OrgSchema::standard()),
        u"FIELD_INTEGRITY_EXCEPTION"_s, u"Account ID: id value of incorrect type: "_s + leadId,
        {u"AccountId"_s});
    EXPECT_TRUE(
        validateForUpdate(object(u"Task"), {{u"WhoId"_s, leadId}}, &OrgSchema::standard()).ok());
}

TEST(RecordValidator, DateTimesAreNormalised)
{
    const ValidationResult result =
        validateForUpdate(object(u"Task"), {{u"ActivityDate"_s, u"2024-05-06"_s}});
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.fields.value(u"ActivityDate"_s).toString(), u"2024-05-06"_s);
    ObjectDescription withDateTime = object(u"Contact");
    FieldDescription seen;
    seen.name = u"LastSeen__c"_s;
    seen.label = u"Last Seen"_s;
    seen.type = FieldType::DateTime;
    withDateTime.fields.append(seen);
    for (const QString &text : {u"2024-01-01T02:00:00+02:00"_s, u"2024-01-01T00:00:00Z"_s,
                                u"2024-01-01T00:00:00.000+0000"_s}) {
        const ValidationResult parsed = validateForUpdate(withDateTime, {{u"LastSeen__c"_s, text}});
        ASSERT_TRUE(parsed.ok()) << text.toStdString();
        EXPECT_EQ(parsed.fields.value(u"LastSeen__c"_s).toString(),
                  u"2024-01-01T00:00:00.000+0000"_s);
    }
}

TEST(RecordValidator, TaskDefaultsAndSeveralValueErrors)
{
    const ValidationResult created =
        validateForCreate(object(u"Task"), {{u"Subject"_s, u"Call"_s}});
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created.fields.value(u"Status"_s).toString(), u"Not Started"_s);
    EXPECT_EQ(created.fields.value(u"Priority"_s).toString(), u"Normal"_s);
    EXPECT_EQ(created.fields.value(u"TaskSubtype"_s).toString(), u"Task"_s);

    const ValidationResult bad =
        validateForCreate(object(u"Contact"), {{u"Email"_s, u"nope"_s}, {u"DoNotCall"_s, 3}});
    ASSERT_EQ(bad.errors.size(), 3); // two bad values and the missing LastName
    EXPECT_EQ(bad.errors.last().statusCode, u"REQUIRED_FIELD_MISSING"_s);
}

TEST(RecordValidator, DerivedFields)
{
    QJsonObject contact{{u"FirstName"_s, u"Ada"_s}, {u"LastName"_s, u"Lovelace"_s}};
    applyDerivedFields(object(u"Contact"), contact);
    EXPECT_EQ(contact.value(u"Name"_s).toString(), u"Ada Lovelace"_s);
    QJsonObject lead{{u"LastName"_s, u"Turing"_s}};
    applyDerivedFields(object(u"Lead"), lead);
    EXPECT_EQ(lead.value(u"Name"_s).toString(), u"Turing"_s);
    QJsonObject deal{{u"StageName"_s, u"Closed Won"_s}};
    applyDerivedFields(object(u"Opportunity"), deal);
    EXPECT_TRUE(deal.value(u"IsClosed"_s).toBool());
    EXPECT_TRUE(deal.value(u"IsWon"_s).toBool());
    deal.insert(u"StageName"_s, u"Prospecting"_s);
    applyDerivedFields(object(u"Opportunity"), deal);
    EXPECT_FALSE(deal.value(u"IsClosed"_s).toBool());
    QJsonObject account{{u"Name"_s, u"Acme"_s}};
    applyDerivedFields(object(u"Account"), account);
    EXPECT_EQ(account.value(u"Name"_s).toString(), u"Acme"_s); // not a person's name
}
