// Alert emails end to end: the dispatcher fed with usage figures (directly, and from the
// real sandbox org's Sforce-Limit-Info headers), the alerts table, libcurl, and a real
// SMTP server process (aiosmtpd), with and without STARTTLS and AUTH. Asserts exactly the
// emails expected, the retry after the server was down, and no password in any log.
#include "alerts/alert_dispatcher.h"
#include "alerts/alert_facts.h"
#include "alerts/smtp_settings.h"
#include "salesforce/api_call_ledger.h"
#include "salesforce/api_usage_log_reader.h"
#include "salesforce/oauth_client_config.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "secrets/in_memory_secret_store.h"
#include "signed_in_sandbox.h"
#include "smtp_sink_process.h"
#include "store/alert_store.h"
#include "store/database.h"
#include "store/integration_usage_query.h"
#include "store/settings_store.h"
#include "sync/sync_control_relay.h"
#include "sync/sync_engine.h"
#include "sync/sync_engine_thread.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <gtest/gtest.h>
#include <memory>

using namespace syncdesk;
using namespace syncdesk::test;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 30'000;
const QString kContact = u"api-admin@example.com"_s;

QMutex g_logMutex;
QByteArray g_log;
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log +=
            QByteArray(context.category ? context.category : "") + ' ' + message.toUtf8() + '\n';
    }
    if (g_previous)
        g_previous(type, context, message);
}

class AlertsSmtp : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        g_log.clear();
        g_previous = qInstallMessageHandler(captureMessage);
        ASSERT_TRUE(m_dir.isValid());
        m_dbPath = m_dir.filePath(u"syncdesk.sqlite"_s);
        const DatabaseConnection connection = Database::open(m_dbPath);
        ASSERT_TRUE(connection.ok());
        m_db = connection.db;
        m_sink = std::make_unique<SmtpSinkProcess>(m_dir.filePath(u"mail"_s));

        SettingsStore settings(m_db);
        settings.setValue(SettingKeys::ThresholdCalls, 12'000);
        settings.setValue(SettingKeys::AlertContact, kContact);
        settings.setValue(SettingKeys::SmtpHost, u"127.0.0.1"_s);
        settings.setValue(SettingKeys::SmtpSecurity, u"none"_s);
        settings.setValue(SettingKeys::SmtpFrom, u"syncdesk@example.com"_s);
    }

    void TearDown() override
    {
        m_dispatcher.reset();
        m_sink.reset();
        m_db = QSqlDatabase();
        Database::closeForThisThread(m_dbPath);
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
        QLocale::setDefault(QLocale::c());
    }

    void useSmtpPort(int port) { SettingsStore(m_db).setValue(SettingKeys::SmtpPort, port); }

    AlertDispatcher &dispatcher()
    {
        if (!m_dispatcher) {
            m_dispatcher = std::make_unique<AlertDispatcher>(m_dbPath, &m_secrets);
            m_dispatcher->setOrgName(u"Acme"_s);
            m_dispatcher->setBackoff({.first = 200ms, .cap = 1s});
            m_delivered =
                std::make_unique<QSignalSpy>(m_dispatcher.get(), &AlertDispatcher::alertDelivered);
            m_failed =
                std::make_unique<QSignalSpy>(m_dispatcher.get(), &AlertDispatcher::alertFailed);
        }
        return *m_dispatcher;
    }

    void feed(qint64 used, qint64 max = 15'000)
    {
        m_at = m_at.addSecs(60);
        dispatcher().observeUsage(ApiUsage{used, max}, m_at);
    }

    // Starts the SMTP server and a lively sandbox org (a week of ApiTotalUsage files
    // published), and reads its logs into the store with a real reader, as the engine does.
    void readSandboxUsageLogs(const QStringList &sandboxArguments, UsageLogReadReport &read)
    {
        ASSERT_TRUE(m_sink->start({})) << m_sink->error().toStdString();
        useSmtpPort(m_sink->port());
        QNetworkAccessManager network;
        SignedInSandbox org;
        ASSERT_NO_FATAL_FAILURE(startSignedInSandbox(
            network, org, QStringList{u"--simulate"_s, u"lively"_s} + sandboxArguments));
        OrgSession session(&network, org.tokenClient.get(), org.tokens);
        SalesforceClient client(&session);
        ApiCallLedger ledger(m_db);
        ledger.attach(&client);
        ApiUsageLogReader reader(m_db, &client, {});
        std::optional<UsageLogReadReport> report;
        reader.read([&report](UsageLogReadReport r) { report = r; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return report.has_value(); }, kWaitMs));
        ASSERT_TRUE(QTest::qWaitFor([&] { return client.callsPending() == 0; }, kWaitMs));
        read = *report;
    }

    // Alerts raised so far: written synchronously when the usage is observed, so this
    // is exact without waiting.
    qsizetype alertsRaised() const { return AlertStore(m_db).newest(1000).size(); }

    bool waitForMessages(qsizetype count)
    {
        return QTest::qWaitFor([&] { return m_sink->messages().size() >= count; }, kWaitMs);
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    QSqlDatabase m_db;
    InMemorySecretStore m_secrets;
    std::unique_ptr<SmtpSinkProcess> m_sink;
    std::unique_ptr<AlertDispatcher> m_dispatcher;
    std::unique_ptr<QSignalSpy> m_delivered;
    std::unique_ptr<QSignalSpy> m_failed;
    QDateTime m_at = QDateTime::currentDateTimeUtc().addSecs(-3600);
};

