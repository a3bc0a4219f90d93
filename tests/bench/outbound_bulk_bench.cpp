// outbound_bulk_bench: a big outbound backlog synced once (issue 14). 200,000 field changes
// over 100,000 linked Contacts (Title and Phone of each), then separately 100,000 new
// people (five fields each), each flushed by OutboundFlush with the default settings (read before
// write on, Bulk threshold 2,000). Prints the calls by the sandbox's meter and by SyncDesk's ledger
// (target for the changes: at most 12; composite would spend 100 plus the reads), the wall
// and CPU time, and the peak memory. Figures, not verdicts: see README.md.
#include "bench_org.h"
#include "bench_workspace.h"
#include "event_wait.h"
#include "process_usage.h"
#include "salesforce/api_call_ledger.h"
#include "salesforce/describe_cache.h"
#include "store/local_change_writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
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

qint64 ledgerCalls(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COUNT(*) FROM api_calls WHERE category <> 'auth'"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// One flush of what waits, measured.
void measure(const QString &name, BenchWorkspace &workspace, BenchOrg &org, qint64 changes)
{
    ProcessUsage::resetPeak();
    const qint64 usedBefore = org.callsUsed();
    const qint64 ledgerBefore = ledgerCalls(workspace.db());
    const double cpuBefore = ProcessUsage::now().cpuSeconds;
    const double orgCpuBefore = org.cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    const OutboxFlushTotals totals = workspace.flushOutbox(org.client());
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const ProcessUsage usage = ProcessUsage::now();
    print(u""_s);
    print(u"%1: %2 field changes, %3 records sent in %4 flush(es)"_s.arg(name)
              .arg(changes)
              .arg(totals.recordsSent)
              .arg(totals.flushes));
    print(u"  calls (sandbox meter)  %1   (ledger %2, flush reports %3; composite alone: %4 "
          "+ reads)"_s.arg(org.callsUsed() - usedBefore)
              .arg(ledgerCalls(workspace.db()) - ledgerBefore)
              .arg(totals.calls)
              .arg((totals.recordsSent + 999) / 1000));
    print(u"  wall time              %1 s"_s.arg(seconds, 0, 'f', 1));
    print(u"  SyncDesk CPU           %1 s"_s.arg(usage.cpuSeconds - cpuBefore, 0, 'f', 1));
    print(u"  sandbox CPU            %1 s"_s.arg(org.cpuSeconds() - orgCpuBefore, 0, 'f', 1));
    print(u"  SyncDesk peak memory   %1 MiB"_s.arg(double(usage.peakKiB) / 1024.0, 0, 'f', 0));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A big outbound backlog synced once (issue 14)."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"sandbox"_s, u"The syncdesk-sandbox binary."_s, u"PATH"_s,
         QStringLiteral(SYNCDESK_SANDBOX_BIN)},
        {u"records"_s, u"Linked Contacts changed, and new people (default 100000)."_s, u"N"_s,
         u"100000"_s},
    });
    parser.process(app);
    bool ok = false;
    const int records = parser.value(u"records"_s).toInt(&ok);
    if (!ok || records <= 0)
        failBench(u"--records must be a positive number"_s);

    BenchOrg org;
    org.start(parser.value(u"sandbox"_s),
              {u"--contacts"_s, QString::number(records), u"--daily-limit"_s, u"5000000"_s});
    QTemporaryDir dir;
    BenchWorkspace workspace(dir.filePath(u"outbound_bulk.sqlite"_s));
    ApiCallLedger ledger(workspace.db());
    ledger.attach(org.client());
    // The org's Contacts, linked by a first import (not measured).
    workspace.poll(org.client());
    const QList<qint64> linked = workspace.linkedPeople(records);
    // The engine keeps the describes of the objects it syncs (a Bulk read types its rows by
    // them); not measured either.
    DescribeCache describes(org.client(), workspace.db());
    awaitResult<bool>([&](std::function<void(bool)> done) {
        describes.describe(u"Contact"_s, [done](const auto &) { done(true); });
    });

    // Two fields of each linked person, as reps' edits: one transaction per person.
    LocalChangeWriter writer(workspace.db());
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (const qint64 id : linked) {
        if (!writer.apply(id,
                          {{u"Title"_s, u"Bench title %1"_s.arg(id)},
                           {u"Phone"_s, u"+1 555 %1"_s.arg(id, 7, 10, QLatin1Char('0'))}},
                          at))
            failBench(u"a local change was not written: "_s + writer.lastError());
    }
    measure(u"Changes to linked records"_s, workspace, org, 2LL * records);

    // New people with five fields each (FirstName, LastName, Email, Phone, Title).
    workspace.editPeople(workspace.addPeople(records), 1);
    measure(u"New people"_s, workspace, org, qint64(workspace.waitingOutboxEntries()));
    return 0;
}
