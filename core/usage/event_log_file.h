#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// One EventLogFile row of type ApiTotalUsage, as the org lists it (or as SyncDesk stored
// it once fetched). An hourly file covers the hour from logDate, a daily one the UTC day.
struct EventLogFileInfo
{
    QString id;
    bool hourly = false; // Interval 'Hourly'; else 'Daily'
    QDateTime logDate;   // UTC start of the hour or the day
    int sequence = 0;    // a higher Sequence is a newer version of the same file
    qint64 length = 0;   // LogFileLength, bytes

    QString intervalName() const
    {
        return hourly ? QStringLiteral("Hourly") : QStringLiteral("Daily");
    }
    // The end of the time this file covers (exclusive).
    QDateTime coverageEnd() const { return hourly ? logDate.addSecs(3600) : logDate.addDays(1); }
};

// The SOQL that lists ApiTotalUsage files whose LogDate is at or after `since`.
QString eventLogFileListing(const QDateTime &since);

// A record of that query's answer; nullopt when it lacks an Id, a LogDate or an Interval
// SyncDesk knows.
std::optional<EventLogFileInfo> eventLogFileFromRecord(const QJsonObject &record);

// Salesforce's datetime ("2026-12-04T13:00:00.000+0000", or with 'Z'), in UTC.
QDateTime parseSalesforceDateTime(const QString &text);

// Which of the listed files to download, oldest first, given those already stored:
// - only the highest Sequence of each (Interval, LogDate), and only if nothing stored has
//   that Sequence or a higher one for it (a restart never fetches a file again);
// - hourly files where they exist; a daily file only for a UTC day no hourly file covers,
//   listed or stored, so that no hour is counted from both.
QList<EventLogFileInfo> eventLogFilesToFetch(const QList<EventLogFileInfo> &listed,
                                             const QList<EventLogFileInfo> &stored);

} // namespace syncdesk
