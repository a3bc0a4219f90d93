#include "sync/outbound_route.h"

#include <QCoreApplication>
#include <QLocale>

namespace syncdesk {

namespace {

constexpr qint64 kRecordsPerCompositeCall = 1'000;
constexpr qint64 kFixedCallsPerJob = 5; // create, upload, close, successful + failed results
constexpr double kFirstPollSeconds = 2.0;
constexpr double kMaxPollSeconds = 60.0;

} // namespace

qint64 expectedBulkPolls(qint64 records, double secondsPer10k)
{
    const double processing = double(records) / 10'000.0 * secondsPer10k;
    qint64 polls = 1; // at once: small jobs are often done by then
    double waited = 0;
    double interval = kFirstPollSeconds;
    while (waited < processing) {
        waited += interval;
        interval = std::min(interval * 2, kMaxPollSeconds);
        ++polls;
    }
    return polls;
}

OutboundRoute chooseOutboundRoute(qint64 records, int jobs, qint64 readCalls, qint64 threshold,
                                  double secondsPer10k)
{
    OutboundRoute route;
    route.compositeCalls =
        (records + kRecordsPerCompositeCall - 1) / kRecordsPerCompositeCall + readCalls;
    route.bulkCalls = readCalls;
    if (jobs > 0) {
        // Jobs of one flush run side by side at the org; each is planned at the average size.
        const qint64 perJob = (records + jobs - 1) / jobs;
        route.bulkCalls += jobs * (kFixedCallsPerJob + expectedBulkPolls(perJob, secondsPer10k));
    }
    // Shown with the run in the Activity tab, after the API's name ("Bulk API 2.0: ...").
    const QLocale locale;
    if (records < threshold) {
        route.why = QCoreApplication::translate("OutboundRoute",
                                                "%Ln record(s), under the Bulk API threshold of %1",
                                                nullptr, int(records))
                        .arg(locale.toString(threshold));
        return route;
    }
    if (route.bulkCalls >= route.compositeCalls) {
        route.why =
            QCoreApplication::translate(
                "OutboundRoute", "%Ln record(s): Bulk API would spend %1 calls, composite %2",
                nullptr, int(records))
                .arg(locale.toString(route.bulkCalls), locale.toString(route.compositeCalls));
        return route;
    }
    route.api = OutboundRoute::Api::Bulk;
    route.why =
        QCoreApplication::translate("OutboundRoute", "%Ln record(s), about %1 calls instead of %2",
                                    nullptr, int(records))
            .arg(locale.toString(route.bulkCalls), locale.toString(route.compositeCalls));
    return route;
}

} // namespace syncdesk
