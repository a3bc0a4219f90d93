#include "salesforce/oauth_token.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {

QString identityPathPart(const QUrl &identityUrl, int fromEnd)
{
    const QStringList parts = identityUrl.path().split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts.at(parts.size() - 3) != u"id"_s)
        return {};
    return parts.at(parts.size() - 1 - fromEnd);
}

OAuthError unreadable(int httpStatus, const QString &why)
{
    return {u"unreadable_response"_s, why, httpStatus};
}

} // namespace

QString OAuthTokens::orgId() const
{
    return identityPathPart(identityUrl, 1);
}

QString OAuthTokens::userId() const
{
    return identityPathPart(identityUrl, 0);
}

QString OAuthError::message() const
{
    if (description.isEmpty())
        return error;
    return error + u": "_s + description;
}

OAuthTokenResult parseOAuthTokenResponse(int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : u"the answer is not a JSON object"_s;
        return unreadable(httpStatus, u"HTTP %1, %2"_s.arg(httpStatus).arg(why));
    }
    const QJsonObject json = document.object();

    if (json.contains(u"error"_s) || httpStatus >= 400) {
        OAuthError error{json.value(u"error"_s).toString(),
                         json.value(u"error_description"_s).toString(), httpStatus};
        if (error.error.isEmpty())
            error.error = u"http_%1"_s.arg(httpStatus);
        return error;
    }

    OAuthTokens tokens;
    tokens.accessToken = json.value(u"access_token"_s).toString().toUtf8();
    tokens.refreshToken = json.value(u"refresh_token"_s).toString().toUtf8();
    tokens.instanceUrl = QUrl(json.value(u"instance_url"_s).toString());
    tokens.identityUrl = QUrl(json.value(u"id"_s).toString());
    tokens.tokenType = json.value(u"token_type"_s).toString(u"Bearer"_s);
    tokens.signature = json.value(u"signature"_s).toString().toUtf8();
    tokens.scope = json.value(u"scope"_s).toString();

    bool issuedAtOk = false;
    const qint64 issuedAtMs = json.value(u"issued_at"_s).toString().toLongLong(&issuedAtOk);
    if (issuedAtOk)
        tokens.issuedAt = QDateTime::fromMSecsSinceEpoch(issuedAtMs, Qt::UTC);

    if (tokens.accessToken.isEmpty())
        return unreadable(httpStatus, u"the answer has no access_token"_s);
    if (!tokens.instanceUrl.isValid() || tokens.instanceUrl.scheme().isEmpty() ||
        tokens.instanceUrl.host().isEmpty())
        return unreadable(httpStatus, u"the answer has no usable instance_url"_s);
    return tokens;
}

OAuthTokens mergeRefreshedTokens(const OAuthTokens &previous, const OAuthTokens &refreshed)
{
    OAuthTokens merged = refreshed;
    if (merged.refreshToken.isEmpty())
        merged.refreshToken = previous.refreshToken;
    return merged;
}

} // namespace syncdesk
