#include "secrets/secret_wait.h"

#include <QEventLoop>

namespace syncdesk::SecretWait {

namespace {

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

SecretResult read(SecretStore &secrets, const QString &key)
{
    return await(
        [&](SecretStore::ResultHandler done) { secrets.readSecret(key, std::move(done)); });
}

SecretResult write(SecretStore &secrets, const QString &key, const QByteArray &value)
{
    return await(
        [&](SecretStore::ResultHandler done) { secrets.writeSecret(key, value, std::move(done)); });
}

SecretResult remove(SecretStore &secrets, const QString &key)
{
    return await(
        [&](SecretStore::ResultHandler done) { secrets.deleteSecret(key, std::move(done)); });
}

} // namespace syncdesk::SecretWait
