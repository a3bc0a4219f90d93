// Lead, Contact and User: the people objects.
#include "schema/standard_fields.h"
#include "schema/standard_objects.h"

namespace syncdesk::sandbox::standard_objects {

using namespace Qt::Literals::StringLiterals;
using namespace standard_fields;

namespace {

void append(QList<FieldDescription> &fields, const QList<FieldDescription> &more)
{
    fields.append(more);
}

} // namespace

ObjectDescription lead()
{
    ObjectDescription object{u"Lead"_s, u"Lead"_s, u"Leads"_s, u"00Q"_s, {}};
    QList<FieldDescription> &f = object.fields;
    append(f, systemFields(u"Lead ID"_s));
    f << masterRecord(u"Lead"_s);
    f << required(text(u"LastName"_s, u"Last Name"_s, 80))
      << text(u"FirstName"_s, u"First Name"_s, 40)
      << picklist(u"Salutation"_s, u"Salutation"_s, salutations()) << personName(u"Full Name"_s)
      << text(u"Title"_s, u"Title"_s, 128) << required(text(u"Company"_s, u"Company"_s, 255));
    append(f, address(QString(), QString()));
    f << phone(u"Phone"_s, u"Phone"_s) << phone(u"MobilePhone"_s, u"Mobile Phone"_s)
      << email(u"Email"_s, u"Email"_s) << url(u"Website"_s, u"Website"_s)
      << textArea(u"Description"_s, u"Description"_s, 32000)
      << picklist(u"LeadSource"_s, u"Lead Source"_s, leadSources())
      << restricted(defaulted(picklist(u"Status"_s, u"Status"_s,
                                       {u"Open - Not Contacted"_s, u"Working - Contacted"_s,
                                        u"Closed - Converted"_s, u"Closed - Not Converted"_s},
                                       u"Open - Not Contacted"_s)))
      << picklist(u"Industry"_s, u"Industry"_s, industries())
      << picklist(u"Rating"_s, u"Rating"_s, ratings())
      << currency(u"AnnualRevenue"_s, u"Annual Revenue"_s, 18, 0)
      << integer(u"NumberOfEmployees"_s, u"Employees"_s, 8) << owner()
      << checkbox(u"HasOptedOutOfEmail"_s, u"Email Opt Out"_s)
      << checkbox(u"DoNotCall"_s, u"Do Not Call"_s)
      << readOnly(checkbox(u"IsConverted"_s, u"Converted"_s))
      << readOnly(date(u"ConvertedDate"_s, u"Converted Date"_s))
      << readOnly(reference(u"ConvertedAccountId"_s, u"Converted Account ID"_s, {u"Account"_s},
                            u"ConvertedAccount"_s))
      << readOnly(reference(u"ConvertedContactId"_s, u"Converted Contact ID"_s, {u"Contact"_s},
                            u"ConvertedContact"_s))
      << readOnly(reference(u"ConvertedOpportunityId"_s, u"Converted Opportunity ID"_s,
                            {u"Opportunity"_s}, u"ConvertedOpportunity"_s))
      << readOnly(date(u"LastActivityDate"_s, u"Last Activity"_s))
      << syncDeskId(u"SyncDesk_Id__c"_s, u"SyncDesk ID"_s);
    return object;
}

ObjectDescription contact()
{
    ObjectDescription object{u"Contact"_s, u"Contact"_s, u"Contacts"_s, u"003"_s, {}};
    QList<FieldDescription> &f = object.fields;
    append(f, systemFields(u"Contact ID"_s));
    f << masterRecord(u"Contact"_s);
    f << reference(u"AccountId"_s, u"Account ID"_s, {u"Account"_s}, u"Account"_s)
      << required(text(u"LastName"_s, u"Last Name"_s, 80))
      << text(u"FirstName"_s, u"First Name"_s, 40)
      << picklist(u"Salutation"_s, u"Salutation"_s, salutations()) << personName(u"Full Name"_s);
    append(f, address(u"Mailing"_s, u"Mailing"_s));
    f << phone(u"Phone"_s, u"Business Phone"_s) << phone(u"Fax"_s, u"Business Fax"_s)
      << phone(u"MobilePhone"_s, u"Mobile Phone"_s) << email(u"Email"_s, u"Email"_s)
      << text(u"Title"_s, u"Title"_s, 128) << text(u"Department"_s, u"Department"_s, 80)
      << reference(u"ReportsToId"_s, u"Reports To ID"_s, {u"Contact"_s}, u"ReportsTo"_s)
      << picklist(u"LeadSource"_s, u"Lead Source"_s, leadSources())
      << date(u"Birthdate"_s, u"Birthdate"_s)
      << textArea(u"Description"_s, u"Contact Description"_s, 32000) << owner()
      << checkbox(u"HasOptedOutOfEmail"_s, u"Email Opt Out"_s)
      << checkbox(u"DoNotCall"_s, u"Do Not Call"_s)
      << readOnly(date(u"LastActivityDate"_s, u"Last Activity"_s))
      << syncDeskId(u"SyncDesk_Id__c"_s, u"SyncDesk ID"_s);
    return object;
}

ObjectDescription user()
{
    ObjectDescription object{u"User"_s, u"User"_s, u"Users"_s, u"005"_s, {}};
    QList<FieldDescription> &f = object.fields;
    append(f, systemFields(u"User ID"_s));
    FieldDescription userEmail = required(email(u"Email"_s, u"Email"_s));
    userEmail.length = 128;
    f << externalIdKey(required(text(u"Username"_s, u"Username"_s, 80)))
      << required(text(u"LastName"_s, u"Last Name"_s, 80))
      << text(u"FirstName"_s, u"First Name"_s, 40) << personName(u"Full Name"_s)
      << text(u"CompanyName"_s, u"Company Name"_s, 80) << text(u"Title"_s, u"Title"_s, 80)
      << text(u"Department"_s, u"Department"_s, 80) << userEmail << phone(u"Phone"_s, u"Phone"_s)
      << phone(u"MobilePhone"_s, u"Mobile"_s) << required(text(u"Alias"_s, u"Alias"_s, 8))
      << defaulted(text(u"CommunityNickname"_s, u"Nickname"_s, 40))
      << checkbox(u"IsActive"_s, u"Active"_s)
      << required(restricted(
             picklist(u"TimeZoneSidKey"_s, u"Time Zone"_s,
                      {u"America/Los_Angeles"_s, u"America/Denver"_s, u"America/Chicago"_s,
                       u"America/New_York"_s, u"Europe/London"_s, u"Europe/Paris"_s, u"GMT"_s})))
      << required(restricted(picklist(u"LocaleSidKey"_s, u"Locale"_s,
                                      {u"en_US"_s, u"en_GB"_s, u"fr_FR"_s, u"de_DE"_s})))
      << required(restricted(
             picklist(u"EmailEncodingKey"_s, u"Email Encoding"_s, {u"UTF-8"_s, u"ISO-8859-1"_s})))
      << required(restricted(
             picklist(u"LanguageLocaleKey"_s, u"Language"_s, {u"en_US"_s, u"fr"_s, u"de"_s})))
      << reference(u"ManagerId"_s, u"Manager ID"_s, {u"User"_s}, u"Manager"_s)
      << readOnly(dateTime(u"LastLoginDate"_s, u"Last Login"_s));
    return object;
}

} // namespace syncdesk::sandbox::standard_objects
