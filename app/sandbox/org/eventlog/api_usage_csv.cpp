#include "eventlog/api_usage_csv.h"

#include <QDateTime>

namespace syncdesk::sandbox {

namespace {

void appendDigits(QByteArray *out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out->append(digits, width);
}

void appendValue(QByteArray *out, ApiUsageColumn column, const ApiUsageLog &log,
                 const api_usage_csv::HourText &hour, const ApiUsageLog::Row &row)
{
    const auto &caller = log.caller(row.caller);
    const auto &target = log.target(row.target);
    const int minutes = int(row.msIntoHour / 60000);
    const int seconds = int(row.msIntoHour / 1000 % 60);
    const int millis = int(row.msIntoHour % 1000);
    switch (column) {
    case ApiUsageColumn::EventType:
        out->append("\"ApiTotalUsage\"");
        return;
    case ApiUsageColumn::Timestamp:
        out->append('"').append(hour.compact);
        appendDigits(out, minutes, 2);
        appendDigits(out, seconds, 2);
        out->append('.');
        appendDigits(out, millis, 3);
        out->append('"');
        return;
    case ApiUsageColumn::TimestampDerived:
        out->append('"').append(hour.derived);
        appendDigits(out, minutes, 2);
        out->append(':');
        appendDigits(out, seconds, 2);
        out->append('.');
        appendDigits(out, millis, 3);
        out->append("Z\"");
        return;
    case ApiUsageColumn::RequestId:
        out->append('"').append(log.requestId(row.requestNumber)).append('"');
        return;
    case ApiUsageColumn::OrganizationId:
        out->append(log.quotedOrganizationId());
        return;
    case ApiUsageColumn::UserId:
        out->append(caller.userId);
        return;
    case ApiUsageColumn::UserName:
        out->append(caller.userName);
        return;
    case ApiUsageColumn::ConnectedAppId:
        out->append(caller.connectedAppId);
        return;
    case ApiUsageColumn::ConnectedAppName:
        out->append(caller.connectedAppName);
        return;
    case ApiUsageColumn::ClientName:
        out->append(caller.clientName);
        return;
    case ApiUsageColumn::ClientIp:
        out->append(caller.clientIp);
        return;
    case ApiUsageColumn::ApiFamily:
        out->append(target.family);
        return;
    case ApiUsageColumn::ApiVersion:
        out->append(target.version);
        return;
    case ApiUsageColumn::ApiResource:
        out->append(target.resource);
        return;
    case ApiUsageColumn::HttpMethod:
        out->append(target.method);
        return;
    case ApiUsageColumn::EntityName:
        out->append(target.entity);
        return;
    case ApiUsageColumn::CountsAgainstApiLimit:
        // Event log files write Boolean columns as "1" and "0", not true/false
        // (what log readers in the wild test for, e.g. COUNTS_AGAINST_API_LIMIT == '1').
        out->append(row.counted() ? "\"1\"" : "\"0\"");
        return;
    case ApiUsageColumn::StatusCode:
        out->append('"').append(QByteArray::number(row.status())).append('"');
        return;
    case ApiUsageColumn::ApiClientCategory:
        out->append("\"EXTERNAL_APPLICATION\"");
        return;
    }
}

} // namespace

namespace api_usage_csv {

QByteArray headerLine(const ApiUsageLayout &layout)
{
    QByteArray line;
    for (ApiUsageColumn column : layout) {
        if (!line.isEmpty())
            line.append(',');
        line.append(quotedCsvValue(api_usage_columns::name(column)));
    }
    return line;
}

HourText hourText(qint64 hourStartSeconds)
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(hourStartSeconds, Qt::UTC);
    return HourText{start.toString(QStringLiteral("yyyyMMddHH")).toLatin1(),
                    start.toString(QStringLiteral("yyyy-MM-ddTHH:")).toLatin1()};
}

void appendRow(QByteArray *out, const ApiUsageLog &log, const HourText &hour,
               const ApiUsageLog::Row &row, const ApiUsageLayout &layout)
{
    bool first = true;
    for (ApiUsageColumn column : layout) {
        if (!first)
            out->append(',');
        first = false;
        appendValue(out, column, log, hour, row);
    }
}

qint64 fileLength(const ApiUsageLog &log, const std::vector<ApiUsageFileRows> &parts,
                  const ApiUsageLayout &layout)
{
    qint64 length = headerLine(layout).size();
    QByteArray line;
    for (const ApiUsageFileRows &part : parts) {
        const HourText text = hourText(part.hour->startSeconds);
        for (qsizetype i = 0; i < part.rowCount; ++i) {
            line.clear();
            appendRow(&line, log, text, part.hour->rows[size_t(i)], layout);
            length += 1 + line.size(); // each row starts a new line
        }
    }
    return length;
}

} // namespace api_usage_csv

ApiUsageCsvStream::ApiUsageCsvStream(const ApiUsageLog &log, std::vector<ApiUsageFileRows> parts,
                                     ApiUsageLayout layout, qint64 length)
    : m_log(log)
    , m_parts(std::move(parts))
    , m_layout(std::move(layout))
    , m_length(length)
{}

bool ApiUsageCsvStream::readChunk(QByteArray *out, qint64 maxBytes)
{
    const qsizetype start = out->size();
    if (!m_headerWritten) {
        out->append(api_usage_csv::headerLine(m_layout));
        m_headerWritten = true;
    }
    while (m_part < m_parts.size() && out->size() - start < maxBytes) {
        const ApiUsageFileRows &part = m_parts[m_part];
        if (m_row == 0)
            m_hourText = api_usage_csv::hourText(part.hour->startSeconds);
        if (m_row >= part.rowCount) {
            ++m_part;
            m_row = 0;
            continue;
        }
        out->append('\n');
        api_usage_csv::appendRow(out, m_log, m_hourText, part.hour->rows[size_t(m_row)], m_layout);
        ++m_row;
    }
    return out->size() > start;
}

} // namespace syncdesk::sandbox
