#include "eventlog/api_usage_log.h"

#include <algorithm>

namespace syncdesk::sandbox {

namespace {

constexpr qint64 kHourSeconds = 3600;

// The log writes ids in their 15-character form, as Salesforce's event log files do.
QString fifteen(const QString &id)
{
    return id.size() == 18 ? id.left(15) : id;
}

QByteArray key(std::initializer_list<const QString *> parts)
{
    QByteArray joined;
    for (const QString *part : parts) {
        joined += part->toUtf8();
        joined += '\x1f';
    }
    return joined;
}

quint64 mixed(quint64 value)
{
    // splitmix64's finaliser: request ids look random, yet repeat with the seed.
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

} // namespace

QByteArray quotedCsvValue(const QString &value)
{
    QByteArray text = value.toUtf8();
    text.replace('"', "\"\"");
    return '"' + text + '"';
}

ApiUsageLog::ApiUsageLog(const QString &organizationId, quint32 seed)
    : m_organizationId(quotedCsvValue(fifteen(organizationId)))
    , m_seed(seed)
{}

quint16 ApiUsageLog::internCaller(const ApiCaller &caller)
{
    const QString userId = fifteen(caller.userId);
    const QString appId = fifteen(caller.connectedAppId);
    const QByteArray k = key({&userId, &caller.userName, &appId, &caller.connectedAppName,
                              &caller.clientName, &caller.clientIp});
    if (const auto found = m_callerIndex.constFind(k); found != m_callerIndex.constEnd())
        return *found;
    // Callers are few (an integration each, SyncDesk, a test client); should a
    // fuzzer make 65,535 of them, the rest share the last one rather than overflow.
    if (m_callers.size() >= 0xffff)
        return quint16(m_callers.size() - 1);
    m_callers.push_back(QuotedCaller{quotedCsvValue(userId), quotedCsvValue(caller.userName),
                                     quotedCsvValue(appId), quotedCsvValue(caller.connectedAppName),
                                     quotedCsvValue(caller.clientName),
                                     quotedCsvValue(caller.clientIp)});
    const auto index = quint16(m_callers.size() - 1);
    m_callerIndex.insert(k, index);
    return index;
}

quint32 ApiUsageLog::internTarget(const ApiCallTarget &target)
{
    const QByteArray k =
        key({&target.family, &target.version, &target.resource, &target.method, &target.entity});
    if (const auto found = m_targetIndex.constFind(k); found != m_targetIndex.constEnd())
        return *found;
    m_targets.push_back(QuotedTarget{quotedCsvValue(target.family), quotedCsvValue(target.version),
                                     quotedCsvValue(target.resource), quotedCsvValue(target.method),
                                     quotedCsvValue(target.entity)});
    const auto index = quint32(m_targets.size() - 1);
    m_targetIndex.insert(k, index);
    return index;
}

void ApiUsageLog::record(const QDateTime &at, quint16 caller, quint32 target, int status,
                         bool counted)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    const qint64 hourIndex = ms / 1000 / kHourSeconds;
    auto &hour = m_hours[hourIndex];
    if (!hour) {
        hour = std::make_shared<Hour>();
        hour->startSeconds = hourIndex * kHourSeconds;
        // A new hour is the moment to forget the oldest ones.
        dropExpired(at);
    }
    hour->rows.push_back(Row{quint32(ms - hour->startSeconds * 1000), m_nextRequestNumber++, target,
                             caller,
                             quint16((std::clamp(status, 0, 0x7fff)) | (counted ? 0x8000 : 0))});
    ++m_rowCount;
}

qint64 ApiUsageLog::countedInHour(const QDateTime &hourStart) const
{
    const auto found = m_hours.find(hourStart.toSecsSinceEpoch() / kHourSeconds);
    if (found == m_hours.end())
        return 0;
    return std::count_if(found->second->rows.begin(), found->second->rows.end(),
                         [](const Row &row) { return row.counted(); });
}

void ApiUsageLog::seal(Hour &hour)
{
    if (hour.sealed)
        return;
    std::stable_sort(hour.rows.begin(), hour.rows.end(),
                     [](const Row &a, const Row &b) { return a.msIntoHour < b.msIntoHour; });
    hour.sealed = true;
}

QByteArray ApiUsageLog::requestId(quint32 requestNumber) const
{
    static constexpr char digits[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray id(22, '0');
    quint64 high = mixed((quint64(m_seed) << 32) | requestNumber);
    quint64 low = mixed(high ^ requestNumber);
    for (int i = 0; i < 11; ++i) {
        id[i] = digits[high % 62];
        high /= 62;
        id[11 + i] = digits[low % 62];
        low /= 62;
    }
    return id;
}

void ApiUsageLog::dropExpired(const QDateTime &now)
{
    const qint64 oldestKeptEnd = now.toSecsSinceEpoch() - kRetentionSeconds;
    while (!m_hours.empty() &&
           m_hours.begin()->second->startSeconds + kHourSeconds < oldestKeptEnd) {
        m_rowCount -= qint64(m_hours.begin()->second->rows.size());
        m_hours.erase(m_hours.begin());
    }
}

void ApiUsageLog::clear()
{
    m_hours.clear();
    m_rowCount = 0;
}

qint64 ApiUsageLog::approximateBytes() const
{
    qint64 bytes = 0;
    for (const auto &[index, hour] : m_hours)
        bytes += qint64(hour->rows.capacity() * sizeof(Row)) + qint64(sizeof(Hour));
    for (const QuotedCaller &c : m_callers)
        bytes += c.userId.size() + c.userName.size() + c.connectedAppId.size() +
                 c.connectedAppName.size() + c.clientName.size() + c.clientIp.size();
    for (const QuotedTarget &t : m_targets)
        bytes += 2 * (t.family.size() + t.version.size() + t.resource.size() + t.method.size() +
                      t.entity.size());
    return bytes;
}

} // namespace syncdesk::sandbox
