#pragma once

#include "salesforce/oauth_token.h"

#include <QByteArray>

namespace syncdesk::test {

// True when `haystack` (captured logs, a database file's bytes, test output)
// holds the access or the refresh token of `tokens`, raw or in any of the
// encodings they would take in a URL, a form body or JSON.
bool containsSecret(const QByteArray &haystack, const OAuthTokens &tokens);

} // namespace syncdesk::test
