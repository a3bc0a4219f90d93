#pragma once

#include <QString>

namespace syncdesk {

// The Bulk job's processing time the polls are planned for: Salesforce loads about 10,000
// simple records in some seconds; a guess that errs long costs a poll, not a record.
inline constexpr double kBulkSecondsPer10kRecords = 10.0;

// Which API an outbound flush sends its changes through, and why (shown with the run).
struct OutboundRoute
{
    enum class Api
    {
        Composite, // sObject Collections in /composite calls: 1,000 records a call
        Bulk,      // Bulk API 2.0 ingest jobs: a handful of calls whatever the size
    };

    Api api = Api::Composite;
    qint64 compositeCalls = 0; // what each would spend, reads before writing included
    qint64 bulkCalls = 0;
    QString why;
};

// The calls each API spends on `records` change sets in `jobs` Bulk jobs (one per object
// and operation), and the choice: Bulk only from `threshold` records up (Salesforce's
// advice: about 2,000) and only when it spends fewer calls; composite exactly as before
// otherwise.
//
// Composite: ceil(records / 1,000) calls. Bulk, per job: create, upload, close, the
// successful results (the failed ones too when a row fails: counted here, to be safe) and
// the polls expected while the org processes it: the first poll at once, then 2 s doubling
// to 60 s, against about `secondsPer10k` of processing per 10,000 records. Reads before
// writing cost the same either way and are added to both.
OutboundRoute chooseOutboundRoute(qint64 records, int jobs, qint64 readCalls, qint64 threshold,
                                  double secondsPer10k = kBulkSecondsPer10kRecords);

// The polls a job of `records` is expected to take (the growing interval, first at once).
qint64 expectedBulkPolls(qint64 records, double secondsPer10k);

} // namespace syncdesk
