#include "stored_sign_in.h"

#include "auth/saved_connection.h"
#include "secrets/in_memory_secret_store.h"
#include "secrets/keychain_secret_store.h"

#include <QEventLoop>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

std::unique_ptr<SecretStore> openSecretStore()
{
    if (qEnvironmentVariableIntValue("SYNCDESK_IN_MEMORY_SECRETS") == 1)
        return std::make_unique<InMemorySecretStore>();
    return std::make_unique<KeychainSecretStore>();
}

SecretResult readStoredTokens(SecretStore &secrets, const OrgConnection &connection,
                              OAuthTokens *tokens)
{
    // The CLI has nothing else to do meanwhile, so it waits for the keychain here.
    QEventLoop loop;
    SecretResult stored;
    readSavedTokens(secrets, connection, [&](const SecretResult &result, const OAuthTokens &read) {
        stored = result;
        *tokens = read;
        loop.quit();
    });
    loop.exec();
    return stored;
}

} // namespace syncdesk::cli
