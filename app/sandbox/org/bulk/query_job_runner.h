#pragma once

#include "http/salesforce_error.h"

#include <optional>

namespace syncdesk::sandbox {

struct BulkJob;
struct OrgContext;

// Checks a query job's SOQL as job creation does: the SOQL engine's own errors
// (MALFORMED_QUERY, INVALID_FIELD, ...), and what Bulk API 2.0 refuses
// (COUNT(), OFFSET). On success, `object` is the queried object's name.
std::optional<SalesforceError> checkBulkQuery(const OrgContext &org, const QString &soql,
                                              QString *object);

// Runs the job's query once, through the REST query's SOQL engine, and keeps
// the rows as CSV: a header of the selected fields in SELECT order (parent
// fields as Account.Name), one record per row, nulls as empty values.
void runQueryJob(OrgContext &org, BulkJob &job);

} // namespace syncdesk::sandbox
