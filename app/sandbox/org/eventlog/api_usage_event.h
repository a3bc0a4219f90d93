#pragma once

#include <QString>

namespace syncdesk::sandbox {

// Who made an API call, as the ApiTotalUsage log names them: the signed-in
// user, the connected app (OAuth client) the token was issued to, the client
// name from `Sforce-Call-Options: client=NAME`, and the address it came from.
struct ApiCaller
{
    QString userId; // 15 or 18 characters; the log writes the 15-character form
    QString userName;
    QString connectedAppId; // 0H4...
    QString connectedAppName;
    QString clientName; // empty when the client sent none, as most tools do
    QString clientIp;
};

// What the call asked for.
struct ApiCallTarget
{
    QString family = QStringLiteral("REST");
    QString version;  // "62.0"
    QString resource; // "/v62.0/query", or a SOAP method such as "upsert"
    QString method;   // "GET"
    QString entity;   // "Contact"; empty where the call names no sObject type
};

} // namespace syncdesk::sandbox
