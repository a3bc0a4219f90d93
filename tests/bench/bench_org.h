#pragma once

#include "salesforce/oauth_client_config.h"
#include "salesforce/oauth_token.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace syncdesk {
class OAuthTokenClient;
class OrgSession;
class SalesforceClient;
class SandboxOrgProcess;
} // namespace syncdesk

namespace syncdesk::bench {

// One quiet syncdesk-sandbox process for the whole bench (no simulated integrations or
// users, so every call its meter counts is the bench's), signed in with PKCE as the app
// signs in, and a SalesforceClient on this thread for the engine's pieces.
class BenchOrg
{
public:
    BenchOrg();
    ~BenchOrg();
    BenchOrg(const BenchOrg &) = delete;
    BenchOrg &operator=(const BenchOrg &) = delete;

    // Starts the sandbox with `arguments` (seed sizes, limit) and signs in; exits the
    // bench on failure. Returns the seconds the sandbox took to print its URL (seeding).
    double start(const QString &program, const QStringList &arguments);

    QUrl baseUrl() const { return m_baseUrl; }
    OAuthClientConfig clientConfig() const;
    OAuthTokens tokens() const { return m_tokens; }
    SalesforceClient *client() const { return m_client.get(); }

    // The sandbox's own count of API calls: `used` of GET /_sandbox/usage.
    qint64 callsUsed();
    // How many records of `object` the org holds now (GET /_sandbox/state).
    qint64 recordCount(const QString &object);
    // The CPU time (user + system) the sandbox process has used so far: the org's side of
    // the work, which bounds what any client can do on loopback.
    double cpuSeconds() const;
    // The sandbox process, for its memory figures.
    qint64 processId() const;

private:
    QJsonObject control(const QString &name);

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxOrgProcess> m_process;
    std::unique_ptr<OAuthTokenClient> m_tokenClient;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<SalesforceClient> m_client;
    OAuthTokens m_tokens;
    QUrl m_baseUrl;
};

} // namespace syncdesk::bench
