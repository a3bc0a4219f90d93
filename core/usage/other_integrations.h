#pragma once

#include "usage/api_call_record.h"
#include "usage/usage_sample.h"

#include <QList>

namespace syncdesk {

// The calls every other integration (and every user) made: the org's count minus
// SyncDesk's own, over the same rolling 24 hours.
//
// Skew: the org's figure is what Salesforce reported at the sample's time, and Salesforce
// itself says that count is accurate within about five minutes. It can lag our ledger,
// which knows our calls the instant they return. So the difference is an estimate: it is
// clamped at zero (a lagging org figure can be below our own count), and the window of
// our calls ends at the sample's time, not at "now", so both sides describe one moment.
class OtherIntegrations
{
public:
    // max(0, orgUsed − ourCalls).
    static qint64 calls(qint64 orgUsed, qint64 ourCalls);

    // For one org sample: the sample's used minus our counted calls in the 24 hours
    // ending at the sample's time.
    static qint64 atSample(const UsageSample &sample, const QList<ApiCallRecord> &ourCalls);
};

} // namespace syncdesk
