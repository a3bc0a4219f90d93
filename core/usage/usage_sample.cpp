#include "usage/usage_sample.h"

#include "usage/api_call_record.h"

namespace syncdesk {

QList<UsageSample> headerSamplesFrom(const QList<ApiCallRecord> &calls)
{
    QList<UsageSample> samples;
    for (const ApiCallRecord &call : calls) {
        if (call.orgUsage && call.at.isValid())
            samples.append(
                UsageSample{call.at, call.orgUsage->used, call.orgUsage->max, UsageSample::Header});
    }
    return samples;
}

} // namespace syncdesk
