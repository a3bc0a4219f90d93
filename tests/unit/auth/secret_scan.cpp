#include "secret_scan.h"

#include <QUrl>

namespace syncdesk::test {

namespace {

bool containsToken(const QByteArray &haystack, const QByteArray &token)
{
    if (token.isEmpty())
        return false;
    // Salesforce tokens hold '!' (and may hold '+', '/', '='), which are
    // percent-encoded in forms and URLs and escaped differently in JSON.
    const QByteArray variants[] = {
        token,
        QUrl::toPercentEncoding(QString::fromUtf8(token)),
        token.toBase64(),
        token.toHex(),
        QByteArray(token).replace('/', "\\/"),
    };
    for (const QByteArray &variant : variants) {
        if (haystack.contains(variant))
            return true;
    }
    return false;
}

} // namespace

bool containsSecret(const QByteArray &haystack, const OAuthTokens &tokens)
{
    return containsToken(haystack, tokens.accessToken) ||
           containsToken(haystack, tokens.refreshToken);
}

} // namespace syncdesk::test
