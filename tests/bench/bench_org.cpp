#include "bench_org.h"

#include "event_wait.h"
#include "process_usage.h"
#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "salesforce/sandbox_sign_in.h"
#include "sandbox/sandbox_org_process.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::bench {

BenchOrg::BenchOrg() = default;

BenchOrg::~BenchOrg()
{
    m_client.reset();
    m_session.reset();
    m_tokenClient.reset();
    m_process.reset();
}

double BenchOrg::start(const QString &program, const QStringList &arguments)
{
    SandboxOrgProcess::Options options;
    options.program = program;
    options.simulateLivelyOrg = false;
    options.startTimeoutMs = 600'000; // seeding 100,000 rows takes a while
    options.extraArguments = arguments;
    m_process = std::make_unique<SandboxOrgProcess>(options);
    QObject::connect(m_process.get(), &SandboxOrgProcess::failed,
                     [](const QString &reason) { failBench(u"sandbox: "_s + reason); });
    QElapsedTimer seeding;
    seeding.start();
    m_baseUrl = awaitResult<QUrl>([&](std::function<void(QUrl)> done) {
        QObject::connect(m_process.get(), &SandboxOrgProcess::started, done);
        m_process->start();
    });
    const double seedingSeconds = double(seeding.nsecsElapsed()) / 1e9;

    m_tokenClient = std::make_unique<OAuthTokenClient>(&m_network, clientConfig());
    SandboxSignIn signIn(&m_network, m_tokenClient.get());
    QObject::connect(&signIn, &SandboxSignIn::failed,
                     [](const QString &reason) { failBench(u"sign-in: "_s + reason); });
    m_tokens = awaitResult<OAuthTokens>([&](std::function<void(OAuthTokens)> done) {
        QObject::connect(&signIn, &SandboxSignIn::signedIn, done);
        signIn.start();
    });
    m_session = std::make_unique<OrgSession>(&m_network, m_tokenClient.get(), m_tokens);
    m_client = std::make_unique<SalesforceClient>(m_session.get());
    return seedingSeconds;
}

OAuthClientConfig BenchOrg::clientConfig() const
{
    return OAuthClientConfig{m_baseUrl, OAuthClientConfig::desktopClientId(),
                             OAuthClientConfig::loopbackRedirectUri()};
}

QJsonObject BenchOrg::control(const QString &name)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(u"/_sandbox/"_s + name)));
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    awaitResult<bool>([&](std::function<void(bool)> done) {
        QObject::connect(reply.get(), &QNetworkReply::finished, [done] { done(true); });
    });
    return QJsonDocument::fromJson(reply->readAll()).object();
}

qint64 BenchOrg::recordCount(const QString &object)
{
    const qint64 count =
        control(u"state"_s).value(u"records"_s).toObject().value(object).toInteger(-1);
    if (count < 0)
        failBench(u"/_sandbox/state did not count %1 records"_s.arg(object));
    return count;
}

qint64 BenchOrg::processId() const
{
    return m_process ? m_process->processId() : 0;
}

double BenchOrg::cpuSeconds() const
{
    return m_process ? ProcessUsage::cpuSecondsOf(m_process->processId()) : 0;
}

qint64 BenchOrg::callsUsed()
{
    const qint64 used = control(u"usage"_s).value(u"used"_s).toInteger(-1);
    if (used < 0)
        failBench(u"/_sandbox/usage did not answer a count"_s);
    return used;
}

} // namespace syncdesk::bench
