#pragma once

#include "secrets/secret_store.h"

#include <QObject>

namespace QKeychain {
class Job;
}

namespace syncdesk {

// The OS keychain through QtKeychain: the Secret Service (GNOME Keyring,
// KWallet) on Linux, Keychain on macOS, Credential Manager on Windows. The
// insecure plain-text fallback is off: without a keyring, SyncDesk says so
// rather than writing a token to a file.
class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    // A service name other than serviceName(), for tests that must not meet
    // SyncDesk's own entries.
    KeychainSecretStore(QString service, QObject *parent = nullptr);

    void writeSecret(const QString &key, const QByteArray &value, ResultHandler onDone) override;
    void readSecret(const QString &key, ResultHandler onDone) override;
    void deleteSecret(const QString &key, ResultHandler onDone) override;

private:
    void run(QKeychain::Job *job, const QString &key, ResultHandler onDone);

    QString m_service;
};

} // namespace syncdesk
