// usage_log_bench: ApiUsageLogParser on a generated ApiTotalUsage file of 100,000 and
// 1,000,000 rows, fed in 64 KiB pieces as a download arrives: rows per second and the
// process's peak resident memory for each. The file is generated piece by piece and never
// held, so the peak is the parser's: it must not grow with the file. Figures, not verdicts.
#include "process_usage.h"
#include "usage/api_usage_log_parser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace syncdesk;

namespace {

const QByteArray kHeader =
    R"("EVENT_TYPE","TIMESTAMP","REQUEST_ID","ORGANIZATION_ID","USER_ID","API_FAMILY","API_VERSION","API_RESOURCE","CLIENT_NAME","HTTP_METHOD","CLIENT_IP","COUNTS_AGAINST_API_LIMIT","CONNECTED_APP_ID","ENTITY_NAME","STATUS_CODE","CONNECTED_APP_NAME","USER_NAME","TIMESTAMP_DERIVED")"
    "\n";

// One row of a day of an org with 8 integrations and 20 users, spread over 24 hours.
void appendRow(QByteArray &out, qint64 i, qint64 rows)
{
    const int hour = int(i * 24 / rows);
    const int second = int(i % 3600);
    const int app = int(i % 8);
    const int user = int(i % 20);
    char line[640];
    const int n = std::snprintf(
        line, sizeof line,
        "\"ApiTotalUsage\",\"20261204%02d%02d%02d.%03d\",\"4exLFFQZ1234%07lld\","
        "\"00D5g000004SDnK\","
        "\"0055g00000%05d\",\"%s\",\"62.0\",\"/services/data/v62.0/query\",\"%s\",\"GET\","
        "\"203.0.113.%d\",\"%s\",\"0H45g0000000%03d\",\"Contact\",\"200\",\"Integration %d, "
        "\"\"prod\"\"\",\"user%d@example.com\",\"2026-12-04T%02d:%02d:%02d.%03dZ\"\n",
        hour, second / 60, second % 60, int(i % 1000), static_cast<long long>(i % 10000000), user,
        i % 3 == 0 ? "SOAP" : "REST", app == 0 ? "SyncDesk" : "", int(i % 250),
        i % 50 == 0 ? "0" : "1", app, app, user, hour, second / 60, second % 60, int(i % 1000));
    out.append(line, n);
}

void run(qint64 rows)
{
    bench::ProcessUsage::resetPeak();
    const bench::ProcessUsage before = bench::ProcessUsage::now();
    QElapsedTimer timer;
    timer.start();
    ApiUsageLogParser parser;
    QByteArray chunk = kHeader;
    qint64 bytes = 0;
    qint64 parseNs = 0;
    for (qint64 i = 0; i < rows; ++i) {
        appendRow(chunk, i, rows);
        if (chunk.size() >= 64 * 1024 || i + 1 == rows) {
            QElapsedTimer parse;
            parse.start();
            parser.feed(chunk);
            parseNs += parse.nsecsElapsed();
            bytes += chunk.size();
            chunk.resize(0);
        }
    }
    QElapsedTimer parse;
    parse.start();
    const UsageLogParseResult result = parser.finish();
    parseNs += parse.nsecsElapsed();
    const bench::ProcessUsage after = bench::ProcessUsage::now();
    std::printf(
        "%8lld rows (%.0f MiB): parsed in %.2f s, %.0f rows/s (%.0f MiB/s); counted %lld "
        "in %lld sums; peak RSS %lld KiB (%lld KiB before)%s\n",
        static_cast<long long>(rows), double(bytes) / 1048576.0, double(parseNs) / 1e9,
        double(rows) / (double(parseNs) / 1e9), double(bytes) / 1048576.0 / (double(parseNs) / 1e9),
        static_cast<long long>(result.countedRows), static_cast<long long>(result.counts.size()),
        static_cast<long long>(after.peakKiB), static_cast<long long>(before.peakKiB),
        result.ok() && result.skippedRows == 0 ? "" : "  (ERRORS)");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    run(quick ? 10'000 : 100'000);
    run(quick ? 100'000 : 1'000'000);
    return 0;
}
