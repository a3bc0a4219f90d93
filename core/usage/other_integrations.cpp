#include "usage/other_integrations.h"

#include "usage/our_calls_window.h"

namespace syncdesk {

qint64 OtherIntegrations::calls(qint64 orgUsed, qint64 ourCalls)
{
    return std::max<qint64>(0, orgUsed - ourCalls);
}

qint64 OtherIntegrations::atSample(const UsageSample &sample, const QList<ApiCallRecord> &ourCalls)
{
    return calls(sample.used, OurCallsWindow(ourCalls, sample.at).countedTotal());
}

} // namespace syncdesk
