#include "usage_history_model.h"

#include "store/store_time.h"
#include "usage/api_call_record.h"
#include "usage/other_integrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <map>
#include <numeric>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kHourMs = 60 * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

// Calls that count against the org differ only by category, status, error code and
// whether they asked for the versions list, so the ledger is grouped by those and each
// group is judged once by the same rule the rest of SyncDesk uses. Only versions-list
// endpoints keep their text, so the groups stay few however many record ids were called.
const QString kGroupedColumns =
    u"category, http_status, COALESCE(error_code, ''), "
    "CASE WHEN endpoint LIKE '%/services/data' OR endpoint LIKE '%/services/data/' "
    "THEN endpoint ELSE '' END, COUNT(*) "_s;
const QString kGroupBy = u" GROUP BY 1, 2, 3, 4, 5"_s;

// Runs a grouped ledger query whose first column is a key and hands each counted
// group to `add`.
bool forEachCountedGroup(QSqlQuery &query,
                         const std::function<void(qint64, CallCategory, qint64)> &add)
{
    if (!query.exec())
        return false;
    while (query.next()) {
        const std::optional<CallCategory> category =
            callCategoryFromName(query.value(1).toString());
        if (!category)
            continue;
        ApiCallRecord call;
        call.category = *category;
        call.httpStatus = query.value(2).toInt();
        call.errorCode = query.value(3).toString();
        call.endpoint = query.value(4).toString();
        if (countsAgainstOrgLimit(call))
            add(query.value(0).toLongLong(), *category, query.value(5).toLongLong());
    }
    return true;
}

} // namespace

qint64 UsageChartPoint::ourCallsTotal() const
{
    return std::accumulate(ourCalls.begin(), ourCalls.end(), qint64(0));
}

bool UsageChartPoint::observed() const
{
    return orgUsed.has_value() || logged.fullyCovered();
}

std::optional<qint64> UsageChartPoint::orgTotal() const
{
    if (orgUsed && knownInOrgWindow)
        return ourCallsTotal() + logged.total() + otherIntegrations();
    if (orgUsed)
        return orgUsed;
    if (logged.fullyCovered())
        return ourCallsTotal() + logged.total();
    return std::nullopt;
}

qint64 UsageChartPoint::otherIntegrations() const
{
    if (!orgUsed)
        return 0;
    return OtherIntegrations::calls(*orgUsed,
                                    knownInOrgWindow.value_or(ourCallsTotal() + logged.total()));
}

UsageHistoryModel::UsageHistoryModel(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::array<qint64, callCategoryCount>
UsageHistoryModel::countedBetween(const QDateTime &after, const QDateTime &until) const
{
    std::array<qint64, callCategoryCount> counts{};
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 0, "_s + kGroupedColumns +
                  u"FROM api_calls WHERE called_at > ? AND called_at <= ?"_s + kGroupBy);
    query.addBindValue(store_time::toColumn(after));
    query.addBindValue(store_time::toColumn(until));
    if (!forEachCountedGroup(query, [&](qint64, CallCategory category, qint64 count) {
            counts[callCategoryIndex(category)] += count;
        }))
        m_lastError = query.lastError().text();
    return counts;
}

std::optional<UsageSample> UsageHistoryModel::sampleAt(const QDateTime &at) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT sampled_at, used, max_allowed FROM usage_samples "
                  "WHERE sampled_at <= ? ORDER BY sampled_at DESC, id DESC LIMIT 1"_s);
    query.addBindValue(store_time::toColumn(at));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    UsageSample sample;
    sample.at = store_time::fromColumn(query.value(0));
    sample.used = query.value(1).toLongLong();
    sample.max = query.value(2).toLongLong();
    return sample;
}

UsageChartPoint
UsageHistoryModel::pointAt(const QDateTime &at,
                           const std::array<qint64, callCategoryCount> &ourCalls) const
{
    UsageChartPoint point;
    point.at = at;
    point.ourCalls = ourCalls;
    if (const std::optional<UsageSample> sample = sampleAt(at)) {
        point.orgMax = sample->max;
        if (sample->at.secsTo(at) <= sampleFreshSeconds)
            point.orgUsed = sample->used;
    }
    return point;
}

