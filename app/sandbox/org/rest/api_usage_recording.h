#pragma once

#include "rest/data_call.h"
#include "rest/org_context.h"

namespace syncdesk::sandbox {

// Writes the ApiTotalUsage event of one /services/data request the org
// authenticated: counted against the daily allocation, or refused because it
// was spent (then COUNTS_AGAINST_API_LIMIT is false). Composite subrequests
// are not events of their own: Salesforce logs only the parent request.
void recordApiUsage(const OrgContext &org, const DataCall &call, const QString &accessToken,
                    int status, bool counted, const QDateTime &at);

// The connected app id the sandbox gives an OAuth client (consumer key): the
// same 0H4 id for the same key, in every run.
QString connectedAppIdFor(const QString &clientId);

// The value of `Sforce-Call-Options: client=NAME`; empty when there is none.
QString callOptionsClientName(const QByteArray &header);

// The sObject type a call is about, for ENTITY_NAME; empty when none.
QString entityNameOf(const OrgContext &org, const DataCall &call);

} // namespace syncdesk::sandbox
