#include "stored_sign_in.h"

#include "auth/saved_connection.h"

#include <QEventLoop>

namespace syncdesk::cli {

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
