#include "eventlog/event_log_files.h"

#include "data/record_store.h"
#include "data/salesforce_id.h"

#include <algorithm>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

QString dateTimeText(qint64 seconds)
{
    return salesforceDateTime(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC));
}

qint64 periodLength(EventLogFiles::Interval interval)
{
    return interval == EventLogFiles::Interval::Hourly ? kHour : kDay;
}

} // namespace

EventLogFiles::EventLogFiles(ApiUsageLog &log, quint32 seed, const QString &createdById)
    : m_log(log)
    , m_schedule(seed)
    , m_createdById(createdById)
{}

void EventLogFiles::publishDue(const QDateTime &now)
{
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const qint64 oldestKeptEnd = nowSeconds - ApiUsageLog::kRetentionSeconds;
    m_log.dropExpired(now);
    std::erase_if(m_files, [&](const auto &entry) {
        const File &file = entry.second;
        return file.logDateSeconds + periodLength(file.interval) < oldestKeptEnd;
    });
    // Collect first: publishing seals hours, which must not happen mid-iteration of a day.
    std::set<qint64> dueHours;
    std::set<qint64> dueDays;
    for (const auto &[hourIndex, hour] : m_log.hours()) {
        if (hour->rows.empty() || hour->startSeconds + kHour < oldestKeptEnd)
            continue;
        if (!m_publishedHours.contains(hourIndex) &&
            m_schedule.hourlyAt(hour->startSeconds) <= nowSeconds)
            dueHours.insert(hour->startSeconds);
        const qint64 dayStart = hour->startSeconds / kDay * kDay;
        if (!m_publishedDays.contains(dayStart / kDay) &&
            m_schedule.dailyAt(dayStart) <= nowSeconds)
            dueDays.insert(dayStart);
    }
    for (qint64 hourStart : dueHours)
        publish(Interval::Hourly, hourStart, m_schedule.hourlyAt(hourStart));
    for (qint64 dayStart : dueDays)
        publish(Interval::Daily, dayStart, m_schedule.dailyAt(dayStart));
    std::erase_if(m_publishedHours,
                  [&](qint64 hour) { return (hour + 1) * kHour < oldestKeptEnd; });
    std::erase_if(m_publishedDays, [&](qint64 day) { return (day + 1) * kDay < oldestKeptEnd; });
}

void EventLogFiles::publish(Interval interval, qint64 periodStart, qint64 publishedAt)
{
    File file;
    file.interval = interval;
    file.logDateSeconds = periodStart;
    file.createdSeconds = publishedAt;
    file.layout = api_usage_columns::layout(m_layoutChoice);
    const auto &hours = m_log.hours();
    const qint64 firstHour = periodStart / kHour;
    const qint64 lastHour = firstHour + periodLength(interval) / kHour;
    for (auto it = hours.lower_bound(firstHour); it != hours.end() && it->first < lastHour; ++it) {
        m_log.seal(*it->second);
        if (!it->second->rows.empty())
            file.parts.push_back(ApiUsageFileRows{it->second, qsizetype(it->second->rows.size())});
    }
    if (interval == Interval::Hourly)
        m_publishedHours.insert(firstHour);
    else
        m_publishedDays.insert(periodStart / kDay);
    if (file.parts.empty())
        return;
    // Hourly ids are odd serials, daily ones even: one id per file, the same for a period.
    const quint64 serial = interval == Interval::Hourly ? quint64(firstHour) * 2 + 1
                                                        : quint64(periodStart / kDay + 1) * 2;
    file.id = salesforce_id::make(u"0AT", serial);
    file.length = api_usage_csv::fileLength(m_log, file.parts, file.layout);
    m_files.insert_or_assign(file.id, std::move(file));
}

QList<QJsonObject> EventLogFiles::records(const QString &apiVersion) const
{
    std::vector<const File *> ordered;
    for (const auto &[id, file] : m_files)
        ordered.push_back(&file);
    std::sort(ordered.begin(), ordered.end(), [](const File *a, const File *b) {
        return std::pair(a->logDateSeconds, int(a->interval)) <
               std::pair(b->logDateSeconds, int(b->interval));
    });
    QList<QJsonObject> result;
    for (const File *file : ordered)
        result.append(record(*file, apiVersion));
    return result;
}

QJsonObject EventLogFiles::record(const File &file, const QString &apiVersion) const
{
    const QString created = dateTimeText(file.createdSeconds);
    return QJsonObject{
        {u"Id"_s, file.id},
        {u"IsDeleted"_s, false},
        {u"CreatedDate"_s, created},
        {u"CreatedById"_s, m_createdById},
        {u"LastModifiedDate"_s, created},
        {u"LastModifiedById"_s, m_createdById},
        {u"SystemModstamp"_s, created},
        {u"EventType"_s, u"ApiTotalUsage"_s},
        {u"LogDate"_s, dateTimeText(file.logDateSeconds)},
        {u"Interval"_s, file.interval == Interval::Hourly ? u"Hourly"_s : u"Daily"_s},
        {u"Sequence"_s, 1},
        {u"LogFileLength"_s, double(file.length)},
        {u"LogFileFieldNames"_s, api_usage_columns::fieldNames(file.layout)},
        {u"LogFileFieldTypes"_s, api_usage_columns::fieldTypes(file.layout)},
        {u"LogFileContentType"_s, u"CSV"_s},
        {u"ApiVersion"_s, QString(apiVersion).remove(u'v').toDouble()},
        {u"LogFile"_s, QString(u"/services/data/"_s + apiVersion + u"/sobjects/EventLogFile/"_s +
                               file.id + u"/LogFile"_s)},
    };
}

const EventLogFiles::File *EventLogFiles::file(const QString &id) const
{
    const QString eighteen = salesforce_id::toEighteen(id);
    const auto found = m_files.find(eighteen);
    return found == m_files.end() ? nullptr : &found->second;
}

std::shared_ptr<BodyStream> EventLogFiles::csv(const File &file) const
{
    return std::make_shared<ApiUsageCsvStream>(m_log, file.parts, file.layout, file.length);
}

void EventLogFiles::clear()
{
    m_files.clear();
    m_publishedHours.clear();
    m_publishedDays.clear();
}

} // namespace syncdesk::sandbox
