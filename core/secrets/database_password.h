#pragma once

#include "store/database_url.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace syncdesk {

class SecretStore;

// Team mode's database password, kept in the keychain under DatabaseUrl::passwordKey() like
// every other secret (`syncdesk-cli database-password` stores it).
namespace DatabasePassword {

// Waits for the keychain's answer (at start-up, before anything else runs). None stored, or
// no keyring: an empty password, and libpq tries what needs none (trust, a client
// certificate, PGPASSFILE); a server that then asks is reported with the entry to fill in.
// nullopt, with the keychain's reason in `error`, when it could not be read.
std::optional<QByteArray> read(SecretStore &secrets, const DatabaseUrl &url, QString *error);

// read(), then PostgresDatabase::rememberPassword() for this process's connections.
bool load(SecretStore &secrets, const DatabaseUrl &url, QString *error);

// Stores (or, when empty, deletes) the password; waits for the keychain's answer.
bool store(SecretStore &secrets, const DatabaseUrl &url, const QByteArray &password,
           QString *error);

} // namespace DatabasePassword

} // namespace syncdesk
