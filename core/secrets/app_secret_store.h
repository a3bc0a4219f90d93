#pragma once

#include "secrets/secret_store.h"

#include <memory>

namespace syncdesk {

// The secret store SyncDesk's programs use: the OS keychain, or, with
// SYNCDESK_IN_MEMORY_SECRETS=1, one that lives in the process only (for tests and
// machines without a keyring; a connection then lasts one run).
std::unique_ptr<SecretStore> openAppSecretStore();

} // namespace syncdesk
