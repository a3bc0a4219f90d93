// Alerts once (issue 15): in team mode only the engine holding the lease sends threshold
// emails, and an engine that takes over does not send the same crossing again.
#include "smtp_sink_process.h"
#include "store/alert_store.h"
#include "store/engine_presence_store.h"
#include "store/settings_store.h"
#include "team_failover_fixture.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::test {
namespace {

TEST_F(TeamFailoverTest, OnlyTheEngineSendsTheThresholdEmailAndATakeoverDoesNotRepeatIt)
{
    SmtpSinkProcess sink(m_dir.filePath(u"mail"_s));
    ASSERT_TRUE(sink.start({})) << sink.error().toStdString();
    SettingsStore settings(m_db);
    settings.setValue(SettingKeys::ThresholdCalls, 12'000);
    settings.setValue(SettingKeys::AlertContact, u"api-admin@example.com"_s);
    settings.setValue(SettingKeys::SmtpHost, u"127.0.0.1"_s);
    settings.setValue(SettingKeys::SmtpPort, sink.port());
    settings.setValue(SettingKeys::SmtpSecurity, u"none"_s);
    settings.setValue(SettingKeys::SmtpFrom, u"syncdesk@example.com"_s);
    // The org is past the threshold: every answer's Sforce-Limit-Info says so.
    QNetworkRequest usage(m_org.baseUrl.resolved(QUrl(u"/_sandbox/usage"_s)));
    usage.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> set(m_network.post(usage, R"({"used":12500})"));
    QSignalSpy setDone(set.get(), &QNetworkReply::finished);
    ASSERT_TRUE(setDone.wait(kWaitMs));

    for (const auto &host : m_hosts)
        ASSERT_NO_FATAL_FAILURE(startEngine(*host));
    EngineHost *active = waitForHolder(30'000);
    ASSERT_TRUE(active);
    // Delivered, and recorded so (an engine killed between the two would send it again at
    // its successor's start: at least once, like a single engine killed there).
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QList<AlertRecord> alerts = AlertStore(m_db).newest(100);
            return alerts.size() == 1 && alerts.at(0).delivered;
        },
        kWaitMs))
        << active->log.toStdString();
    EXPECT_EQ(sink.messages().size(), 1);

    // The standby takes over and reads the org's usage again: the crossing is the same one.
    const qint64 ledgerBefore = scalar(u"SELECT COALESCE(MAX(id), 0) FROM api_calls"_s);
    killEngine(*active);
    EngineHost *next = waitForHolder(15'000);
    ASSERT_TRUE(next);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return scalar(u"SELECT COUNT(*) FROM api_calls WHERE id > "_s +
                          QString::number(ledgerBefore)) > 0;
        },
        kWaitMs));
    // The engine's process has handled that answer's usage once its presence is written
    // after it (both on its main thread, in order).
    const QDateTime answered = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const std::optional<EnginePresence> presence = EnginePresenceStore(m_db).current();
            return presence && presence->updatedAt > answered.addSecs(1);
        },
        15'000));
    EXPECT_EQ(sink.messages().size(), 1);
    EXPECT_EQ(AlertStore(m_db).newest(100).size(), 1);
}

} // namespace
} // namespace syncdesk::test
