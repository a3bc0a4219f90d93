#include "rest/identity_endpoint.h"

#include "auth/oauth_service.h"
#include "data/record_store.h"
#include "data/salesforce_id.h"
#include "limits/org_clock.h"
#include "rest/data_call.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

IdentityEndpoint::IdentityEndpoint(OrgContext &org)
    : m_org(org)
{}

std::optional<ApiResponse> IdentityEndpoint::handle(const ApiRequest &request,
                                                    const QString &accessToken)
{
    if (!request.path.startsWith(u"/id/"_s))
        return std::nullopt;
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    if (!m_org.oauth.authenticate(accessToken, m_org.clock.now()))
        return ApiResponse::json(403, QJsonObject{{u"error"_s, u"Bad_OAuth_Token"_s}});
    const OAuthIdentity &self = m_org.oauth.identity();
    if (parts.size() != 3 || salesforce_id::toEighteen(parts[1]) != self.orgId ||
        salesforce_id::toEighteen(parts[2]) != self.userId)
        return ApiResponse::json(404, QJsonObject{{u"error"_s, u"Bad_Id"_s}});
    if (request.method != "GET")
        return methodNotAllowedResponse(request.method, u"GET"_s);
    return ApiResponse::json(200, identity(self.orgId, self.userId));
}

QJsonObject IdentityEndpoint::identity(const QString &orgId, const QString &userId) const
{
    const QJsonObject user = [&] {
        const QJsonObject *row = m_org.store.find(userId);
        return row ? *row : QJsonObject();
    }();
    const QString base = m_org.instanceUrl;
    const QString rest = base + u"/services/data/v{version}/"_s;
    const QString firstName = user.value(u"FirstName"_s).toString();
    const QString lastName = user.value(u"LastName"_s).toString();
    return QJsonObject{
        {u"id"_s, QString(base + u"/id/"_s + orgId + u'/' + userId)},
        {u"asserted_user"_s, true},
        {u"user_id"_s, userId},
        {u"organization_id"_s, orgId},
        {u"username"_s, m_org.oauth.identity().username},
        {u"nick_name"_s, m_org.oauth.identity().username.section(u'@', 0, 0)},
        {u"display_name"_s, QString(firstName + u' ' + lastName).trimmed()},
        {u"email"_s, user.value(u"Email"_s)},
        {u"email_verified"_s, true},
        {u"first_name"_s, firstName},
        {u"last_name"_s, lastName},
        {u"timezone"_s, user.value(u"TimeZoneSidKey"_s).toString(u"America/Los_Angeles"_s)},
        {u"photos"_s, QJsonObject{{u"picture"_s, QString(base + u"/profilephoto/005/F"_s)},
                                  {u"thumbnail"_s, QString(base + u"/profilephoto/005/T"_s)}}},
        {u"addr_street"_s, u"1 Market Street"_s},
        {u"addr_city"_s, u"San Francisco"_s},
        {u"addr_state"_s, u"CA"_s},
        {u"addr_country"_s, u"US"_s},
        {u"addr_zip"_s, QJsonValue()},
        {u"mobile_phone"_s, QJsonValue()},
        {u"mobile_phone_verified"_s, false},
        {u"is_lightning_login_user"_s, false},
        {u"status"_s, QJsonObject{{u"created_date"_s, QJsonValue()}, {u"body"_s, QJsonValue()}}},
        {u"urls"_s, QJsonObject{{u"rest"_s, rest},
                                {u"sobjects"_s, QString(rest + u"sobjects/"_s)},
                                {u"query"_s, QString(rest + u"query/"_s)},
                                {u"profile"_s, QString(base + u'/' + userId)},
                                {u"custom_domain"_s, base}}},
        {u"active"_s, true},
        {u"user_type"_s, u"STANDARD"_s},
        {u"language"_s, u"en_US"_s},
        {u"locale"_s, u"en_US"_s},
        {u"utcOffset"_s, 0},
        {u"last_modified_date"_s, user.value(u"LastModifiedDate"_s)},
        {u"is_app_installed"_s, true},
    };
}

} // namespace syncdesk::sandbox
