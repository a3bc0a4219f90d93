#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace syncdesk::sandbox {

// One HTTP request as the org sees it, independent of the socket it came from,
// so the router can be driven directly by unit tests and the fuzzer.
struct ApiRequest
{
    QByteArray method; // "GET", "POST", ... upper case
    QString path;      // decoded path without the query, e.g. /services/data/v62.0/limits
    QUrlQuery query;   // decoded query parameters
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString remoteAddress; // the client's IP address; empty when driven in process

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

} // namespace syncdesk::sandbox
