#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace syncdesk {

// What became of one keychain request. `NoKeyring` is its own case because the
// admin can fix it (start the desktop's keyring) and must be told how.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,
        NoKeyring,
        Error
    };

    Status status = Status::Error;
    QByteArray value; // the secret, for a successful read only
    QString message;  // for the admin; never contains the secret

    bool ok() const { return status == Status::Ok; }

    static SecretResult success(QByteArray value = {});
    static SecretResult notFound();
    static SecretResult noKeyring();
    static SecretResult failure(const QString &message);
};

// Where SyncDesk keeps tokens and passwords: the OS keychain, and nowhere else.
// Every call is asynchronous (a keyring may ask the user to unlock it) and
// answers through its callback exactly once, on the caller's thread, unless the
// store is destroyed first.
//
// Keys name what the secret belongs to, e.g. refreshTokenKey(orgId, userId).
class SecretStore
{
public:
    using ResultHandler = std::function<void(const SecretResult &)>;

    virtual ~SecretStore();

    virtual void writeSecret(const QString &key, const QByteArray &value, ResultHandler onDone) = 0;
    virtual void readSecret(const QString &key, ResultHandler onDone) = 0;
    virtual void deleteSecret(const QString &key, ResultHandler onDone) = 0;

    // The service every SyncDesk secret is filed under in the keychain.
    static QString serviceName();
    // "refresh_token/<orgId>/<userId>": one connection's refresh token.
    static QString refreshTokenKey(const QString &orgId, const QString &userId);
    static QString noKeyringMessage();
};

} // namespace syncdesk
