#pragma once

#include "salesforce/oauth_token.h"
#include "secrets/secret_store.h"
#include "store/connection_store.h"

#include <memory>

namespace syncdesk::cli {

// The saved connection's tokens as the keychain holds them: the refresh token, the
// instance and identity URLs. No access token: the first call's 401 refreshes one.
// The result's status says why there is none (no keyring, not found).
SecretResult readStoredTokens(SecretStore &secrets, const OrgConnection &connection,
                              OAuthTokens *tokens);

} // namespace syncdesk::cli
