#pragma once

#include "store/database.h"
#include "sync/sync_control.h"

#include <QList>
#include <QTemporaryDir>
#include <memory>

namespace syncdesk::testing {

// Records what the page asked of the engine, and lets the test speak for the engine.
class RecordingSyncControl : public SyncControl
{
    Q_OBJECT

public:
    using SyncControl::SyncControl;

    EngineStatus status() const override { return engineStatus; }
    void syncNow() override {}
    void setPaused(bool) override {}
    void retryFailures(const QList<qint64> &ids) override { retried.append(ids); }
    void dismissFailures(const QList<qint64> &ids) override { dismissed.append(ids); }
    void reloadConfiguration() override { ++reloads; }

    // What status() answers; tests emit statusChanged() after changing it.
    EngineStatus engineStatus;
    QList<QList<qint64>> retried;
    QList<QList<qint64>> dismissed;
    int reloads = 0;
};

// A migrated store in a temporary folder, opened for the GUI thread.
class TempStore
{
public:
    TempStore();
    ~TempStore();

    QSqlDatabase db() const { return m_connection.db; }
    bool ok() const { return m_connection.ok(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    DatabaseConnection m_connection;
};

// Where the tests leave their screenshots: the build folder beside the test binary.
QString screenshotPath(const QString &name);

} // namespace syncdesk::testing
