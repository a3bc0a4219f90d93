#include "sandbox/sandbox_org_connector.h"

#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/sandbox_sign_in.h"
#include "sandbox/sandbox_org_process.h"

#include <QNetworkAccessManager>

namespace syncdesk {

SandboxOrgConnector::SandboxOrgConnector(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_process(new SandboxOrgProcess(
          SandboxOrgProcess::Options{.program = m_options.sandboxProgram,
                                     .simulateLivelyOrg = m_options.simulateLivelyOrg,
                                     .extraArguments = m_options.extraArguments},
          this))
{
    connect(m_process, &SandboxOrgProcess::started, this, &SandboxOrgConnector::onSandboxStarted);
    connect(m_process, &SandboxOrgProcess::failed, this,
            [this](const QString &reason) { setState(ConnectionState::Failed, reason); });
    connect(m_process, &SandboxOrgProcess::stopped, this, [this](const QString &reason) {
        if (m_poller)
            m_poller->stop();
        setState(ConnectionState::Failed, reason);
    });
}

SandboxOrgConnector::~SandboxOrgConnector()
{
    // Stop calling the org before the org goes away.
    delete m_poller;
    m_poller = nullptr;
    delete m_signIn;
    m_signIn = nullptr;
}

void SandboxOrgConnector::start()
{
    setState(ConnectionState::StartingSandbox);
    m_process->start();
}

void SandboxOrgConnector::onSandboxStarted(const QUrl &baseUrl)
{
    m_orgUrl = baseUrl;
    setState(ConnectionState::SigningIn, baseUrl.toString());

    OAuthClientConfig config{baseUrl, OAuthClientConfig::desktopClientId(),
                             OAuthClientConfig::loopbackRedirectUri()};
    m_tokenClient = new OAuthTokenClient(m_network, std::move(config), this);
    m_signIn = new SandboxSignIn(m_network, m_tokenClient, this);
    connect(m_signIn, &SandboxSignIn::signedIn, this, &SandboxOrgConnector::onSignedIn);
    connect(m_signIn, &SandboxSignIn::failed, this,
            [this](const QString &reason) { setState(ConnectionState::Failed, reason); });
    m_signIn->start();
}

void SandboxOrgConnector::onSignedIn(const OAuthTokens &tokens)
{
    m_signIn->deleteLater();
    m_signIn = nullptr;
    m_session = new OrgSession(m_network, m_tokenClient, tokens, this);
    Q_EMIT signedIn(m_tokenClient->config(), tokens);
    setState(ConnectionState::Connected, tokens.instanceUrl.toString());
    // With the sync engine running, its own calls and /limits refresher keep the figures
    // current; polling here as well would spend calls twice.
    if (m_options.pollInterval.count() <= 0)
        return;
    m_poller = new LimitsPoller(m_session, this);
    m_poller->setInterval(m_options.pollInterval);
    connect(m_poller, &LimitsPoller::usageRead, this, &SandboxOrgConnector::usageRead);
    connect(m_poller, &LimitsPoller::pollFailed, this, &SandboxOrgConnector::usageUnavailable);
    m_poller->start();
}

void SandboxOrgConnector::setState(ConnectionState state, const QString &detail)
{
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

} // namespace syncdesk
