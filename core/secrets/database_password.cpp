#include "secrets/database_password.h"

#include "secrets/secret_store.h"
#include "secrets/secret_wait.h"
#include "store/postgres_database.h"

namespace syncdesk::DatabasePassword {

std::optional<QByteArray> read(SecretStore &secrets, const DatabaseUrl &url, QString *error)
{
    const SecretResult answer = SecretWait::read(secrets, url.passwordKey());
    if (answer.ok() || answer.status == SecretResult::Status::NotFound ||
        answer.status == SecretResult::Status::NoKeyring)
        return answer.value;
    if (error)
        *error = answer.message;
    return std::nullopt;
}

bool load(SecretStore &secrets, const DatabaseUrl &url, QString *error)
{
    const std::optional<QByteArray> password = read(secrets, url, error);
    if (!password)
        return false;
    PostgresDatabase::rememberPassword(url, *password);
    return true;
}

bool store(SecretStore &secrets, const DatabaseUrl &url, const QByteArray &password, QString *error)
{
    const SecretResult answer = password.isEmpty()
                                    ? SecretWait::remove(secrets, url.passwordKey())
                                    : SecretWait::write(secrets, url.passwordKey(), password);
    if (answer.ok() || (password.isEmpty() && answer.status == SecretResult::Status::NotFound))
        return true;
    if (error)
        *error = answer.message;
    return false;
}

} // namespace syncdesk::DatabasePassword
