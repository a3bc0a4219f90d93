#include "usage/api_call_record.h"

#include <QUrl>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {

// The ledger may hold a bare path or a full URL; both name the versions list when
// the path, without a trailing slash, is /services/data.
bool isVersionsList(const QString &endpoint)
{
    QString path = QUrl(endpoint).path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path == u"/services/data"_s;
}

} // namespace

bool refusedForRequestLimit(const ApiCallRecord &call)
{
    return call.httpStatus == 403 &&
           (call.errorCode.isEmpty() || call.errorCode == u"REQUEST_LIMIT_EXCEEDED"_s);
}

bool countsAgainstOrgLimit(const ApiCallRecord &call)
{
    if (call.category == CallCategory::Auth)
        return false;
    if (call.httpStatus <= 0 && call.errorCode == kTimedOutErrorCode)
        return !isVersionsList(call.endpoint);
    if (call.httpStatus <= 0 || call.httpStatus >= 500 || call.httpStatus == 401)
        return false;
    if (refusedForRequestLimit(call))
        return false;
    return !isVersionsList(call.endpoint);
}

} // namespace syncdesk
