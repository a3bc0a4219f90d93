#pragma once

#include "eventlog/api_usage_columns.h"
#include "eventlog/api_usage_log.h"
#include "http/body_stream.h"

#include <QByteArray>
#include <memory>
#include <vector>

namespace syncdesk::sandbox {

// The rows one event log file holds: the first `rowCount` rows of each hour,
// as they were when the file was published.
struct ApiUsageFileRows
{
    std::shared_ptr<const ApiUsageLog::Hour> hour;
    qsizetype rowCount = 0;
};

// Writes ApiTotalUsage rows the way Salesforce's event log files are written:
// a first line of quoted field names in the file's order, then one line per
// event with every value double-quoted (embedded quotes doubled), LF line
// ends and no blank line at the end.
namespace api_usage_csv {

QByteArray headerLine(const ApiUsageLayout &layout);

// The text of TIMESTAMP and TIMESTAMP_DERIVED that a whole hour shares.
struct HourText
{
    QByteArray compact; // "2026120413": TIMESTAMP is 20261204130512.345
    QByteArray derived; // "2026-12-04T13:": TIMESTAMP_DERIVED is 2026-12-04T13:05:12.345Z
};
HourText hourText(qint64 hourStartSeconds);

// Appends one event's values, without a line end.
void appendRow(QByteArray *out, const ApiUsageLog &log, const HourText &hour,
               const ApiUsageLog::Row &row, const ApiUsageLayout &layout);
// The file's exact size in bytes, for LogFileLength and Content-Length.
qint64 fileLength(const ApiUsageLog &log, const std::vector<ApiUsageFileRows> &parts,
                  const ApiUsageLayout &layout);

} // namespace api_usage_csv

// A published file's CSV, made row by row as it is sent.
class ApiUsageCsvStream : public BodyStream
{
public:
    ApiUsageCsvStream(const ApiUsageLog &log, std::vector<ApiUsageFileRows> parts,
                      ApiUsageLayout layout, qint64 length);

    qint64 size() const override { return m_length; }
    bool readChunk(QByteArray *out, qint64 maxBytes) override;

private:
    const ApiUsageLog &m_log;
    std::vector<ApiUsageFileRows> m_parts;
    ApiUsageLayout m_layout;
    qint64 m_length;
    bool m_headerWritten = false;
    size_t m_part = 0;
    api_usage_csv::HourText m_hourText;
    qsizetype m_row = 0;
};

} // namespace syncdesk::sandbox
