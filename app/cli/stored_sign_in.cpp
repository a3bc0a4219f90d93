#include "stored_sign_in.h"

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
    tokens->instanceUrl = connection.instanceUrl;
    tokens->identityUrl = connection.instanceUrl.resolved(
        QUrl(u"/id/"_s + connection.orgId + u'/' + connection.username));
    QEventLoop loop;
    SecretResult stored;
    secrets.readSecret(SecretStore::refreshTokenKey(connection.orgId, connection.username),
                       [&](const SecretResult &result) {
                           stored = result;
                           loop.quit();
                       });
    loop.exec();
    if (stored.ok())
        tokens->refreshToken = stored.value;
    return stored;
}

} // namespace syncdesk::cli
