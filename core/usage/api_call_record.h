#pragma once

#include "usage/api_usage.h"
#include "usage/call_category.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace syncdesk {

// The errorCode the ledger gives a call that got no answer in time (Salesforce sends none):
// the org received it and counted it.
inline constexpr QStringView kTimedOutErrorCode = u"SYNCDESK_TIMED_OUT";

// One API call SyncDesk made, as the ledger keeps it.
struct ApiCallRecord
{
    QDateTime at;
    CallCategory category = CallCategory::InboundPoll;
    QString endpoint;   // the path called, e.g. /services/data/v62.0/composite
    int httpStatus = 0; // 0 when no HTTP answer came (connection refused, dropped, timed out)
    std::optional<ApiUsage> orgUsage; // from the response's Sforce-Limit-Info, if it had one
    // Salesforce's errorCode when it refused the call (e.g. REQUEST_LIMIT_EXCEEDED);
    // empty when the call succeeded or the body named none; kTimedOutErrorCode when no
    // answer came in time.
    QString errorCode;
};

// Whether Salesforce counted the call against the org's daily allocation.
//
// Not counted, as Salesforce (and the sandbox org, which mirrors it) does:
// - 401: the session was refused before the request reached the API;
// - 403 REQUEST_LIMIT_EXCEEDED: the call was refused because the allocation (or the
//   concurrent long-request limit) was spent. A 403 without an errorCode is taken to be
//   this refusal too: SyncDesk's integration user has the access it needs, so a bare 403
//   is the limit far more often than a permission problem. A 403 naming another code
//   (INSUFFICIENT_ACCESS, ...) did reach the API and counts;
// - 5xx and no answer at all (refused or dropped connections): the request did not
//   complete at the API (a call that timed out did reach it, and counts); a rare
//   UNKNOWN_EXCEPTION 500 that Salesforce did count is under-counted here and shows up
//   under "other integrations" instead;
// - Auth: the OAuth token endpoints are not API requests;
// - the versions list (GET /services/data/), the one documented free call.
// Every other answered call counts, including 4xx validation errors and 404s.
bool countsAgainstOrgLimit(const ApiCallRecord &call);

// Whether Salesforce refused the call because the org's limit was spent.
bool refusedForRequestLimit(const ApiCallRecord &call);

} // namespace syncdesk
