#include "integration_calls_by_hour.h"

#include "store/api_usage_log_store.h"
#include "usage/integration_usage.h"

namespace syncdesk::ui {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
} // namespace

qint64 IntegrationCallsByHour::Span::total() const
{
    qint64 sum = 0;
    for (qint64 value : calls)
        sum += value;
    return sum;
}

IntegrationCallsByHour IntegrationCallsByHour::read(QSqlDatabase db, const QDateTime &from,
                                                    const QDateTime &to)
{
    const ApiUsageLogStore store(std::move(db));
    IntegrationCallsByHour byHour;
    for (const QDateTime &hour : store.coveredHours(from, to))
        byHour.m_covered[hour.toMSecsSinceEpoch()];
    for (const UsageLogCount &count : store.counts(from, to)) {
        if (count.caller.clientName == integration_usage::kSyncDeskClient)
            continue;
        // Counts of an hour no readable file covers cannot occur; the guard keeps "covered"
        // meaning what coveredHours() says.
        const auto hour = byHour.m_covered.find(count.hourStart.toMSecsSinceEpoch());
        if (hour != byHour.m_covered.end())
            hour->second[integration_usage::nameOf(count.caller, UsageGrouping::Integration)] +=
                count.calls;
    }
    return byHour;
}

void IntegrationCallsByHour::addCoveredHour(const QDateTime &hourStart,
                                            const QHash<QString, qint64> &calls)
{
    QHash<QString, qint64> &hour = m_covered[hourStart.toMSecsSinceEpoch()];
    for (auto it = calls.cbegin(); it != calls.cend(); ++it)
        hour[it.key()] += it.value();
}

IntegrationCallsByHour::Span IntegrationCallsByHour::span(const QDateTime &from,
                                                          const QDateTime &to) const
{
    Span span;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    // Hours that start in [from, to): the first whole hour at or after `from`.
    const qint64 first = (fromMs + kHourMs - 1) / kHourMs * kHourMs;
    for (qint64 hour = first; hour < toMs; hour += kHourMs) {
        ++span.hours;
        const auto covered = m_covered.find(hour);
        if (covered == m_covered.end())
            continue;
        ++span.coveredHours;
        for (auto it = covered->second.cbegin(); it != covered->second.cend(); ++it)
            span.calls[it.key()] += it.value();
    }
    return span;
}

} // namespace syncdesk::ui
