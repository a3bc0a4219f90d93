#pragma once

#include "signed_in_sandbox.h"
#include "sync/sync_engine.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace syncdesk::test {

// A store, a quiet sandbox org signed in, and the engine options to reach both. The
// engine's clock is the real one moved by m_clockOffsetSeconds, so a test can let a
// backoff or the org's rolling 24 hours pass (with the sandbox's /_sandbox/clock).
class SyncEngineFixture : public ::testing::Test
{
protected:
    static constexpr int kWaitMs = 60'000;

    void SetUp() override;
    void TearDown() override;

    // Extra arguments for the sandbox org process (a request log, say).
    virtual QStringList sandboxArguments() const { return {}; }
    SyncEngineOptions engineOptions();
    // The engine driven by the test: ticks only when the test calls tick().
    void startEngine();
    // syncNow() and wait for the cycle to end.
    void runCycle();
    void tickAndWaitForCycle();

    // A local person with LastName and Email queued for Salesforce.
    qint64 createPerson(const QString &lastName);

    QJsonObject control(const QByteArray &method, const QString &path,
                        const QJsonObject &body = {});
    qint64 sandboxUsed();
    qint64 sandboxMax();
    void advanceClocks(qint64 seconds);
    void revokeRefreshToken();

    QDateTime engineNow() const;

    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;
    QNetworkAccessManager m_network;
    SignedInSandbox m_org;
    qint64 m_clockOffsetSeconds = 0;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace syncdesk::test
