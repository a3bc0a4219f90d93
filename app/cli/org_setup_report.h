#pragma once

#include "salesforce/oauth_client_config.h"
#include "salesforce/oauth_token.h"
#include "sync/org_setup_check.h"

#include <QSqlDatabase>
#include <QTextStream>

namespace syncdesk::cli {

// Runs the org set-up check with these tokens (one /composite call of describes, recorded
// in the ledger like every call SyncDesk makes) and waits for it.
SalesforceResult<OrgSetupReport> checkOrgSetup(QSqlDatabase db, const OAuthTokens &tokens,
                                               const OAuthClientConfig &oauth);

// The report for people: what is missing, one line each, and where the fix is explained.
void printOrgSetupReport(QTextStream &out, const OrgSetupReport &report);

} // namespace syncdesk::cli
