// Account and Opportunity: the objects deals hang on.
#include "schema/standard_fields.h"
#include "schema/standard_objects.h"

namespace syncdesk::sandbox::standard_objects {

using namespace Qt::Literals::StringLiterals;
using namespace standard_fields;

QList<std::pair<QString, int>> opportunityStages()
{
    return {{u"Prospecting"_s, 10},          {u"Qualification"_s, 10},
            {u"Needs Analysis"_s, 20},       {u"Value Proposition"_s, 50},
            {u"Id. Decision Makers"_s, 60},  {u"Perception Analysis"_s, 70},
            {u"Proposal/Price Quote"_s, 75}, {u"Negotiation/Review"_s, 90},
            {u"Closed Won"_s, 100},          {u"Closed Lost"_s, 0}};
}

ObjectDescription account()
{
    ObjectDescription object{u"Account"_s, u"Account"_s, u"Accounts"_s, u"001"_s, {}};
    QList<FieldDescription> &f = object.fields;
    f << systemFields(u"Account ID"_s) << masterRecord(u"Account"_s);
    f << nameOf(required(text(u"Name"_s, u"Account Name"_s, 255)))
      << picklist(u"Type"_s, u"Account Type"_s,
                  {u"Prospect"_s, u"Customer - Direct"_s, u"Customer - Channel"_s,
                   u"Channel Partner / Reseller"_s, u"Installation Partner"_s,
                   u"Technology Partner"_s, u"Other"_s})
      << reference(u"ParentId"_s, u"Parent Account ID"_s, {u"Account"_s}, u"Parent"_s);
    f << address(u"Billing"_s, u"Billing"_s) << address(u"Shipping"_s, u"Shipping"_s);
    f << phone(u"Phone"_s, u"Account Phone"_s) << phone(u"Fax"_s, u"Account Fax"_s)
      << text(u"AccountNumber"_s, u"Account Number"_s, 40) << url(u"Website"_s, u"Website"_s)
      << text(u"Sic"_s, u"SIC Code"_s, 20) << picklist(u"Industry"_s, u"Industry"_s, industries())
      << currency(u"AnnualRevenue"_s, u"Annual Revenue"_s, 18, 0)
      << integer(u"NumberOfEmployees"_s, u"Employees"_s, 8)
      << picklist(u"Ownership"_s, u"Ownership"_s,
                  {u"Public"_s, u"Private"_s, u"Subsidiary"_s, u"Other"_s})
      << text(u"TickerSymbol"_s, u"Ticker Symbol"_s, 20)
      << textArea(u"Description"_s, u"Account Description"_s, 32000)
      << picklist(u"Rating"_s, u"Account Rating"_s, ratings())
      << text(u"Site"_s, u"Account Site"_s, 80) << owner()
      << picklist(u"AccountSource"_s, u"Account Source"_s, leadSources())
      << readOnly(date(u"LastActivityDate"_s, u"Last Activity"_s))
      << syncDeskId(u"SyncDesk_Id__c"_s, u"SyncDesk ID"_s);
    return object;
}

ObjectDescription opportunity()
{
    ObjectDescription object{u"Opportunity"_s, u"Opportunity"_s, u"Opportunities"_s, u"006"_s, {}};
    QStringList stages;
    for (const auto &[stage, probability] : opportunityStages())
        stages << stage;
    QList<FieldDescription> &f = object.fields;
    f << systemFields(u"Opportunity ID"_s);
    f << reference(u"AccountId"_s, u"Account ID"_s, {u"Account"_s}, u"Account"_s)
      << nameOf(required(text(u"Name"_s, u"Name"_s, 120)))
      << textArea(u"Description"_s, u"Description"_s, 32000)
      << restricted(required(picklist(u"StageName"_s, u"Stage"_s, stages)))
      << currency(u"Amount"_s, u"Amount"_s, 18, 2)
      << percent(u"Probability"_s, u"Probability (%)"_s, 3, 0)
      << required(date(u"CloseDate"_s, u"Close Date"_s))
      << picklist(u"Type"_s, u"Opportunity Type"_s,
                  {u"Existing Customer - Upgrade"_s, u"Existing Customer - Replacement"_s,
                   u"Existing Customer - Downgrade"_s, u"New Customer"_s})
      << text(u"NextStep"_s, u"Next Step"_s, 255)
      << picklist(u"LeadSource"_s, u"Lead Source"_s, leadSources())
      << readOnly(checkbox(u"IsClosed"_s, u"Closed"_s)) << readOnly(checkbox(u"IsWon"_s, u"Won"_s))
      << owner() << readOnly(date(u"LastActivityDate"_s, u"Last Activity"_s));
    return object;
}

} // namespace syncdesk::sandbox::standard_objects
