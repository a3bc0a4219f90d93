#pragma once

#include "salesforce/limits_poller.h"
#include "salesforce/oauth_client_config.h"
#include "salesforce/oauth_token.h"
#include "usage/api_usage.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace syncdesk {

class OAuthTokenClient;
class OrgSession;
class SandboxOrgProcess;
class SandboxSignIn;
struct OAuthTokens;

// Where the connection to the org stands, for the status bar and for whatever
// waits on it.
enum class ConnectionState
{
    Idle,
    StartingSandbox,
    SigningIn,
    Connected,
    Failed,
};

// Brings SyncDesk up on a private sandbox org: starts the org, signs in with
// PKCE, then watches the org's API usage. The window only listens to it.
class SandboxOrgConnector : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString sandboxProgram; // empty: SandboxOrgProcess::locateSandboxBinary()
        bool simulateLivelyOrg = true;
        QStringList extraArguments; // e.g. --db FILE, so the org outlives the session
        // 0: no polling of /limits (the sync engine keeps the figures current).
        std::chrono::milliseconds pollInterval{10'000};
    };

    explicit SandboxOrgConnector(Options options, QObject *parent = nullptr);
    ~SandboxOrgConnector() override;

    void start();

    ConnectionState state() const { return m_state; }
    QUrl orgUrl() const { return m_orgUrl; }
    OrgSession *session() const { return m_session; }

Q_SIGNALS:
    // `detail` is the org's address when connected and the reason when failed.
    void stateChanged(syncdesk::ConnectionState state, const QString &detail);
    // Signed in: what an engine needs to open its own session to the org.
    void signedIn(const syncdesk::OAuthClientConfig &config, const syncdesk::OAuthTokens &tokens);
    void usageRead(const syncdesk::ApiUsage &usage, syncdesk::UsageSource source,
                   const QDateTime &readAt);
    // A poll failed while the connection as a whole stands.
    void usageUnavailable(const QString &reason);

private:
    void onSandboxStarted(const QUrl &baseUrl);
    void onSignedIn(const OAuthTokens &tokens);
    void setState(ConnectionState state, const QString &detail = {});

    Options m_options;
    ConnectionState m_state = ConnectionState::Idle;
    QUrl m_orgUrl;
    QNetworkAccessManager *m_network;
    SandboxOrgProcess *m_process;
    OAuthTokenClient *m_tokenClient = nullptr;
    SandboxSignIn *m_signIn = nullptr;
    OrgSession *m_session = nullptr;
    LimitsPoller *m_poller = nullptr;
};

} // namespace syncdesk
