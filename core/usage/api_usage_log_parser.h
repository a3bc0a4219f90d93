#pragma once

#include "usage/api_usage_log_count.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace syncdesk {

class StreamingCsvRecords;

// A row of a log file that could not be read, and why.
struct UsageLogRowProblem
{
    int line = 0;
    QString message;
};

// What one ApiTotalUsage file came to.
struct UsageLogParseResult
{
    QList<UsageLogCount> counts;        // one per (hour, app, user, client, family) with calls
    qint64 rows = 0;                    // data rows read (the header excluded)
    qint64 countedRows = 0;             // rows with COUNTS_AGAINST_API_LIMIT true
    qint64 skippedRows = 0;             // malformed rows, left out
    QList<UsageLogRowProblem> problems; // the first kMaxProblemsKept of them
    // Set when the file as a whole cannot be read (no header, a required column missing):
    // counts is then empty and nothing of the file may be stored.
    std::optional<QString> fileError;

    bool ok() const { return !fileError.has_value(); }
};

// Reads an ApiTotalUsage event log file (Salesforce's CSV: a header of field names, every
// value quoted) as it arrives, and adds up the rows that count against the org's API limit
// per hour and per connected app, user, client name and API family. Memory holds the
// current row and the sums, never the file: a 1,000,000-row file costs what a 10-row one
// with the same integrations does.
//
// Columns are found by their header names (the order changes between Salesforce releases;
// unknown columns are ignored). TIMESTAMP (yyyyMMddHHmmss.zzz, UTC) or TIMESTAMP_DERIVED
// (ISO 8601) and COUNTS_AGAINST_API_LIMIT are required; the others may be missing.
//
// A malformed row (a broken quote, a wrong number of values, an unreadable time) is
// skipped and reported with its line: the file's other rows still count, so one bad line
// in a day of logs loses that line and nothing else.
class ApiUsageLogParser
{
public:
    static constexpr int kMaxProblemsKept = 20;

    ApiUsageLogParser();
    ~ApiUsageLogParser();
    ApiUsageLogParser(const ApiUsageLogParser &) = delete;
    ApiUsageLogParser &operator=(const ApiUsageLogParser &) = delete;

    void feed(QByteArrayView bytes);
    UsageLogParseResult finish();

    // Reads `device` to its end in chunks.
    static UsageLogParseResult parse(QIODevice &device);

private:
    struct Columns;
    struct Sums;

    void onRecord(int line, const QList<QByteArray> &fields);
    void readHeader(int line, const QList<QByteArray> &fields);
    void countRow(int line, const QList<QByteArray> &fields);
    void addProblem(int line, const QString &message);

    std::unique_ptr<StreamingCsvRecords> m_records;
    std::unique_ptr<Columns> m_columns;
    std::unique_ptr<Sums> m_sums;
    UsageLogParseResult m_result;
};

} // namespace syncdesk
