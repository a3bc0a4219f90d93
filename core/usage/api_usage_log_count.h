#pragma once

#include <QDateTime>
#include <QString>

namespace syncdesk {

// Who made calls that counted against the org's limit, as Salesforce's ApiTotalUsage log
// names them. Empty fields were empty (or absent) in the log.
struct UsageLogCaller
{
    QString connectedAppId;
    QString connectedAppName;
    QString userId;
    QString userName;
    QString clientName; // the Sforce-Call-Options client= value
    QString apiFamily;  // REST, SOAP, Bulk ...

    friend bool operator==(const UsageLogCaller &, const UsageLogCaller &) = default;
};

// One hour's counted calls of one caller.
struct UsageLogCount
{
    QDateTime hourStart; // UTC, on the hour
    UsageLogCaller caller;
    qint64 calls = 0;
};

} // namespace syncdesk
