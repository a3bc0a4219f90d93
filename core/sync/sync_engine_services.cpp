// The admin's per-service switches as the engine follows them: a service that is off
// spends no call, and its work waits (counted as held in the status) until it is on.
#include "store/failure_store.h"
#include "sync/deletion_sweep.h"
#include "sync/inbound_poll.h"
#include "sync/sync_engine.h"

namespace syncdesk {

void SyncEngine::applyServiceSwitches(const ServiceSwitches &switches)
{
    const QList<SyncService> switchedOn = switches.switchedOnSince(m_switches);
    m_switches = switches;
    if (m_inbound)
        m_inbound->setObjectsOff(switches.inboundObjectsOff());
    if (m_sweep)
        m_sweep->setObjectsOff(switches.inboundObjectsOff());
    // What waited goes with the next tick, not an interval later. An inbound object
    // switched on is read by the next scheduled poll: its watermark was kept, so the
    // poll reads what changed meanwhile.
    for (SyncService service : switchedOn) {
        if (inboundCrmObject(service).isEmpty())
            m_nextOutboundAt = std::min(m_nextOutboundAt, now());
    }
}

bool SyncEngine::retriesDue()
{
    const QList<SyncFailure> due = FailureStore(m_db).dueForRetry(now());
    return std::any_of(due.cbegin(), due.cend(), [this](const SyncFailure &failure) {
        return !m_switches.holdsRetryOf(failure);
    });
}

} // namespace syncdesk
