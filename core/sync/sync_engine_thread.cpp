#include "sync/sync_engine_thread.h"

#include "store/database.h"

namespace syncdesk {

SyncEngineThread::SyncEngineThread(SyncEngineOptions options, QObject *parent)
    : SyncControl(parent)
{
    qRegisterMetaType<EngineStatus>();
    m_databasePath = options.databasePath;
    m_status.readsUsageLogs = options.readUsageLogs; // known before the engine's first word
    auto *engine = new SyncEngine(std::move(options));
    engine->moveToThread(&m_thread);
    m_engine = engine;
    m_thread.setObjectName(QStringLiteral("syncdesk-engine"));

    connect(&m_thread, &QThread::started, engine, &SyncEngine::start);
    connect(engine, &SyncEngine::statusChanged, this, [this](const EngineStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(engine, &SyncEngine::failuresChanged, this, &SyncControl::failuresChanged);
    connect(engine, &SyncEngine::usageRecorded, this, &SyncControl::usageRecorded);
    connect(engine, &SyncEngine::orgUsageObserved, this, &SyncControl::orgUsageObserved);
    connect(engine, &SyncEngine::describesRefreshed, this, &SyncControl::describesRefreshed);
    connect(engine, &SyncEngine::usageLogsRead, this, &SyncControl::usageLogsRead);
    connect(engine, &SyncEngine::runFinished, this, &SyncControl::runFinished);
    connect(engine, &SyncEngine::retryRefused, this, &SyncControl::retryRefused);
    m_thread.start();
}

SyncEngineThread::~SyncEngineThread()
{
    // The engine, its network objects and its database connection belong to the worker
    // thread, so they are taken down there, while its event loop still runs.
    if (m_engine) {
        QMetaObject::invokeMethod(
            m_engine,
            [engine = m_engine.data(), path = m_databasePath] {
                delete engine;
                Database::closeForThisThread(path);
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void SyncEngineThread::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncEngineThread::setPaused(bool paused)
{
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, paused] {
            if (engine)
                engine->setPaused(paused);
        },
        Qt::QueuedConnection);
}

void SyncEngineThread::retryFailures(const QList<qint64> &failureIds)
{
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, failureIds] {
            if (engine)
                engine->retryFailures(failureIds);
        },
        Qt::QueuedConnection);
}

void SyncEngineThread::dismissFailures(const QList<qint64> &failureIds)
{
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, failureIds] {
            if (engine)
                engine->dismissFailures(failureIds);
        },
        Qt::QueuedConnection);
}

void SyncEngineThread::reloadConfiguration()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::reloadConfiguration, Qt::QueuedConnection);
}

void SyncEngineThread::refreshUsage()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::refreshUsage, Qt::QueuedConnection);
}

void SyncEngineThread::cancelBulkJobs()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::cancelBulkJobs, Qt::QueuedConnection);
}

} // namespace syncdesk
