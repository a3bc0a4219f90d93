#include "secrets/database_password.h"

#include "secrets/secret_store.h"
#include "store/postgres_database.h"

#include <QEventLoop>

namespace syncdesk::DatabasePassword {

namespace {

// Runs one keychain request to its answer. The keychain answers through the event loop; a
// local one keeps the caller's code straight, and nothing else is running yet.
template <typename Request> SecretResult await(Request request)
{
    QEventLoop loop;
    SecretResult answer;
    request([&](const SecretResult &result) {
        answer = result;
        loop.quit();
    });
    loop.exec();
    return answer;
}

} // namespace

std::optional<QByteArray> read(SecretStore &secrets, const DatabaseUrl &url, QString *error)
{
    const SecretResult answer = await([&](SecretStore::ResultHandler done) {
        secrets.readSecret(url.passwordKey(), std::move(done));
    });
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
    const SecretResult answer = await([&](SecretStore::ResultHandler done) {
        if (password.isEmpty())
            secrets.deleteSecret(url.passwordKey(), std::move(done));
        else
            secrets.writeSecret(url.passwordKey(), password, std::move(done));
    });
    if (answer.ok() || (password.isEmpty() && answer.status == SecretResult::Status::NotFound))
        return true;
    if (error)
        *error = answer.message;
    return false;
}

} // namespace syncdesk::DatabasePassword
