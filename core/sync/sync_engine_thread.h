#pragma once

#include "sync/sync_control.h"
#include "sync/sync_engine.h"

#include <QPointer>
#include <QThread>

namespace syncdesk {

// The sync engine on its own thread, as the window and the CLI drive it.
//
// Thread design: the constructor only moves values (database path, OAuth settings and
// tokens) to a SyncEngine created here and moved to the worker thread before it has
// any children; SyncEngine::start() then runs on that thread and creates everything
// bound to a thread there: the QNetworkAccessManager, the token client and OrgSession
// (so a token refresh happens on the engine's thread), the SalesforceClient and the
// named database connection. Requests go over with queued invokeMethod calls, answers
// come back as queued signals, and the last status is cached here so status() never
// blocks. The destructor stops the engine on its thread, quits and waits.
class SyncEngineThread : public SyncControl
{
    Q_OBJECT

public:
    explicit SyncEngineThread(SyncEngineOptions options, QObject *parent = nullptr);
    ~SyncEngineThread() override;

    EngineStatus status() const override { return m_status; }

public Q_SLOTS:
    void syncNow() override;
    void setPaused(bool paused) override;
    void retryFailures(const QList<qint64> &failureIds) override;
    void dismissFailures(const QList<qint64> &failureIds) override;
    void reloadConfiguration() override;
    void refreshUsage() override;
    void cancelBulkJobs() override;

private:
    QThread m_thread;
    QString m_databasePath;
    QPointer<SyncEngine> m_engine;
    EngineStatus m_status;
};

} // namespace syncdesk
