#pragma once

#include <QString>

namespace syncdesk::sandbox {

struct BulkJob;
struct OrgContext;

// Checks an ingest job's CSV header against its object and operation before
// any record is written: empty when it is usable, else the job's errorMessage
// ("InvalidBatch : Field name not found : Foo", as Salesforce words it).
QString checkIngestHeader(const OrgContext &org, const BulkJob &job);

// Writes up to `maxRows` of the job's next records through the same rules as
// the REST API (validation, references, locked rows, automation, upsert by
// external id), adding each to the job's successful or failed results.
void processIngestRows(OrgContext &org, BulkJob &job, qsizetype maxRows);

// The failedResults sf__Error text Salesforce writes: "CODE:message:fields --".
QString bulkErrorText(const QString &statusCode, const QString &message, const QStringList &fields);

} // namespace syncdesk::sandbox
