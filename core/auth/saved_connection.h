#pragma once

#include "auth/login_host.h"
#include "salesforce/oauth_client_config.h"
#include "salesforce/oauth_token.h"
#include "secrets/secret_store.h"
#include "store/connection_store.h"

#include <QSqlDatabase>
#include <functional>

namespace syncdesk {

// After a sign-in: the org as SyncDesk remembers it (never the token: OrgSignIn has put
// the refresh token in the keychain under refreshTokenKey(orgId, userId)), made the
// active connection. Signing in again to the same org and user updates that entry.
// A workspace bound to another org (WorkspaceOrg) is refused with the admin's choices in
// `error`, unless `switchOrg` says to start the workspace over with this org.
bool saveSignedInConnection(QSqlDatabase db, const OAuthTokens &tokens, const LoginHost &loginHost,
                            const QString &clientId, QString *error, bool switchOrg = false);

// The OAuth settings a saved connection signs in (and refreshes) with.
OAuthClientConfig clientConfigFor(const OrgConnection &connection);

// The saved connection's tokens as the keychain holds them: the refresh token and the
// instance and identity URLs. No access token: the first call's 401 refreshes one.
// `onDone` gets the keychain's answer (no keyring, not found...) with the tokens.
void readSavedTokens(SecretStore &secrets, const OrgConnection &connection,
                     std::function<void(const SecretResult &, const OAuthTokens &)> onDone);

} // namespace syncdesk
