#pragma once

#include "eventlog/api_usage_columns.h"
#include "eventlog/api_usage_csv.h"
#include "eventlog/api_usage_log.h"
#include "eventlog/publication_schedule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <map>
#include <memory>
#include <set>

namespace syncdesk::sandbox {

// The EventLogFile rows of event type ApiTotalUsage that the org publishes
// from its ApiUsageLog, on Salesforce's schedule and the org clock: an
// 'Hourly' file per UTC hour and a 'Daily' file per UTC day that had events
// (an hour or a day without any gets no file, as in Salesforce, which writes
// no empty log files). A published file never changes. Publishing is lazy:
// every read first publishes what has come due, stamped with the time it was due.
class EventLogFiles
{
public:
    enum class Interval
    {
        Hourly,
        Daily
    };

    struct File
    {
        QString id; // 0AT..., 18 characters
        Interval interval = Interval::Hourly;
        qint64 logDateSeconds = 0; // the hour's start, or the day's midnight, UTC
        qint64 createdSeconds = 0; // when it was published
        ApiUsageLayout layout;
        std::vector<ApiUsageFileRows> parts;
        qint64 length = 0; // bytes of the CSV
    };

    EventLogFiles(ApiUsageLog &log, quint32 seed, const QString &createdById);

    // "View Event Log Files": without it the object does not exist for the user.
    void setViewPermission(bool allowed) { m_viewPermission = allowed; }
    bool viewPermission() const { return m_viewPermission; }
    // The column layout of files published from now on.
    void setLayoutChoice(ApiUsageLayoutChoice choice) { m_layoutChoice = choice; }
    ApiUsageLayoutChoice layoutChoice() const { return m_layoutChoice; }
    const PublicationSchedule &schedule() const { return m_schedule; }

    // Publishes the files due at `now` and forgets those past the retention.
    void publishDue(const QDateTime &now);
    // The published files as EventLogFile records, oldest first.
    QList<QJsonObject> records(const QString &apiVersion) const;
    QJsonObject record(const File &file, const QString &apiVersion) const;
    const File *file(const QString &id) const;
    std::shared_ptr<BodyStream> csv(const File &file) const;
    qsizetype count() const { return qsizetype(m_files.size()); }
    void clear();

private:
    void publish(Interval interval, qint64 periodStart, qint64 publishedAt);

    ApiUsageLog &m_log;
    PublicationSchedule m_schedule;
    QString m_createdById;
    bool m_viewPermission = true;
    ApiUsageLayoutChoice m_layoutChoice = ApiUsageLayoutChoice::Standard;
    std::map<QString, File> m_files;
    std::set<qint64> m_publishedHours; // hour indexes since the epoch
    std::set<qint64> m_publishedDays;  // day indexes since the epoch
};

} // namespace syncdesk::sandbox
