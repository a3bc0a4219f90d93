#include "signed_in_sandbox.h"

#include "salesforce/oauth_client_config.h"
#include "salesforce/sandbox_sign_in.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace syncdesk::test {

namespace {
constexpr int kWaitMs = 15'000;
} // namespace

void startSignedInSandbox(QNetworkAccessManager &network, SignedInSandbox &org,
                          const QStringList &extraArguments)
{
    SandboxOrgProcess::Options options;
    options.program = QStringLiteral(SYNCDESK_SANDBOX_BIN);
    options.simulateLivelyOrg = false;
    options.extraArguments = extraArguments;
    org.process = std::make_unique<SandboxOrgProcess>(options);
    QSignalSpy started(org.process.get(), &SandboxOrgProcess::started);
    org.process->start();
    ASSERT_TRUE(started.wait(kWaitMs));
    org.baseUrl = started.first().first().toUrl();

    org.tokenClient = std::make_unique<OAuthTokenClient>(
        &network, OAuthClientConfig{org.baseUrl, OAuthClientConfig::desktopClientId(),
                                    OAuthClientConfig::loopbackRedirectUri()});
    SandboxSignIn signIn(&network, org.tokenClient.get());
    QSignalSpy signedIn(&signIn, &SandboxSignIn::signedIn);
    signIn.start();
    ASSERT_TRUE(signedIn.wait(kWaitMs));
    org.tokens = signedIn.first().first().value<OAuthTokens>();
}

} // namespace syncdesk::test
