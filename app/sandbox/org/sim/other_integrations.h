#pragma once

#include "sim/named_integration.h"

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>
#include <chrono>
#include <vector>

namespace syncdesk::sandbox {

class ApiUsageLog;
class DailyAllocation;
class OrgClock;

// The org's other integrations (named_integrations::all(): a marketing sync,
// a nightly data load, a BI tool, a custom order integration), which spend the
// same daily API allocation as SyncDesk. Together they average the rate set
// per hour, each its share at its own rhythm, counted at the org clock's
// instants; when the allocation is spent their calls fail, like theirs would,
// and nothing more is counted. With a usage log, every call is an
// ApiTotalUsage event of its integration (refused ones not counted against
// the limit). Off until start().
class OtherIntegrations : public QObject
{
    Q_OBJECT

public:
    OtherIntegrations(DailyAllocation &allocation, const OrgClock &clock, quint32 seed = 1,
                      QObject *parent = nullptr);

    // Average calls per hour over a week, all integrations together; 0 stops
    // spending without stopping.
    void setRate(double callsPerHour) { m_callsPerHour = callsPerHour; }
    double rate() const { return m_callsPerHour; }
    void setTickInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    // Every call also becomes an event in `log` (null: none).
    void recordInto(ApiUsageLog *log);

    // Starts spending. With `history`, the calls due over that much of the past
    // are made first, at their own instants, so the org starts lived-in. Only
    // the last 24 hours of it count in the allocation (older calls have rolled
    // off); older ones are only events in the log, and without a log not made.
    void start(std::chrono::seconds history = std::chrono::seconds(0));
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    // Makes the calls that came due since the last tick. The timer calls it;
    // test controls call it right after advancing the clock so the catch-up
    // lands before the next request. As with start()'s history, a catch-up
    // reaches back 24 hours, or the log's retention when there is a log.
    // Does nothing unless started.
    void tick();

    // Calls counted in the allocation, and calls it refused.
    qint64 callsSpent() const { return m_callsSpent; }
    qint64 callsBlocked() const { return m_callsBlocked; }

    // The expected (fractional) number of calls in [from, to) at callsPerHour,
    // all integrations together, each at its rhythm in `zone`.
    static double callsDue(const QDateTime &from, const QDateTime &to, double callsPerHour,
                           const QTimeZone &zone);

private:
    struct Caller
    {
        quint16 loggedCaller = 0;
        std::vector<double> callWeights; // cumulative, over the integration's calls
    };

    void spendSlice(const QDateTime &from, const QDateTime &to, const QDateTime &windowStart);
    void makeCall(qsizetype integration, const QDateTime &at, bool inWindow);
    qsizetype pickIntegration(const std::vector<double> &due, double total);

    DailyAllocation &m_allocation;
    const OrgClock &m_clock;
    ApiUsageLog *m_log = nullptr;
    QRandomGenerator m_random;
    QTimer m_timer;
    double m_callsPerHour = 0;
    double m_carry = 0; // fraction of a call due but not yet made
    QDateTime m_lastTick;
    std::vector<Caller> m_callers; // one per named integration
    qint64 m_callsSpent = 0;
    qint64 m_callsBlocked = 0;
};

} // namespace syncdesk::sandbox
