#include "secrets/app_secret_store.h"

#include "secrets/in_memory_secret_store.h"
#include "secrets/keychain_secret_store.h"

namespace syncdesk {

std::unique_ptr<SecretStore> openAppSecretStore()
{
    if (qEnvironmentVariableIntValue("SYNCDESK_IN_MEMORY_SECRETS") == 1)
        return std::make_unique<InMemorySecretStore>();
    return std::make_unique<KeychainSecretStore>();
}

} // namespace syncdesk
