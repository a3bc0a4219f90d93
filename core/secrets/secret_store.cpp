#include "secrets/secret_store.h"

#include <QCoreApplication>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

SecretResult SecretResult::success(QByteArray value)
{
    return {Status::Ok, std::move(value), {}};
}

SecretResult SecretResult::notFound()
{
    return {Status::NotFound,
            {},
            QCoreApplication::translate("SecretStore", "No such entry in the keyring.")};
}

SecretResult SecretResult::noKeyring()
{
    return {Status::NoKeyring, {}, SecretStore::noKeyringMessage()};
}

SecretResult SecretResult::failure(const QString &message)
{
    return {Status::Error, {}, message};
}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName()
{
    return u"com.syncdesk.SyncDesk"_s;
}

QString SecretStore::refreshTokenKey(const QString &orgId, const QString &userId)
{
    return u"refresh_token/"_s + orgId + u'/' + userId;
}

QString SecretStore::noKeyringMessage()
{
    return QCoreApplication::translate(
        "SecretStore", "No keyring is running: start your desktop's keyring (e.g. GNOME Keyring "
                       "or KWallet) so SyncDesk can keep your sign-in safely.");
}

} // namespace syncdesk
