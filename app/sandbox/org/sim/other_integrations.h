#pragma once

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>
#include <chrono>

namespace syncdesk::sandbox {

class DailyAllocation;
class OrgClock;

// The org's other integrations (a marketing tool, an ERP connector, a data
// loader job...), which spend the same daily API allocation as SyncDesk. They
// spend at an average rate per hour shaped by WorkingDayShape, counted at the
// org clock's instants; when the allocation is spent their calls fail, like
// theirs would, and nothing more is counted. Off until start().
class OtherIntegrations : public QObject
{
    Q_OBJECT

public:
    OtherIntegrations(DailyAllocation &allocation, const OrgClock &clock, quint32 seed = 1,
                      QObject *parent = nullptr);

    // Average calls per hour over a week; 0 stops spending without stopping.
    void setRate(double callsPerHour) { m_callsPerHour = callsPerHour; }
    double rate() const { return m_callsPerHour; }
    void setTickInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    // Starts spending. With `history`, the calls due over that much of the past
    // are spent first, at their own instants, so the org starts lived-in.
    void start(std::chrono::seconds history = std::chrono::seconds(0));
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    // Spends what came due since the last tick. The timer calls it; test
    // controls call it right after advancing the clock so the catch-up lands
    // before the next request. At most the last 24 hours are caught up: older
    // calls would have rolled off already. Does nothing unless started.
    void tick();

    qint64 callsSpent() const { return m_callsSpent; }
    qint64 callsBlocked() const { return m_callsBlocked; }

    // The expected (fractional) number of calls in [from, to) at callsPerHour,
    // shaped by the working day in `zone`.
    static double callsDue(const QDateTime &from, const QDateTime &to, double callsPerHour,
                           const QTimeZone &zone);

private:
    void spendAt(const QDateTime &instant, double due);

    DailyAllocation &m_allocation;
    const OrgClock &m_clock;
    QRandomGenerator m_random;
    QTimer m_timer;
    double m_callsPerHour = 0;
    double m_carry = 0; // fraction of a call due but not yet spent
    QDateTime m_lastTick;
    qint64 m_callsSpent = 0;
    qint64 m_callsBlocked = 0;
};

} // namespace syncdesk::sandbox
