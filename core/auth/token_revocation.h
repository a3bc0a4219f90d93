#pragma once

#include "salesforce/oauth_token.h"

#include <QByteArray>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QObject;

namespace syncdesk {

// POST {instance}/services/oauth2/revoke with token=…: revoking a refresh token
// also ends every access token issued from it. `onDone(std::nullopt)` when the
// org confirmed; the callback is dropped if `context` is destroyed first.
void revokeOAuthToken(QNetworkAccessManager *network, const QUrl &instanceUrl,
                      const QByteArray &token, QObject *context,
                      std::function<void(const std::optional<OAuthError> &)> onDone);

} // namespace syncdesk
