#pragma once

#include "secrets/secret_store.h"

#include <QHash>
#include <QObject>

namespace syncdesk {

// A keychain that lives as long as the object: for tests of the code that uses
// a SecretStore, and for the local sandbox org, whose tokens are worthless
// outside this run. Answers asynchronously, like the real keychain.
class InMemorySecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit InMemorySecretStore(QObject *parent = nullptr);

    void writeSecret(const QString &key, const QByteArray &value, ResultHandler onDone) override;
    void readSecret(const QString &key, ResultHandler onDone) override;
    void deleteSecret(const QString &key, ResultHandler onDone) override;

    // Synchronous peeks for tests.
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QByteArray value(const QString &key) const { return m_secrets.value(key); }

private:
    void answerLater(ResultHandler onDone, SecretResult result);

    QHash<QString, QByteArray> m_secrets;
};

} // namespace syncdesk
