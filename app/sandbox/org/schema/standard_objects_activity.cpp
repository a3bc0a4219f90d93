// Task: the activities (calls and emails) SyncDesk logs.
#include "schema/standard_fields.h"
#include "schema/standard_objects.h"

namespace syncdesk::sandbox::standard_objects {

using namespace Qt::Literals::StringLiterals;
using namespace standard_fields;

ObjectDescription task()
{
    ObjectDescription object{u"Task"_s, u"Task"_s, u"Tasks"_s, u"00T"_s, {}};
    QList<FieldDescription> &f = object.fields;
    f << systemFields(u"Activity ID"_s);
    f << reference(u"WhoId"_s, u"Name ID"_s, {u"Contact"_s, u"Lead"_s}, u"Who"_s)
      << reference(u"WhatId"_s, u"Related To ID"_s, {u"Account"_s, u"Opportunity"_s}, u"What"_s)
      << nameOf(text(u"Subject"_s, u"Subject"_s, 255))
      << date(u"ActivityDate"_s, u"Due Date Only"_s)
      << restricted(defaulted(picklist(u"Status"_s, u"Status"_s,
                                       {u"Not Started"_s, u"In Progress"_s, u"Completed"_s,
                                        u"Waiting on someone else"_s, u"Deferred"_s},
                                       u"Not Started"_s)))
      << restricted(defaulted(picklist(u"Priority"_s, u"Priority"_s,
                                       {u"High"_s, u"Normal"_s, u"Low"_s}, u"Normal"_s)))
      << readOnly(checkbox(u"IsHighPriority"_s, u"High Priority"_s)) << owner()
      << textArea(u"Description"_s, u"Description"_s, 32000)
      << readOnly(reference(u"AccountId"_s, u"Account ID"_s, {u"Account"_s}, u"Account"_s))
      << readOnly(checkbox(u"IsClosed"_s, u"Closed"_s))
      << integer(u"CallDurationInSeconds"_s, u"Call Duration"_s, 8)
      << restricted(
             picklist(u"CallType"_s, u"Call Type"_s, {u"Internal"_s, u"Inbound"_s, u"Outbound"_s}))
      << text(u"CallDisposition"_s, u"Call Result"_s, 255)
      << text(u"CallObject"_s, u"Call Object Identifier"_s, 255)
      // Salesforce lets a task's subtype be chosen when it is created, never changed.
      << createOnly(restricted(defaulted(picklist(u"TaskSubtype"_s, u"Task Subtype"_s,
                                                  {u"Task"_s, u"Email"_s, u"Call"_s}, u"Task"_s))))
      << readOnly(dateTime(u"CompletedDateTime"_s, u"Completed Date/Time"_s))
      << syncDeskId(u"SyncDesk_Activity_Id__c"_s, u"SyncDesk Activity ID"_s);
    return object;
}

} // namespace syncdesk::sandbox::standard_objects
