#pragma once

#include <QString>
#include <QUrl>

namespace syncdesk {

// Who SyncDesk is to an org's OAuth endpoints, and where they live.
struct OAuthClientConfig
{
    QUrl loginUrl; // https://login.salesforce.com, a My Domain, or a sandbox org's base URL
    QString clientId;
    QUrl redirectUri;

    static QString desktopClientId() { return QStringLiteral("SyncDeskDesktop"); }
    static QUrl loopbackRedirectUri()
    {
        return QUrl(QStringLiteral("http://localhost:1717/OauthRedirect"));
    }

    QUrl authorizeUrl() const
    {
        return loginUrl.resolved(QUrl(QStringLiteral("/services/oauth2/authorize")));
    }
    QUrl tokenUrl() const
    {
        return loginUrl.resolved(QUrl(QStringLiteral("/services/oauth2/token")));
    }
};

} // namespace syncdesk
