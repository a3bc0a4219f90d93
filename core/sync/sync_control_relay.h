#pragma once

#include "sync/sync_control.h"

#include <QPointer>

namespace syncdesk {

// A SyncControl that stands in for an engine that does not exist yet (before sign-in)
// or no longer (after sign-out): the window is built once, wired to the relay, and the
// engine is attached when it starts. Requests without an engine are dropped, and the
// status reads Stopped.
class SyncControlRelay : public SyncControl
{
    Q_OBJECT

public:
    using SyncControl::SyncControl;

    // Follows `engine` from now on (nullptr: none); the relay does not own it.
    void attach(SyncControl *engine);
    SyncControl *attached() const { return m_engine; }

    EngineStatus status() const override;

public Q_SLOTS:
    void syncNow() override;
    void setPaused(bool paused) override;
    void retryFailures(const QList<qint64> &failureIds) override;
    void dismissFailures(const QList<qint64> &failureIds) override;
    void reloadConfiguration() override;
    void refreshUsage() override;
    void cancelBulkJobs() override;

private:
    QPointer<SyncControl> m_engine;
};

} // namespace syncdesk
