#pragma once

#include "eventlog/api_usage_event.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <array>
#include <map>
#include <memory>
#include <vector>

namespace syncdesk::sandbox {

// The org's ApiTotalUsage events: one row per API request the org saw, counted
// against the daily allocation or not. A week at a few thousand calls an hour
// is about a million rows, so a row is 16 bytes: the text that repeats (the
// caller's user, app, client name and address; the call's method, resource and
// entity) is interned in two small tables, already quoted for the CSV, and
// rows are grouped by UTC hour, which leaves only milliseconds into the hour.
// Rows older than the retention are dropped as new ones arrive.
class ApiUsageLog
{
public:
    static constexpr qint64 kRetentionSeconds = 8 * 24 * 3600;

    struct Row
    {
        quint32 msIntoHour;
        quint32 requestNumber;    // REQUEST_ID is made from it
        quint32 target;           // index into targets()
        quint16 caller;           // index into callers()
        quint16 statusAndCounted; // HTTP status, and bit 15: counts against the limit

        int status() const { return statusAndCounted & 0x7fff; }
        bool counted() const { return statusAndCounted & 0x8000; }
    };
    static_assert(sizeof(Row) == 16);

    // One UTC hour of rows. Rows are appended as calls happen; publishing a file
    // seals the hour: its rows are sorted by time once, and a file keeps how
    // many it holds, so a late row (the clock moved back) never changes it.
    struct Hour
    {
        qint64 startSeconds = 0;
        std::vector<Row> rows;
        bool sealed = false;
    };

    // The fields of an interned caller and target, each quoted for the CSV.
    struct QuotedCaller
    {
        QByteArray userId, userName, connectedAppId, connectedAppName, clientName, clientIp;
    };
    struct QuotedTarget
    {
        QByteArray family, version, resource, method, entity;
    };

    explicit ApiUsageLog(const QString &organizationId, quint32 seed = 1);

    quint16 internCaller(const ApiCaller &caller);
    quint32 internTarget(const ApiCallTarget &target);
    void record(const QDateTime &at, quint16 caller, quint32 target, int status, bool counted);
    void record(const QDateTime &at, const ApiCaller &caller, const ApiCallTarget &target,
                int status, bool counted)
    {
        record(at, internCaller(caller), internTarget(target), status, counted);
    }

    // Rows of the hour starting at `hourStart` (UTC) that count against the
    // limit; what the org's meter counted in that hour.
    qint64 countedInHour(const QDateTime &hourStart) const;
    qint64 rowCount() const { return m_rowCount; }
    // Hours with rows, oldest first; shared so a file being streamed keeps its rows.
    const std::map<qint64, std::shared_ptr<Hour>> &hours() const { return m_hours; }
    // Sorts the hour's rows by time if it is not sealed yet.
    void seal(Hour &hour);

    const QuotedCaller &caller(quint16 index) const { return m_callers[index]; }
    const QuotedTarget &target(quint32 index) const { return m_targets[index]; }
    const QByteArray &quotedOrganizationId() const { return m_organizationId; }
    // The 22-character REQUEST_ID of a row, like Salesforce's "3nWgxWbDKWWDIk0FKfF5DV".
    QByteArray requestId(quint32 requestNumber) const;

    // Forgets rows whose hour ended more than the retention before `now`.
    void dropExpired(const QDateTime &now);
    void clear();
    // Bytes the rows and interned text take, for the memory figure in tests.
    qint64 approximateBytes() const;

private:
    QByteArray m_organizationId;
    quint32 m_seed;
    quint32 m_nextRequestNumber = 1;
    qint64 m_rowCount = 0;
    std::map<qint64, std::shared_ptr<Hour>> m_hours; // by hour index since the epoch
    std::vector<QuotedCaller> m_callers;
    QHash<QByteArray, quint16> m_callerIndex;
    std::vector<QuotedTarget> m_targets;
    QHash<QByteArray, quint32> m_targetIndex;
};

// "value" with embedded quotes doubled: how every value in an event log file is written.
QByteArray quotedCsvValue(const QString &value);

} // namespace syncdesk::sandbox
