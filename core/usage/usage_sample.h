#pragma once

#include "usage/api_usage.h"

#include <QDateTime>
#include <QList>

namespace syncdesk {

struct ApiCallRecord;

// The org's rolling 24-hour API request count at one moment.
struct UsageSample
{
    enum Source
    {
        Header,         // Sforce-Limit-Info on any response: free
        LimitsResource, // GET /limits: costs a call
    };

    QDateTime at;
    qint64 used = 0;
    qint64 max = 0;
    Source source = Header;

    ApiUsage usage() const { return ApiUsage{used, max}; }
};

// The header samples carried by ledger records (those with orgUsage), in record order.
QList<UsageSample> headerSamplesFrom(const QList<ApiCallRecord> &calls);

} // namespace syncdesk
