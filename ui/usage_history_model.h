#pragma once

#include "integration_calls_by_hour.h"
#include "usage/call_category.h"
#include "usage/usage_sample.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>
#include <array>
#include <functional>
#include <map>
#include <optional>

namespace syncdesk::ui {

// The org's rolling 24-hour window at one moment, split by who spent it.
struct UsageChartPoint
{
    QDateTime at;
    // SyncDesk's calls that Salesforce counted, in the window ending at `at`, per category.
    std::array<qint64, callCategoryCount> ourCalls{};
    // The org's count at `at` (the latest sample at most two hours older); nullopt when
    // no sample that recent exists.
    std::optional<qint64> orgUsed;
    qint64 orgMax = 0;
    // The other integrations' calls in the window, by name, as far as Salesforce's usage
    // logs cover it.
    IntegrationCallsByHour::Span logged;
    // When the org's figure counts another window than the point's own (today in the week
    // view: the rolling 24 hours, not the day so far), SyncDesk's and the logs' calls in
    // that window; the rest of the figure is what the logs do not cover yet.
    std::optional<qint64> knownInOrgWindow;

    qint64 ourCallsTotal() const;
    // Whether anybody saw the window: a fresh org figure, or the logs over all of it. A
    // window nobody saw is drawn as a gap, never as zero.
    bool observed() const;
    // The org's count in the window: its own figure, or else ours and the logs' when the
    // logs cover all of it.
    std::optional<qint64> orgTotal() const;
    // The org's count minus ours and minus what the logs name: the calls of integrations
    // the logs do not cover yet (see OtherIntegrations); 0 without an org figure.
    qint64 otherIntegrations() const;
};

// Reads the usage history the charts and the forecast need from the ledger and the
// samples tables, on the GUI thread's own connection. Every query is bounded by the
// called_at / sampled_at indexes and aggregates in SQL, so a reload stays fast however
// much history the store holds.
class UsageHistoryModel
{
public:
    explicit UsageHistoryModel(QSqlDatabase db);

    // Hourly points over the last 24 hours (at each whole hour, and at `now`), oldest first.
    QList<UsageChartPoint> rollingDay(const QDateTime &now) const;
    // One point per local day over the last seven (today included), each the window
    // ending at the day's end (or at `now` for today): the day's total.
    QList<UsageChartPoint> lastWeek(const QDateTime &now, const QTimeZone &zone) const;

    // Our counted calls in the rolling 24 hours ending at `now`, per category.
    std::array<qint64, callCategoryCount> countedInWindow(const QDateTime &now) const;
    // Our counted calls in (after, until], per category.
    std::array<qint64, callCategoryCount> countedBetween(const QDateTime &after,
                                                         const QDateTime &until) const;
    // The latest sample at or before `at`.
    std::optional<UsageSample> sampleAt(const QDateTime &at) const;
    // New usage log counts are stored: the next reload reads the logs again.
    void forgetLoggedCalls() { m_loggedCalls.clear(); }
    // Samples of the last 26 hours thinned to one per minute (the highest count in it),
    // for UsageForecast.
    QList<UsageSample> forecastSamples(const QDateTime &now) const;

    // A point's org figure is trusted for this long after its sample, as the forecast does.
    static constexpr qint64 sampleFreshSeconds = 2 * 60 * 60;

    QString lastError() const { return m_lastError; }

    // History this much older than `now` is taken as settled: the ledger records a call
    // when its answer comes, at most a request timeout after it was made.
    static constexpr qint64 settleSeconds = 10 * 60;

private:
    using Counts = std::array<qint64, callCategoryCount>;
    // Our counted calls per hour slice (k·h, (k+1)·h] for k in [first, last].
    Counts sliceSum(qint64 first, qint64 last, const QDateTime &now) const;
    UsageChartPoint pointAt(const QDateTime &at,
                            const std::array<qint64, callCategoryCount> &ourCalls) const;
    // Reads the logs of [from, to) and gives each point the calls they name in its
    // window, [first, second) of windowOf(point index); returns what it read (valid until
    // the next read).
    const IntegrationCallsByHour &
    addLoggedCalls(QList<UsageChartPoint> &points, const QDateTime &from, const QDateTime &to,
                   const std::function<std::pair<QDateTime, QDateTime>(qsizetype)> &windowOf) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
    // Settled history does not change, so a reload reads only what is new: hour slices
    // and whole days already read are kept (by slice index and by day start).
    mutable std::map<qint64, Counts> m_settledSlices;
    mutable std::map<qint64, UsageChartPoint> m_settledDays;
    // The logs change only when new files are stored (forgetLoggedCalls), so what was read
    // for a span of whole hours is kept: by (first hour, end) in epoch ms.
    mutable std::map<std::pair<qint64, qint64>, IntegrationCallsByHour> m_loggedCalls;
};

} // namespace syncdesk::ui
