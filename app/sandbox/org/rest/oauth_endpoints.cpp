#include "rest/oauth_endpoints.h"

#include "auth/oauth_service.h"
#include "limits/org_clock.h"

#include <QUrl>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Form bodies encode spaces as '+', which QUrlQuery leaves alone.
QUrlQuery formBody(const QByteArray &body)
{
    QByteArray spaced = body;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(spaced));
}

ApiResponse oauthError(int status, const OAuthError &error)
{
    return ApiResponse::json(status, error.toJson());
}

ApiResponse grantResponse(const OAuthService::Grant &grant)
{
    if (const auto *error = std::get_if<OAuthError>(&grant))
        return oauthError(400, *error);
    return ApiResponse::json(200, std::get<QJsonObject>(grant));
}

} // namespace

OAuthEndpoints::OAuthEndpoints(OrgContext &org)
    : m_org(org)
{}

std::optional<ApiResponse> OAuthEndpoints::handle(const ApiRequest &request)
{
    if (!request.path.startsWith(u"/services/oauth2/"_s))
        return std::nullopt;
    const QString endpoint = request.path.mid(QStringView(u"/services/oauth2/").size());
    if (endpoint == u"authorize"_s)
        return authorize(request);
    if (endpoint == u"token"_s)
        return token(request);
    if (endpoint == u"revoke"_s)
        return revoke(request);
    return ApiResponse::json(404, OAuthError{u"not_found"_s, u"unknown OAuth endpoint"_s}.toJson());
}

ApiResponse OAuthEndpoints::authorize(const ApiRequest &request)
{
    const QUrlQuery &query = request.query;
    const auto param = [&](const QString &name) {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    };
    const QString redirectUri = param(u"redirect_uri"_s);
    const QString state = param(u"state"_s);
    if (param(u"response_type"_s) != u"code"_s) {
        return oauthError(
            400, OAuthError{u"unsupported_response_type"_s, u"response type not supported"_s});
    }
    const auto approved = m_org.oauth.authorize(
        param(u"client_id"_s), redirectUri, param(u"code_challenge"_s),
        param(u"code_challenge_method"_s), param(u"scope"_s), m_org.clock.now());
    if (const auto *error = std::get_if<OAuthError>(&approved)) {
        // A redirect URI that is not allowed never receives anything, not even
        // the error: Salesforce shows its own error page instead.
        if (error->error == u"redirect_uri_mismatch"_s || error->error == u"invalid_client_id"_s)
            return oauthError(400, *error);
        QUrl target(redirectUri);
        QUrlQuery back{{u"error"_s, error->error}, {u"error_description"_s, error->description}};
        if (!state.isEmpty())
            back.addQueryItem(u"state"_s, state);
        target.setQuery(back);
        ApiResponse response = ApiResponse::empty(302);
        response.setHeader("Location", target.toEncoded());
        return response;
    }
    QUrl target(redirectUri);
    QUrlQuery back(target);
    back.addQueryItem(u"code"_s, std::get<QString>(approved));
    if (!state.isEmpty())
        back.addQueryItem(u"state"_s, state);
    target.setQuery(back);
    ApiResponse response = ApiResponse::empty(302);
    response.setHeader("Location", target.toEncoded());
    return response;
}

ApiResponse OAuthEndpoints::token(const ApiRequest &request)
{
    if (request.method != "POST")
        return oauthError(400, OAuthError{u"invalid_request"_s, u"must use HTTP POST"_s});
    const QUrlQuery form = formBody(request.body);
    const auto param = [&](const QString &name) {
        return form.queryItemValue(name, QUrl::FullyDecoded);
    };
    const QString grantType = param(u"grant_type"_s);
    const QDateTime now = m_org.clock.now();
    if (grantType == u"authorization_code"_s) {
        return grantResponse(m_org.oauth.exchangeCode(
            param(u"code"_s), param(u"client_id"_s), param(u"redirect_uri"_s),
            param(u"code_verifier"_s), m_org.instanceUrl, now));
    }
    if (grantType == u"refresh_token"_s) {
        return grantResponse(m_org.oauth.refresh(param(u"refresh_token"_s), param(u"client_id"_s),
                                                 m_org.instanceUrl, now));
    }
    if (grantType == u"password"_s) {
        return grantResponse(m_org.oauth.password(param(u"username"_s), param(u"password"_s),
                                                  param(u"client_id"_s), m_org.instanceUrl, now));
    }
    return oauthError(400, OAuthError{u"unsupported_grant_type"_s, u"grant type not supported"_s});
}

ApiResponse OAuthEndpoints::revoke(const ApiRequest &request)
{
    QString token = formBody(request.body).queryItemValue(u"token"_s, QUrl::FullyDecoded);
    if (token.isEmpty())
        token = request.query.queryItemValue(u"token"_s, QUrl::FullyDecoded);
    if (!m_org.oauth.revoke(token))
        return oauthError(
            400, OAuthError{u"unsupported_token_type"_s, u"this token type is not supported"_s});
    return ApiResponse::empty(200);
}

} // namespace syncdesk::sandbox
