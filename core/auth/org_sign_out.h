#pragma once

#include "salesforce/oauth_token.h"

#include <QObject>
#include <functional>

class QNetworkAccessManager;

namespace syncdesk {

class SecretStore;

struct SignOutResult
{
    bool revoked = false;   // the org confirmed the tokens are dead
    bool forgotten = false; // the keychain no longer holds the refresh token
    QString message;        // why not, when either is false
};

// Disconnects SyncDesk from an org: revokes the refresh token at the org (which
// ends its access tokens too) and deletes it from the keychain. The keychain
// entry is deleted even when the org cannot be reached, so a sign-out always
// forgets locally; the result says whether the org confirmed.
class OrgSignOut : public QObject
{
    Q_OBJECT

public:
    OrgSignOut(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent = nullptr);

    void signOut(const OAuthTokens &tokens, std::function<void(const SignOutResult &)> onDone);

private:
    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
};

} // namespace syncdesk
