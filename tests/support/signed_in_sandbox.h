#pragma once

#include "salesforce/oauth_token.h"
#include "salesforce/oauth_token_client.h"
#include "sandbox/sandbox_org_process.h"

#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace syncdesk::test {

// A quiet sandbox org process (no simulations, so calls count exactly) and
// the tokens of a PKCE sign-in to it, as the app gets them.
struct SignedInSandbox
{
    std::unique_ptr<SandboxOrgProcess> process;
    std::unique_ptr<OAuthTokenClient> tokenClient;
    QUrl baseUrl;
    OAuthTokens tokens;
};

// Starts the sandbox binary and signs in. Fails the test (fatally: wrap the
// call in ASSERT_NO_FATAL_FAILURE) when either step does not finish.
void startSignedInSandbox(QNetworkAccessManager &network, SignedInSandbox &org,
                          const QStringList &extraArguments = {});

} // namespace syncdesk::test
