#include "sync/sync_control_relay.h"

namespace syncdesk {

void SyncControlRelay::attach(SyncControl *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine) {
        connect(engine, &SyncControl::statusChanged, this, &SyncControl::statusChanged);
        connect(engine, &SyncControl::failuresChanged, this, &SyncControl::failuresChanged);
        connect(engine, &SyncControl::usageRecorded, this, &SyncControl::usageRecorded);
        connect(engine, &SyncControl::orgUsageObserved, this, &SyncControl::orgUsageObserved);
        connect(engine, &SyncControl::runFinished, this, &SyncControl::runFinished);
        connect(engine, &SyncControl::describesRefreshed, this, &SyncControl::describesRefreshed);
        connect(engine, &SyncControl::usageLogsRead, this, &SyncControl::usageLogsRead);
        connect(engine, &SyncControl::retryRefused, this, &SyncControl::retryRefused);
    }
    Q_EMIT statusChanged(status());
}

EngineStatus SyncControlRelay::status() const
{
    return m_engine ? m_engine->status() : EngineStatus{};
}

void SyncControlRelay::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

void SyncControlRelay::setPaused(bool paused)
{
    if (m_engine)
        m_engine->setPaused(paused);
}

void SyncControlRelay::retryFailures(const QList<qint64> &failureIds)
{
    if (m_engine)
        m_engine->retryFailures(failureIds);
}

void SyncControlRelay::dismissFailures(const QList<qint64> &failureIds)
{
    if (m_engine)
        m_engine->dismissFailures(failureIds);
}

void SyncControlRelay::reloadConfiguration()
{
    if (m_engine)
        m_engine->reloadConfiguration();
}

void SyncControlRelay::refreshUsage()
{
    if (m_engine)
        m_engine->refreshUsage();
}

void SyncControlRelay::cancelBulkJobs()
{
    if (m_engine)
        m_engine->cancelBulkJobs();
}

} // namespace syncdesk
