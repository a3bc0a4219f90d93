// inbound_bulk_bench: the first import of a big org through a Bulk API 2.0 query job
// (issue 14): 500,000 Contacts beside the default org's Leads, Accounts and Opportunities,
// read by InboundPoll with the default threshold and page size. Prints the calls by the
// sandbox's own meter (target: at most 20, composite alone would spend 250 and more), the
// wall and CPU time of SyncDesk and of the sandbox, and both processes' peak memory.
// Figures, not verdicts: see README.md.
#include "bench_org.h"
#include "bench_workspace.h"
#include "event_wait.h"
#include "process_usage.h"
#include "sync/bulk_progress.h"
#include "sync/inbound_poll.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace syncdesk;
using namespace syncdesk::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// VmHWM of another process, in KiB.
qint64 peakKiBOf(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QString mib(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 0) + u" MiB"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"First import of a big org through a Bulk API 2.0 query job (issue 14)."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"sandbox"_s, u"The syncdesk-sandbox binary."_s, u"PATH"_s,
         QStringLiteral(SYNCDESK_SANDBOX_BIN)},
        {u"contacts"_s, u"Contacts in the org (default 500000)."_s, u"N"_s, u"500000"_s},
    });
    parser.process(app);
    bool ok = false;
    const qint64 contacts = parser.value(u"contacts"_s).toLongLong(&ok);
    if (!ok || contacts < 0)
        failBench(u"--contacts must be a number"_s);

    BenchOrg org;
    const double seeding =
        org.start(parser.value(u"sandbox"_s), {u"--contacts"_s, QString::number(contacts)});
    print(u"syncdesk-sandbox at %1: %2 Contacts and the default Leads, Accounts and "
          "Opportunities, seeded in %3 s"_s.arg(org.baseUrl().toString())
              .arg(contacts)
              .arg(seeding, 0, 'f', 1));

    QTemporaryDir dir;
    BenchWorkspace workspace(dir.filePath(u"bulk_import.sqlite"_s));
    InboundPoll poll(workspace.db(), org.client());
    qint64 lastShown = 0;
    poll.bulkRead()->setProgressReporter([&](const BulkProgress &progress) {
        if (progress.running && progress.processed - lastShown < 100'000)
            return;
        lastShown = progress.processed;
        print(u"  "_s + bulkProgressText(progress));
    });

    ProcessUsage::resetPeak();
    const qint64 usedBefore = org.callsUsed();
    const double cpuBefore = ProcessUsage::now().cpuSeconds;
    const double orgCpuBefore = org.cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    const InboundReport report = awaitResult<InboundReport>(
        [&](std::function<void(InboundReport)> done) { poll.poll(done); }, 3'600'000);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const ProcessUsage usage = ProcessUsage::now();
    const double orgCpu = org.cpuSeconds() - orgCpuBefore;
    const qint64 meter = org.callsUsed() - usedBefore;
    if (report.callError)
        failBench(u"the import stopped: "_s + report.callError->summary());
    if (!report.storeError.isEmpty())
        failBench(u"the import was not stored: "_s + report.storeError);

    print(u""_s);
    for (auto it = report.bulkReads.cbegin(); it != report.bulkReads.cend(); ++it)
        print(u"%1 through Bulk API 2.0: %2"_s.arg(it.key(), it.value()));
    print(u"records created          %1"_s.arg(report.created));
    print(u"calls (sandbox meter)    %1   (SyncDesk's count %2; target <= 20; composite alone: "
          "%3+)"_s.arg(meter)
              .arg(report.calls)
              .arg((contacts + 1999) / 2000));
    print(u"wall time                %1 s"_s.arg(seconds, 0, 'f', 1));
    print(u"SyncDesk CPU             %1 s"_s.arg(usage.cpuSeconds - cpuBefore, 0, 'f', 1));
    print(u"sandbox CPU              %1 s"_s.arg(orgCpu, 0, 'f', 1));
    print(u"SyncDesk peak memory     %1"_s.arg(mib(usage.peakKiB)));
    print(u"sandbox peak memory      %1"_s.arg(mib(peakKiBOf(org.processId()))));
    return 0;
}