UsageHistoryModel::Counts UsageHistoryModel::sliceSum(qint64 first, qint64 last,
                                                      const QDateTime &now) const
{
    const qint64 settledBefore = now.toMSecsSinceEpoch() - settleSeconds * 1000;
    // Only the slices not yet settled in the cache are read, in one scan.
    qint64 firstMissing = first;
    while (firstMissing <= last && m_settledSlices.count(firstMissing) != 0)
        ++firstMissing;
    std::map<qint64, Counts> fresh;
    if (firstMissing <= last) {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT (called_at - 1) / 3600000, "_s + kGroupedColumns +
                      u"FROM api_calls WHERE called_at > ? AND called_at <= ?"_s + kGroupBy);
        query.addBindValue(firstMissing * kHourMs);
        query.addBindValue((last + 1) * kHourMs);
        if (!forEachCountedGroup(query, [&](qint64 slice, CallCategory category, qint64 count) {
                fresh[slice][callCategoryIndex(category)] += count;
            }))
            m_lastError = query.lastError().text();
        for (qint64 slice = firstMissing; slice <= last; ++slice) {
            if ((slice + 1) * kHourMs <= settledBefore)
                m_settledSlices[slice] = fresh[slice];
        }
    }
    Counts sum{};
    for (qint64 slice = first; slice <= last; ++slice) {
        const auto settled = m_settledSlices.find(slice);
        const Counts &counts = settled != m_settledSlices.end() ? settled->second : fresh[slice];
        for (std::size_t i = 0; i < callCategoryCount; ++i)
            sum[i] += counts[i];
    }
    return sum;
}

UsageHistoryModel::Counts UsageHistoryModel::countedInWindow(const QDateTime &now) const
{
    // (now − 24 h, now] = a part of an hour, 23 whole slices, and the hour so far.
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 hour = nowMs / kHourMs;
    if (nowMs == hour * kHourMs)
        return sliceSum(hour - 24, hour - 1, now);
    Counts sum = sliceSum(hour - 23, hour - 1, now);
    const Counts head = countedBetween(
        now.addMSecs(-kDayMs), QDateTime::fromMSecsSinceEpoch((hour - 23) * kHourMs, Qt::UTC));
    const Counts tail =
        countedBetween(QDateTime::fromMSecsSinceEpoch(hour * kHourMs, Qt::UTC), now);
    for (std::size_t i = 0; i < callCategoryCount; ++i)
        sum[i] += head[i] + tail[i];
    return sum;
}

QList<UsageChartPoint> UsageHistoryModel::rollingDay(const QDateTime &now) const
{
    // Hour slices (k·h, (k+1)·h], so the window (t − 24 h, t] of a whole hour t is
    // exactly 24 slices.
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 lastHour = nowMs / kHourMs;
    const qint64 firstHour = lastHour - 24;
    // Slices older than the oldest point's window will never be asked for again.
    m_settledSlices.erase(m_settledSlices.begin(), m_settledSlices.lower_bound(firstHour - 24));

    QList<UsageChartPoint> points;
    points.reserve(26);
    for (qint64 hour = firstHour; hour <= lastHour; ++hour) {
        points.append(pointAt(QDateTime::fromMSecsSinceEpoch(hour * kHourMs, Qt::UTC),
                              sliceSum(hour - 24, hour - 1, now)));
    }
    if (nowMs > lastHour * kHourMs)
        points.append(pointAt(now, countedInWindow(now)));
    // Each point is the window (at − 24 h, at]; the logs count whole hours.
    addLoggedCalls(points, QDateTime::fromMSecsSinceEpoch((firstHour - 24) * kHourMs, Qt::UTC), now,
                   [&points](qsizetype i) {
                       return std::make_pair(points[i].at.addMSecs(-kDayMs), points[i].at);
                   });
    return points;
}

