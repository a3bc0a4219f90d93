#include "sim/other_integrations.h"

#include "data/salesforce_id.h"
#include "eventlog/api_usage_log.h"
#include "limits/daily_allocation.h"
#include "limits/org_clock.h"

#include <algorithm>
#include <cmath>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Catch-up after a clock jump is made in slices, each call at its own instant
// in its slice, so that the calls roll off through the next day as they would have.
constexpr qint64 kCatchUpSliceSeconds = 60;
// Record ids an integration's calls name ("{id}"): a few dozen seeded records each.
constexpr quint32 kRecordsTouched = 40;

} // namespace

OtherIntegrations::OtherIntegrations(DailyAllocation &allocation, const OrgClock &clock,
                                     quint32 seed, QObject *parent)
    : QObject(parent)
    , m_allocation(allocation)
    , m_clock(clock)
    , m_random(seed)
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &OtherIntegrations::tick);
}

void OtherIntegrations::recordInto(ApiUsageLog *log)
{
    m_log = log;
    m_callers.clear();
    for (const NamedIntegration &integration : named_integrations::all()) {
        Caller caller;
        if (m_log)
            caller.loggedCaller = m_log->internCaller(integration.caller);
        double cumulative = 0;
        for (const IntegrationCall &call : integration.calls)
            caller.callWeights.push_back(cumulative += call.weight);
        m_callers.push_back(std::move(caller));
    }
}

void OtherIntegrations::start(std::chrono::seconds history)
{
    if (m_timer.isActive())
        return;
    if (m_callers.empty())
        recordInto(m_log);
    m_lastTick = m_clock.now().addSecs(-history.count());
    m_timer.start();
    if (history.count() > 0)
        tick();
}

void OtherIntegrations::stop()
{
    m_timer.stop();
    m_lastTick = {};
}

double OtherIntegrations::callsDue(const QDateTime &from, const QDateTime &to, double callsPerHour,
                                   const QTimeZone &zone)
{
    double due = 0;
    for (const NamedIntegration &integration : named_integrations::all())
        due += named_integrations::expectedCalls(integration, from, to, callsPerHour, zone);
    return due;
}

void OtherIntegrations::tick()
{
    const QDateTime now = m_clock.now();
    if (!m_lastTick.isValid()) // not started
        return;
    if (now < m_lastTick) {
        // The clock was moved back: count from here, owe nothing for the gap.
        m_lastTick = now;
        return;
    }
    const QDateTime windowStart = now.addSecs(-DailyAllocation::kWindowSeconds);
    const qint64 reach = m_log ? ApiUsageLog::kRetentionSeconds : DailyAllocation::kWindowSeconds;
    QDateTime from = std::max(m_lastTick, now.addSecs(-reach));
    while (from < now) {
        const QDateTime to = std::min(from.addSecs(kCatchUpSliceSeconds), now);
        spendSlice(from, to, windowStart);
        from = to;
    }
    m_lastTick = now;
}

void OtherIntegrations::spendSlice(const QDateTime &from, const QDateTime &to,
                                   const QDateTime &windowStart)
{
    const QList<NamedIntegration> &integrations = named_integrations::all();
    std::vector<double> due;
    double total = 0;
    for (const NamedIntegration &integration : integrations) {
        due.push_back(named_integrations::expectedCalls(integration, from, to, m_callsPerHour,
                                                        m_clock.timeZone()));
        total += due.back();
    }
    // Stochastic rounding of the total: each call lands at a random tick, yet the
    // carry keeps the total within one call of what is due, and the seed makes
    // it repeatable. Each call then goes to an integration by its share of the slice.
    const double owed = m_carry + total;
    const auto calls = qint64(std::floor(owed + m_random.generateDouble()));
    m_carry = owed - double(calls);
    const qint64 spanMs = from.msecsTo(to);
    for (qint64 i = 0; i < calls && total > 0; ++i) {
        const QDateTime at = from.addMSecs(qint64(m_random.generateDouble() * double(spanMs)));
        // The allocation counts whole seconds: a call in the second the window
        // starts at has already rolled off.
        makeCall(pickIntegration(due, total), at,
                 at.toSecsSinceEpoch() > windowStart.toSecsSinceEpoch());
    }
}

qsizetype OtherIntegrations::pickIntegration(const std::vector<double> &due, double total)
{
    double point = m_random.generateDouble() * total;
    for (size_t i = 0; i < due.size(); ++i) {
        if (point < due[i])
            return qsizetype(i);
        point -= due[i];
    }
    return qsizetype(due.size() - 1);
}

void OtherIntegrations::makeCall(qsizetype integration, const QDateTime &at, bool inWindow)
{
    // Calls older than the allocation's window counted when they were made and
    // have rolled off since: they are only history in the log.
    bool counted = true;
    if (inWindow) {
        counted = m_allocation.consumeUpTo(at, 1) == 1;
        counted ? ++m_callsSpent : ++m_callsBlocked;
    }
    if (!m_log)
        return;
    const NamedIntegration &named = named_integrations::all()[integration];
    const Caller &caller = m_callers[size_t(integration)];
    const double point = m_random.generateDouble() * caller.callWeights.back();
    const auto kind =
        std::upper_bound(caller.callWeights.begin(), caller.callWeights.end(), point) -
        caller.callWeights.begin();
    const IntegrationCall &call = named.calls[std::min<qsizetype>(kind, named.calls.size() - 1)];
    ApiCallTarget target = call.target;
    if (!call.idPrefix.isEmpty())
        target.resource.replace(
            u"{id}"_s, salesforce_id::make(call.idPrefix, 1 + m_random.bounded(kRecordsTouched)));
    m_log->record(at, caller.loggedCaller, m_log->internTarget(target), counted ? call.status : 403,
                  counted);
}

} // namespace syncdesk::sandbox
