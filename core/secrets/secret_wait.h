#pragma once

#include "secrets/secret_store.h"

namespace syncdesk {

// One keychain request run to its answer, for code that has nothing else to do meanwhile
// (start-up, the command-line tool): a local event loop turns until the keychain answers.
// Never on a window's thread once the window is up: a keyring asking to be unlocked would
// freeze it.
namespace SecretWait {

SecretResult read(SecretStore &secrets, const QString &key);
SecretResult write(SecretStore &secrets, const QString &key, const QByteArray &value);
SecretResult remove(SecretStore &secrets, const QString &key);

} // namespace SecretWait

} // namespace syncdesk