const IntegrationCallsByHour &UsageHistoryModel::addLoggedCalls(
    QList<UsageChartPoint> &points, const QDateTime &from, const QDateTime &to,
    const std::function<std::pair<QDateTime, QDateTime>(qsizetype)> &windowOf) const
{
    // Whole hours up to the one that holds `to`: the same read serves the whole hour.
    const qint64 toMs = to.toMSecsSinceEpoch();
    const std::pair<qint64, qint64> key{from.toMSecsSinceEpoch(), (toMs / kHourMs + 1) * kHourMs};
    auto cached = m_loggedCalls.find(key);
    if (cached == m_loggedCalls.end()) {
        if (m_loggedCalls.size() >= 4) // the day's and the week's spans, as the hour turns
            m_loggedCalls.clear();
        cached =
            m_loggedCalls
                .emplace(key, IntegrationCallsByHour::read(
                                  m_db, from, QDateTime::fromMSecsSinceEpoch(key.second, Qt::UTC)))
                .first;
    }
    const IntegrationCallsByHour &logs = cached->second;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const auto [start, end] = windowOf(i);
        points[i].logged = logs.span(start, end);
    }
    return logs;
}

QList<UsageChartPoint> UsageHistoryModel::lastWeek(const QDateTime &now,
                                                   const QTimeZone &zone) const
{
    QList<UsageChartPoint> points;
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime oldest(today.addDays(-6), QTime(0, 0), zone);
    m_settledDays.erase(m_settledDays.begin(),
                        m_settledDays.lower_bound(oldest.toMSecsSinceEpoch()));
    for (int back = 6; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        const QDateTime start(day, QTime(0, 0), zone);
        if (const auto settled = m_settledDays.find(start.toMSecsSinceEpoch());
            settled != m_settledDays.end()) {
            points.append(settled->second);
            continue;
        }
        const QDateTime end = back == 0 ? now : QDateTime(day.addDays(1), QTime(0, 0), zone);
        // [start, end) for whole days; today up to and including now.
        const QDateTime until = back == 0 ? end : end.addMSecs(-1);
        UsageChartPoint point = pointAt(until, countedBetween(start.addMSecs(-1), until));
        point.at = start;
        if (until.secsTo(now) > settleSeconds)
            m_settledDays[start.toMSecsSinceEpoch()] = point;
        points.append(point);
    }
    // Each point is its local day, [start, next day's start), today up to now.
    const IntegrationCallsByHour &logs =
        addLoggedCalls(points, oldest.addDays(-1), now, [&points, &now](qsizetype i) {
            return std::make_pair(points[i].at, i + 1 < points.size() ? points[i + 1].at : now);
        });
    // Today's org figure is the rolling 24 hours, which holds yesterday's evening too: what
    // it has beyond SyncDesk's and the logs' calls in those hours is today's unlogged part.
    if (!points.isEmpty()) {
        const Counts window = countedInWindow(now);
        points.last().knownInOrgWindow = std::accumulate(window.begin(), window.end(), qint64(0)) +
                                         logs.span(now.addMSecs(-kDayMs), now).total();
    }
    return points;
}

QList<UsageSample> UsageHistoryModel::forecastSamples(const QDateTime &now) const
{
    QList<UsageSample> samples;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT MAX(sampled_at), MAX(used), MAX(max_allowed) FROM usage_samples "
                  "WHERE sampled_at >= ? AND sampled_at <= ? "
                  "GROUP BY sampled_at / 60000 ORDER BY 1"_s);
    query.addBindValue(now.toMSecsSinceEpoch() - 26 * kHourMs);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return samples;
    }
    while (query.next()) {
        UsageSample sample;
        sample.at = store_time::fromColumn(query.value(0));
        sample.used = query.value(1).toLongLong();
        sample.max = query.value(2).toLongLong();
        samples.append(sample);
    }
    return samples;
}

} // namespace syncdesk::ui
