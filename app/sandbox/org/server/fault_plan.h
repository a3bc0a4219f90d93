#pragma once

#include "http/api_request.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace syncdesk::sandbox {

// A fault a test asks the org to inject into its next matching requests.
struct Fault
{
    enum class Kind
    {
        ServerError,   // answer `status` (500, 502, 503) before doing anything
        Delay,         // answer normally after `delayMs`
        Drop,          // close the connection without answering
        MalformedJson, // do the work, then send a truncated body
        ExpireSession, // end every session first, so the call gets 401
        // Keep the request unanswered and undone until the client goes away: where a test
        // kills the client at a known step (the request log and the plan say it arrived).
        Hold,
    };
    Kind kind = Kind::ServerError;
    int status = 503;
    int delayMs = 0;
    int remaining = 1;    // how many requests it hits; -1 = until cleared
    QString pathContains; // only requests whose path contains this; empty = all
    QByteArray method;    // only requests with this method ("PATCH"); empty = all

    static std::optional<Fault> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
};

// The faults waiting to be injected. Every Salesforce path can be hit, the
// OAuth token endpoint ("oauth2/token") and the versions list included; never
// the /_sandbox/ controls. Metering, as Salesforce would: ServerError and Drop
// happen before any work and are not counted, and so does Hold; MalformedJson truncates an
// answer to work done, so a counted call still counts; ExpireSession answers
// 401, which is not counted.
class FaultPlan
{
public:
    void add(const Fault &fault) { m_faults.append(fault); }
    // The first fault that matches, consuming one of its uses.
    std::optional<Fault> take(const ApiRequest &request);
    void clear() { m_faults.clear(); }
    QJsonArray toJson() const;

private:
    QList<Fault> m_faults;
};

} // namespace syncdesk::sandbox
