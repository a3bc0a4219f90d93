#include "secrets/keychain_secret_store.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {

// QtKeychain reports a missing Secret Service in several ways depending on the
// backend it picked: as NoBackendAvailable, or as a D-Bus failure to reach the
// session bus or the org.freedesktop.secrets name. All mean "no keyring running".
bool meansNoKeyring(QKeychain::Error error, const QString &errorString)
{
    if (error == QKeychain::NoBackendAvailable)
        return true;
    // libsecret (GDBus) says "Could not connect: …" when there is no session
    // bus, and names the missing service when the bus has no keyring on it.
    static const QStringList signsOfNoService = {
        u"Could not connect"_s,
        u"Cannot autolaunch D-Bus"_s,
        u"org.freedesktop.DBus.Error.NoServer"_s,
        u"org.freedesktop.DBus.Error.ServiceUnknown"_s,
        u"was not provided by any .service files"_s,
    };
    for (const QString &sign : signsOfNoService) {
        if (errorString.contains(sign, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(serviceName(), parent)
{}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

void KeychainSecretStore::writeSecret(const QString &key, const QByteArray &value,
                                      ResultHandler onDone)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setBinaryData(value);
    run(job, key, std::move(onDone));
}

void KeychainSecretStore::readSecret(const QString &key, ResultHandler onDone)
{
    run(new QKeychain::ReadPasswordJob(m_service, this), key, std::move(onDone));
}

void KeychainSecretStore::deleteSecret(const QString &key, ResultHandler onDone)
{
    run(new QKeychain::DeletePasswordJob(m_service, this), key, std::move(onDone));
}

void KeychainSecretStore::run(QKeychain::Job *job, const QString &key, ResultHandler onDone)
{
    job->setKey(key);
    job->setAutoDelete(true);
    // Never a plain-text file in place of the keyring.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [onDone = std::move(onDone)](QKeychain::Job *finished) {
                const QKeychain::Error error = finished->error();
                if (error == QKeychain::NoError) {
                    auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
                    onDone(SecretResult::success(read ? read->binaryData() : QByteArray()));
                    return;
                }
                if (error == QKeychain::EntryNotFound) {
                    onDone(SecretResult::notFound());
                    return;
                }
                if (meansNoKeyring(error, finished->errorString())) {
                    onDone(SecretResult::noKeyring());
                    return;
                }
                onDone(SecretResult::failure(
                    QCoreApplication::translate("SecretStore", "The keyring refused: %1")
                        .arg(finished->errorString())));
            });
    job->start();
}

} // namespace syncdesk
