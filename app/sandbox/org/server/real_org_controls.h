#pragma once

#include "http/api_request.h"
#include "http/api_response.h"

#include <QJsonObject>
#include <optional>

namespace syncdesk::sandbox {

class SandboxOrg;

// The /_sandbox/ controls that make the org behave like a busy real one (see
// SALESFORCE.md, "Change detection on a real org"). Every one answers the
// current settings as JSON; bad input gets 400 and changes nothing.
//   POST /_sandbox/stamps {"wholeSeconds":true}
//   POST /_sandbox/commit-delay {"seconds":N, "writers":"all"|"api"|"users"}
//   POST /_sandbox/lock-rows {"rate":0.1}
//   GET|POST|DELETE /_sandbox/automation {"object":"Contact","field":"Description","value":"…"}
//   GET|POST /_sandbox/random-faults {"rate":0.2, "seed":N}
//   POST /_sandbox/convert-lead {"leadId", "contactId"?, "accountId"?, "userId"?}
//   POST /_sandbox/merge {"masterId", "mergedIds":[one or two], "userId"?}
//   POST /_sandbox/hard-delete {"ids":[…]}
//   POST /_sandbox/empty-recycle-bin {}
//   GET  /_sandbox/meter: calls counted in the window, per hour
class RealOrgControls
{
public:
    explicit RealOrgControls(SandboxOrg &org);

    // The answer for a control this class owns; nullopt for other names.
    std::optional<ApiResponse> handle(const QString &name, const ApiRequest &request,
                                      const QJsonObject &body);
    // The settings, for /_sandbox/state too.
    QJsonObject settings() const;

private:
    ApiResponse stamps(const QJsonObject &body);
    ApiResponse commitDelay(const QJsonObject &body);
    ApiResponse lockRows(const QJsonObject &body);
    ApiResponse automation(const ApiRequest &request, const QJsonObject &body);
    ApiResponse randomFaults(const ApiRequest &request, const QJsonObject &body);
    ApiResponse convertLead(const QJsonObject &body);
    ApiResponse merge(const QJsonObject &body);
    ApiResponse hardDelete(const QJsonObject &body);
    ApiResponse meter() const;
    QString crmUser(const QJsonObject &body) const;

    SandboxOrg &m_org;
};

} // namespace syncdesk::sandbox
