#pragma once

#include "store/table_access.h"
#include "usage/api_usage_log_count.h"
#include "usage/api_usage_log_parser.h"
#include "usage/event_log_file.h"

#include <QDateTime>
#include <QList>

namespace syncdesk {

// What the log reader keeps about itself between runs (usage_log_reader).
struct UsageLogReaderState
{
    QDateTime listedAt;           // the last listing the org answered
    bool listingFoundNew = false; // whether it had files SyncDesk had not fetched
    QDateTime refusedAt;          // the org last refused to list (no permission, say)
    QString problem;              // what to tell the admin; empty when all is well
};

// The org's counted calls per hour and caller, read from its ApiTotalUsage log files
// (schema 6): the files fetched, their hourly counts, and the reader's state.
class ApiUsageLogStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // Every file stored, readable or not: the reader fetches none of them again.
    QList<EventLogFileInfo> storedFiles() const;

    // Stores one file as fetched, with its counts, in one transaction: an earlier version
    // of the same (interval, log date) goes with its counts, and a failure leaves the store
    // as it was. A file that could not be read (result.fileError) is stored with its
    // problem and no counts, so it is not fetched again until a new Sequence appears.
    bool storeFile(const EventLogFileInfo &file, const UsageLogParseResult &result,
                   const QDateTime &fetchedAt);

    // The counts of the hours in [from, to), summed per hour and caller. An hour that both
    // an hourly and a daily file cover is taken from the hourly file only.
    QList<UsageLogCount> counts(const QDateTime &from, const QDateTime &to) const;
    // The starts of the hours in [from, to) that a readable file covers, in order.
    QList<QDateTime> coveredHours(const QDateTime &from, const QDateTime &to) const;
    // The problems of files that could not be read, or had rows that could not be.
    QStringList fileProblemsSince(const QDateTime &since) const;

    UsageLogReaderState readerState() const;
    bool setReaderState(const UsageLogReaderState &state);

    // Retention: drops counts of hours before `before`, and files that end before it.
    int deleteBefore(const QDateTime &before);
};

} // namespace syncdesk