void expectThresholdEmail(const QByteArray &message, const QString &subject)
{
    EXPECT_EQ(headerOf(message, "X-Envelope-To"), kContact.toUtf8());
    EXPECT_EQ(headerOf(message, "To"), kContact.toUtf8());
    EXPECT_EQ(QString::fromUtf8(headerOf(message, "Subject")), subject);
    EXPECT_TRUE(message.contains("multipart/alternative"));
    EXPECT_TRUE(message.contains("Content-Type: text/html; charset=UTF-8"));
}

} // namespace

TEST_F(AlertsSmtp, OneEmailPerCrossingNoneWhileHovering)
{
    ASSERT_TRUE(m_sink->start({})) << m_sink->error().toStdString();
    useSmtpPort(m_sink->port());

    feed(11'900);
    feed(11'999); // hovering just under
    EXPECT_EQ(alertsRaised(), 0);
    feed(12'480);
    EXPECT_EQ(alertsRaised(), 1);
    feed(12'300);
    feed(11'800); // under, but not by the margin (300)
    feed(12'100);
    EXPECT_EQ(alertsRaised(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_delivered->size() == 1; }, kWaitMs));
    feed(11'650); // re-armed
    feed(12'010);
    EXPECT_EQ(alertsRaised(), 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_delivered->size() == 2; }, kWaitMs));
    ASSERT_TRUE(waitForMessages(2));

    const QList<QByteArray> mail = m_sink->messages();
    ASSERT_EQ(mail.size(), 2);
    expectThresholdEmail(
        mail[0], u"Acme: API usage 12,480 of 15,000 (83 %) crossed your threshold of 12,000"_s);
    expectThresholdEmail(
        mail[1], u"Acme: API usage 12,010 of 15,000 (80 %) crossed your threshold of 12,000"_s);
    const QString body = plainTextOf(mail[0]);
    EXPECT_TRUE(body.contains(u"Calls used in the last 24 hours: 12,480"_s)) << body.toStdString();
    EXPECT_TRUE(body.contains(u"Daily limit: 15,000"_s));
    EXPECT_TRUE(body.contains(u"Your threshold: 12,000"_s));
    EXPECT_TRUE(body.contains(u"Buy more API calls"_s));

    for (const AlertRecord &alert : AlertStore(m_db).newest(10)) {
        EXPECT_TRUE(alert.delivered);
        EXPECT_EQ(alert.attempts, 1);
        EXPECT_EQ(alert.recipient, kContact);
        EXPECT_TRUE(alert.error.isEmpty());
    }
    EXPECT_TRUE(m_failed->isEmpty());
}

TEST_F(AlertsSmtp, RetriesUntilTheServerIsUpAndResumesAfterARestart)
{
    const int port = SmtpSinkProcess::freePort();
    ASSERT_GT(port, 0);
    useSmtpPort(port);

    feed(12'500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_failed->size() >= 1; }, kWaitMs));
    std::optional<AlertRecord> alert = AlertStore(m_db).newest(1).value(0);
    ASSERT_TRUE(alert);
    EXPECT_FALSE(alert->delivered);
    EXPECT_GE(alert->attempts, 1);
    EXPECT_FALSE(alert->error.isEmpty());
    EXPECT_TRUE(alert->nextTryAt.isValid());

    // A restart while the alert is still due: the new dispatcher sends it, once.
    m_dispatcher.reset();
    ASSERT_TRUE(m_sink->start({.port = port})) << m_sink->error().toStdString();
    dispatcher().resumePending();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_delivered->size() == 1; }, kWaitMs));
    ASSERT_TRUE(waitForMessages(1));
    EXPECT_EQ(m_sink->messages().size(), 1);
    expectThresholdEmail(
        m_sink->messages().value(0),
        u"Acme: API usage 12,500 of 15,000 (83 %) crossed your threshold of 12,000"_s);
    alert = AlertStore(m_db).find(alert->id);
    EXPECT_TRUE(alert->delivered);
    EXPECT_GE(alert->attempts, 2);
    EXPECT_TRUE(alert->error.isEmpty());

    // Still above the threshold after the restart: no second email for the same crossing.
    feed(12'600);
    EXPECT_EQ(alertsRaised(), 1);
}

TEST_F(AlertsSmtp, RetryDeliversOnceTheServerComesUp)
{
    const int port = SmtpSinkProcess::freePort();
    ASSERT_GT(port, 0);
    useSmtpPort(port);
    feed(13'000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_failed->size() >= 1; }, kWaitMs));
    ASSERT_TRUE(m_sink->start({.port = port})) << m_sink->error().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_delivered->size() == 1; }, kWaitMs));
    ASSERT_TRUE(waitForMessages(1));
    EXPECT_EQ(m_sink->messages().size(), 1);
    EXPECT_EQ(alertsRaised(), 1);
}

TEST_F(AlertsSmtp, StartTlsWithLoginAndNoPasswordInTheLogs)
{
    const QString cert = m_dir.filePath(u"cert.pem"_s);
    const QString key = m_dir.filePath(u"key.pem"_s);
    ASSERT_TRUE(SmtpSinkProcess::makeCertificate(cert, key));
    const QString password = u"smtp-pass-Zq81xv"_s;
    ASSERT_TRUE(m_sink->start(
        {.certFile = cert, .keyFile = key, .user = u"alerts"_s, .password = password}))
        << m_sink->error().toStdString();
    SettingsStore settings(m_db);
    useSmtpPort(m_sink->port());
    settings.setValue(SettingKeys::SmtpSecurity, u"starttls"_s);
    settings.setValue(SettingKeys::SmtpUser, u"alerts"_s);
    bool written = false;
    m_secrets.writeSecret(SmtpSettings::passwordKey(u"127.0.0.1"_s, u"alerts"_s), password.toUtf8(),
                          [&](const SecretResult &r) { written = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, kWaitMs));

    // Without trusting the test's own certificate, TLS verification refuses the server.
    QSignalSpy tested(&dispatcher(), &AlertDispatcher::testEmailFinished);
    dispatcher().sendTestEmail(kContact);
    ASSERT_TRUE(tested.wait(kWaitMs));
    EXPECT_FALSE(tested.first().at(0).toBool());
    EXPECT_TRUE(tested.first().at(1).toString().contains(u"certificate"_s, Qt::CaseInsensitive))
        << tested.first().at(1).toString().toStdString();
    EXPECT_TRUE(m_sink->messages().isEmpty());

    dispatcher().setSmtpCaFile(cert);
    dispatcher().sendTestEmail(kContact);
    ASSERT_TRUE(QTest::qWaitFor([&] { return tested.size() == 2; }, kWaitMs));
    EXPECT_TRUE(tested.at(1).at(0).toBool()) << tested.at(1).at(1).toString().toStdString();

    feed(12'200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_delivered->size() == 1; }, kWaitMs));
    ASSERT_TRUE(waitForMessages(2));
    const QList<QByteArray> mail = m_sink->messages();
    ASSERT_EQ(mail.size(), 2);
    EXPECT_EQ(headerOf(mail[0], "Subject"), "Acme: SyncDesk test email");
    expectThresholdEmail(
        mail[1], u"Acme: API usage 12,200 of 15,000 (81 %) crossed your threshold of 12,000"_s);
    for (const QByteArray &message : mail) {
        EXPECT_EQ(headerOf(message, "X-Was-TLS"), "True");
        EXPECT_EQ(headerOf(message, "X-Auth-User"), "alerts");
    }

    // The password reached the server, and no log line or database page.
    QMutexLocker lock(&g_logMutex);
    EXPECT_FALSE(g_log.contains(password.toUtf8()));
    EXPECT_FALSE(g_log.contains(password.toUtf8().toBase64()));
    QFile dbFile(m_dbPath);
    ASSERT_TRUE(dbFile.open(QIODevice::ReadOnly));
    EXPECT_FALSE(dbFile.readAll().contains(password.toUtf8()));
}

TEST_F(AlertsSmtp, SandboxUsageAcrossTheThreshold)
{
    ASSERT_TRUE(m_sink->start({})) << m_sink->error().toStdString();
    useSmtpPort(m_sink->port());

    QNetworkAccessManager network;
    SignedInSandbox org;
    ASSERT_NO_FATAL_FAILURE(startSignedInSandbox(network, org));
    OrgSession session(&network, org.tokenClient.get(), org.tokens);
    SalesforceClient client(&session);
    QObject::connect(&client, &SalesforceClient::orgUsageObserved, &dispatcher(),
                     &AlertDispatcher::observeUsage);

    const auto control = [&](const char *path, const QByteArray &body) {
        QNetworkRequest request(org.baseUrl.resolved(QUrl(QString::fromLatin1(path))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(network.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(kWaitMs)) << path;
        EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    };
    // Sets the org's usage, then reads it the way the engine does: from the header of a
    // call it makes anyway (here /limits).
    const auto driveTo = [&](qint64 used) {
        control("/_sandbox/usage", QJsonDocument(QJsonObject{{u"used"_s, used}}).toJson());
        bool answered = false;
        client.limits(CallCategory::LimitsCheck, [&](const auto &) { answered = true; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return answered; }, kWaitMs));
    };
    control("/_sandbox/allocation", QByteArrayLiteral(R"({"max":15000})"));

    driveTo(11'000);
    driveTo(11'990); // just under: the /limits call itself makes it 11,991
    EXPECT_EQ(alertsRaised(), 0);
    driveTo(12'479); // the call makes it 12,480
    EXPECT_EQ(alertsRaised(), 1);
    driveTo(11'900); // above threshold − margin
    driveTo(12'300);
    EXPECT_EQ(alertsRaised(), 1);
    driveTo(11'000); // re-arms
    driveTo(12'099);
    EXPECT_EQ(alertsRaised(), 2);

    ASSERT_TRUE(QTest::qWaitFor([&] { return m_delivered->size() == 2; }, kWaitMs));
    ASSERT_TRUE(waitForMessages(2));
    const QList<QByteArray> mail = m_sink->messages();
    ASSERT_EQ(mail.size(), 2);
    expectThresholdEmail(
        mail[0], u"Acme: API usage 12,480 of 15,000 (83 %) crossed your threshold of 12,000"_s);
    expectThresholdEmail(
        mail[1], u"Acme: API usage 12,100 of 15,000 (81 %) crossed your threshold of 12,000"_s);
}

// The desktop app's chain: the sync engine on its own thread makes the calls it makes
// anyway, their Sforce-Limit-Info reaches the dispatcher through SyncControl (as the
// window's relay passes it on), and the crossing becomes one email, at no extra call.
TEST_F(AlertsSmtp, TheRunningEngineFeedsTheThresholdAlert)
{
    ASSERT_TRUE(m_sink->start({})) << m_sink->error().toStdString();
    useSmtpPort(m_sink->port());

    QNetworkAccessManager network;
    SignedInSandbox org;
    ASSERT_NO_FATAL_FAILURE(
        startSignedInSandbox(network, org,
                             {u"--contacts"_s, u"5"_s, u"--leads"_s, u"5"_s, u"--accounts"_s,
                              u"2"_s, u"--opportunities"_s, u"1"_s}));
    QNetworkRequest usage(org.baseUrl.resolved(QUrl(u"/_sandbox/usage"_s)));
    usage.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> set(network.post(usage, R"({"used":12500})"));
    QSignalSpy setDone(set.get(), &QNetworkReply::finished);
    ASSERT_TRUE(setDone.wait(kWaitMs));

    SyncEngineOptions options;
    options.databasePath = m_dbPath;
    options.oauth = OAuthClientConfig{org.baseUrl, OAuthClientConfig::desktopClientId(),
                                      OAuthClientConfig::loopbackRedirectUri()};
    options.tokens = org.tokens;
    options.refreshLimits = false;
    options.refreshDescribes = false;
    SyncEngineThread engine(options);
    SyncControlRelay relay;
    relay.attach(&engine);
    QObject::connect(&relay, &SyncControl::orgUsageObserved, &dispatcher(),
                     &AlertDispatcher::observeUsage);
    engine.syncNow(); // an inbound poll: one call, its header says 12,501 of 15,000

    ASSERT_TRUE(waitForMessages(1));
    EXPECT_EQ(alertsRaised(), 1);
    const QList<QByteArray> mail = m_sink->messages();
    ASSERT_EQ(mail.size(), 1);
    EXPECT_TRUE(
        QString::fromUtf8(headerOf(mail[0], "Subject")).startsWith(u"Acme: API usage 12,5"_s))
        << headerOf(mail[0], "Subject").constData();
    // Further calls of the same crossing send nothing more. The spy connects after the
    // dispatcher, so when it sees the next reading the dispatcher has already judged it.
    QSignalSpy observed(&relay, &SyncControl::orgUsageObserved);
    engine.syncNow();
    ASSERT_TRUE(observed.wait(kWaitMs));
    EXPECT_EQ(m_sink->messages().size(), 1);
    EXPECT_EQ(alertsRaised(), 1);
}

// Who spent the calls, in the email: a real log reader reads a lively sandbox org's
// published ApiTotalUsage files into the store, and the alert names the top three
// integrations of the latest day the logs cover, with their calls, in both parts of the
// email the SMTP server receives.
TEST_F(AlertsSmtp, TheEmailNamesTheIntegrationsFromTheOrgsUsageLogs)
{
    UsageLogReadReport read;
    ASSERT_NO_FATAL_FAILURE(readSandboxUsageLogs({}, read));
    ASSERT_FALSE(read.callError) << read.callError->summary().toStdString();
    ASSERT_GT(read.filesStored, 0);

    feed(12'480);
    ASSERT_TRUE(waitForMessages(1));
    const QByteArray mail = m_sink->messages().value(0);
    const QString text = plainTextOf(mail).remove(u'\r');
    const QString html = htmlOf(mail);

    // The logs lag the clock by hours: the email says where they end, and its figures are
    // the store's for the day up to there.
    const TopIntegrations top = TopIntegrations::fromStore(m_db, m_at);
    ASSERT_EQ(top.span, TopIntegrations::Span::LatestLogged);
    ASSERT_EQ(top.top.size(), 3);
    EXPECT_LE(top.loggedUntil, QDateTime::currentDateTimeUtc());
    const QSet<QString> sandboxIntegrations{u"Pardot Marketing Sync"_s, u"Nightly Data Loader"_s,
                                            u"Tableau BI"_s, u"Custom Order Integration"_s};
    EXPECT_TRUE(text.contains(u"Top integrations in the %1 hour"_s.arg(top.hours)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"from Salesforce's logs"_s));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const TopIntegrations::Entry &entry : top.top) {
        EXPECT_TRUE(sandboxIntegrations.contains(entry.name)) << entry.name.toStdString();
        const QString named = entry.name + u' ' + english.toString(entry.calls);
        EXPECT_TRUE(text.contains(named)) << named.toStdString() << "\n" << text.toStdString();
        EXPECT_TRUE(html.contains(named)) << named.toStdString();
    }
    EXPECT_GE(top.top[0].calls, top.top[1].calls);
    EXPECT_GE(top.top[1].calls, top.top[2].calls);
    // The same figures as "Who used the calls" for that day.
    const IntegrationUsageReport day = IntegrationUsageQuery(m_db).report(
        UsageGrouping::Integration, 24, top.loggedUntil.addSecs(-3600));
    ASSERT_GE(day.rows.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(day.rows[i].name, top.top[i].name);
        EXPECT_EQ(day.rows[i].calls, top.top[i].calls);
    }
    EXPECT_TRUE(text.contains(u"Other integrations and users: "_s));
}

// Without "View Event Log Files" the reader stores why, and the email says so in one line
// beside the org-wide figure for the other integrations.
TEST_F(AlertsSmtp, WithoutTheLogPermissionTheEmailSaysWhy)
{
    UsageLogReadReport read;
    ASSERT_NO_FATAL_FAILURE(readSandboxUsageLogs({u"--without-event-log-permission"_s}, read));
    ASSERT_TRUE(read.refused);

    feed(12'480);
    ASSERT_TRUE(waitForMessages(1));
    const QString text = plainTextOf(m_sink->messages().value(0)).remove(u'\r');
    EXPECT_TRUE(text.contains(u"\nTop integrations: not known. "_s +
                              ApiUsageLogReader::missingPermissionMessage() + u'\n'))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"Other integrations and users: "_s));
}
