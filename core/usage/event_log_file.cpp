#include "usage/event_log_file.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

QString fileKey(const EventLogFileInfo &file)
{
    return file.intervalName() + u'@' + QString::number(file.logDate.toSecsSinceEpoch());
}

} // namespace

QString eventLogFileListing(const QDateTime &since)
{
    return u"SELECT Id, EventType, LogDate, Interval, Sequence, LogFileLength, "
           "LogFileFieldNames, LogFileFieldTypes FROM EventLogFile "
           "WHERE EventType = 'ApiTotalUsage' AND LogDate >= "_s +
           since.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s) + u" ORDER BY LogDate"_s;
}

QDateTime parseSalesforceDateTime(const QString &text)
{
    // Qt reads "+0000" (no colon) as an offset with Qt::ISODateWithMs.
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}

std::optional<EventLogFileInfo> eventLogFileFromRecord(const QJsonObject &record)
{
    EventLogFileInfo file;
    file.id = record.value(u"Id"_s).toString();
    const QString interval = record.value(u"Interval"_s).toString();
    file.logDate = parseSalesforceDateTime(record.value(u"LogDate"_s).toString());
    if (file.id.isEmpty() || !file.logDate.isValid())
        return std::nullopt;
    if (interval.compare(u"Hourly"_s, Qt::CaseInsensitive) == 0)
        file.hourly = true;
    else if (interval.compare(u"Daily"_s, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    file.sequence = record.value(u"Sequence"_s).toInt();
    file.length = qint64(record.value(u"LogFileLength"_s).toDouble());
    return file;
}

QList<EventLogFileInfo> eventLogFilesToFetch(const QList<EventLogFileInfo> &listed,
                                             const QList<EventLogFileInfo> &stored)
{
    QHash<QString, int> storedSequence;
    QSet<QDate> daysWithHours;
    for (const EventLogFileInfo &file : stored) {
        const QString key = fileKey(file);
        storedSequence.insert(key, std::max(storedSequence.value(key, -1), file.sequence));
        if (file.hourly)
            daysWithHours.insert(file.logDate.date());
    }
    QHash<QString, EventLogFileInfo> newest;
    for (const EventLogFileInfo &file : listed) {
        if (file.hourly)
            daysWithHours.insert(file.logDate.date());
        const QString key = fileKey(file);
        const auto known = newest.constFind(key);
        if (known == newest.cend() || known->sequence < file.sequence)
            newest.insert(key, file);
    }
    QList<EventLogFileInfo> due;
    for (const EventLogFileInfo &file : std::as_const(newest)) {
        if (storedSequence.value(fileKey(file), -1) >= file.sequence)
            continue;
        if (!file.hourly && daysWithHours.contains(file.logDate.date()))
            continue;
        due.append(file);
    }
    std::sort(due.begin(), due.end(), [](const EventLogFileInfo &a, const EventLogFileInfo &b) {
        return a.logDate != b.logDate ? a.logDate < b.logDate : a.hourly < b.hourly;
    });
    return due;
}

} // namespace syncdesk
