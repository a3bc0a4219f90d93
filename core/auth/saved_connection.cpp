#include "auth/saved_connection.h"

#include "salesforce/org_session.h"
#include "sync/workspace_org.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

bool saveSignedInConnection(QSqlDatabase db, const OAuthTokens &tokens, const LoginHost &loginHost,
                            const QString &clientId, QString *error, bool switchOrg)
{
    WorkspaceOrg workspace(db);
    if (!tokens.orgId().isEmpty() &&
        workspace.match(tokens.orgId()) == WorkspaceOrg::Match::Other) {
        if (!switchOrg) {
            if (error)
                *error = WorkspaceOrg::mismatchMessage(workspace.boundOrgId(), tokens.orgId());
            return false;
        }
        if (!workspace.switchTo(tokens.orgId())) {
            if (error)
                *error = workspace.lastError();
            return false;
        }
    }
    if (!tokens.orgId().isEmpty() && !workspace.bindIfUnbound(tokens.orgId())) {
        if (error)
            *error = workspace.lastError();
        return false;
    }
    ConnectionStore store(db);
    OrgConnection connection;
    for (const OrgConnection &known : store.all()) {
        if (known.orgId == tokens.orgId() && known.username == tokens.userId())
            connection = known;
    }
    connection.label = tokens.instanceUrl.host();
    connection.instanceUrl = tokens.instanceUrl;
    connection.loginHost = loginHost.url().toString();
    connection.orgId = tokens.orgId();
    connection.username = tokens.userId();
    connection.apiVersion = OrgSession::kApiVersion.toString();
    connection.clientId = clientId;
    const std::optional<qint64> id = store.save(connection);
    if (!id || !store.setActive(*id)) {
        if (error)
            *error = store.lastError();
        return false;
    }
    return true;
}

OAuthClientConfig clientConfigFor(const OrgConnection &connection)
{
    return OAuthClientConfig{QUrl(connection.loginHost), connection.clientId,
                             OAuthClientConfig::loopbackRedirectUri()};
}

void readSavedTokens(SecretStore &secrets, const OrgConnection &connection,
                     std::function<void(const SecretResult &, const OAuthTokens &)> onDone)
{
    OAuthTokens tokens;
    tokens.instanceUrl = connection.instanceUrl;
    tokens.identityUrl = connection.instanceUrl.resolved(
        QUrl(u"/id/"_s + connection.orgId + u'/' + connection.username));
    secrets.readSecret(SecretStore::refreshTokenKey(connection.orgId, connection.username),
                       [tokens, onDone = std::move(onDone)](const SecretResult &result) mutable {
                           if (result.ok())
                               tokens.refreshToken = result.value;
                           onDone(result, tokens);
                       });
}

} // namespace syncdesk
