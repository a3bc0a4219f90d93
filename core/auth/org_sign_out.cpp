#include "auth/org_sign_out.h"

#include "auth/token_revocation.h"
#include "secrets/secret_store.h"

#include <QPointer>

namespace syncdesk {

OrgSignOut::OrgSignOut(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
{}

void OrgSignOut::signOut(const OAuthTokens &tokens,
                         std::function<void(const SignOutResult &)> onDone)
{
    // Without a refresh token (a password-flow session) the access token is all
    // there is to revoke.
    const QByteArray token =
        tokens.refreshToken.isEmpty() ? tokens.accessToken : tokens.refreshToken;
    const QString key = SecretStore::refreshTokenKey(tokens.orgId(), tokens.userId());
    QPointer<OrgSignOut> self(this);
    revokeOAuthToken(
        m_network, tokens.instanceUrl, token, this,
        [self, key, onDone = std::move(onDone)](const std::optional<OAuthError> &revokeError) {
            SignOutResult result;
            result.revoked = !revokeError;
            if (revokeError)
                result.message =
                    tr("The org did not confirm the sign-out: %1").arg(revokeError->message());
            self->m_secrets->deleteSecret(key, [result, onDone](const SecretResult &deleted) {
                SignOutResult done = result;
                // Nothing to delete is as good as deleted.
                done.forgotten = deleted.ok() || deleted.status == SecretResult::Status::NotFound;
                if (!done.forgotten)
                    done.message = done.message.isEmpty()
                                       ? deleted.message
                                       : QString(done.message + u'\n' + deleted.message);
                onDone(done);
            });
        });
}

} // namespace syncdesk
