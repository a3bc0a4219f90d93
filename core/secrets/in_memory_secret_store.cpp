#include "secrets/in_memory_secret_store.h"

#include <QMetaObject>

namespace syncdesk {

InMemorySecretStore::InMemorySecretStore(QObject *parent)
    : QObject(parent)
{}

void InMemorySecretStore::writeSecret(const QString &key, const QByteArray &value,
                                      ResultHandler onDone)
{
    m_secrets.insert(key, value);
    answerLater(std::move(onDone), SecretResult::success());
}

void InMemorySecretStore::readSecret(const QString &key, ResultHandler onDone)
{
    const auto found = m_secrets.constFind(key);
    answerLater(std::move(onDone), found == m_secrets.constEnd() ? SecretResult::notFound()
                                                                 : SecretResult::success(*found));
}

void InMemorySecretStore::deleteSecret(const QString &key, ResultHandler onDone)
{
    answerLater(std::move(onDone),
                m_secrets.remove(key) ? SecretResult::success() : SecretResult::notFound());
}

void InMemorySecretStore::answerLater(ResultHandler onDone, SecretResult result)
{
    // Callers must not come to rely on an answer arriving before the call returns:
    // the real keychain never gives one.
    QMetaObject::invokeMethod(
        this, [onDone = std::move(onDone), result = std::move(result)] { onDone(result); },
        Qt::QueuedConnection);
}

} // namespace syncdesk
