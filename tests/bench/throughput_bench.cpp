// Side-by-side throughput: SyncDesk's engine pieces and jsforce doing the same work on one
// syncdesk-sandbox process, plus what SyncDesk's own work costs on a large outbox, a large
// CSV import and the GUI thread while the engine syncs. Prints figures, asserts none.

#include "bench_org.h"
#include "bench_workspace.h"
#include "event_wait.h"
#include "gui_stall_probe.h"
#include "jsforce_runner.h"
#include "process_usage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;
using namespace syncdesk::bench;

namespace {

const QStringList kScenarios{u"creates"_s, u"updates"_s, u"tasks"_s, u"import"_s,
                             u"outbox"_s,  u"csv"_s,     u"gui"_s};
constexpr int kFieldsPerPerson = 5; // FirstName, LastName, Email, Phone, Title

void print(const QString &line = {})
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString rate(qint64 records, double seconds)
{
    return seconds > 0 ? fixed(double(records) / seconds, 0) : u"-"_s;
}

struct Sizes
{
    int records = 2'000; // creates and updates
    int tasks = 1'000;
    int importRows = 100'000;
    int outboxEntries = 200'000;
    int csvRows = 200'000;
    int guiChanges = 200'000;
};

// A row of the side-by-side table: the same work on both sides.
struct Comparison
{
    QString scenario;
    SideFigures syncdesk;
    SideFigures jsforce;
    QString note; // what SyncDesk did before the timed part, untimed
    // The creates only: jsforce sending new records the way SyncDesk does, by external id.
    std::optional<SideFigures> jsforceUpsert;
};

void printComparisons(const QList<Comparison> &rows)
{
    const auto line = [](const QStringList &cells) {
        static const QList<int> widths{-26, -10, 8, 7, 9, 10, 10};
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += (i ? u"  "_s : QString()) + u"%1"_s.arg(cells.at(i), widths.at(i));
        while (text.endsWith(u' '))
            text.chop(1);
        print(text);
    };
    line({u"scenario"_s, u"way"_s, u"records"_s, u"calls"_s, u"seconds"_s, u"records/s"_s,
          u"SD/jsforce"_s});
    for (const Comparison &row : rows) {
        const double ours =
            row.syncdesk.seconds > 0 ? row.syncdesk.records / row.syncdesk.seconds : 0;
        const double theirs =
            row.jsforce.seconds > 0 ? row.jsforce.records / row.jsforce.seconds : 0;
        line({row.scenario, u"SyncDesk"_s, QString::number(row.syncdesk.records),
              QString::number(row.syncdesk.calls), fixed(row.syncdesk.seconds, 3),
              rate(row.syncdesk.records, row.syncdesk.seconds),
              theirs > 0 ? fixed(ours / theirs, 2) + u"×"_s : u"-"_s});
        line({QString(), u"jsforce"_s, QString::number(row.jsforce.records),
              QString::number(row.jsforce.calls), fixed(row.jsforce.seconds, 3),
              rate(row.jsforce.records, row.jsforce.seconds), QString()});
        if (const std::optional<SideFigures> upsert = row.jsforceUpsert) {
            const double upserts = upsert->seconds > 0 ? upsert->records / upsert->seconds : 0;
            line({QString(), u"jsf upsert"_s, QString::number(upsert->records),
                  QString::number(upsert->calls), fixed(upsert->seconds, 3),
                  rate(upsert->records, upsert->seconds),
                  upserts > 0 ? fixed(ours / upserts, 2) + u"×"_s : u"-"_s});
        }
    }
    for (const Comparison &row : rows) {
        if (!row.note.isEmpty())
            print(u"  %1: %2"_s.arg(row.scenario, row.note));
    }
    // Where SyncDesk's seconds went: its own CPU, and the sandbox's (which a client can only
    // wait for) while SyncDesk's calls ran.
    for (const Comparison &row : rows) {
        print(u"  %1, SyncDesk's %2 s: %3 s CPU of its own (whole process), the sandbox %4 s "
              "CPU on its calls"_s.arg(row.scenario, fixed(row.syncdesk.seconds, 3),
                                       fixed(row.syncdesk.localCpuSeconds, 3),
                                       fixed(row.syncdesk.orgCpuSeconds, 3)));
    }
}

class ThroughputBench
{
public:
    ThroughputBench(const QStringList &only, const Sizes &sizes, QString sandbox, QString node,
                    int latencyMs)
        : m_only(only)
        , m_sizes(sizes)
        , m_sandbox(std::move(sandbox))
        , m_latencyMs(latencyMs)
        , m_node(std::move(node))
    {}

    void run();

private:
    bool wants(const QString &scenario) const { return m_only.contains(scenario); }
    QString workspacePath(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }
    // Runs `work` and meters it: seconds and the sandbox's count of calls.
    SideFigures measure(qint64 records, const std::function<void()> &work);
    // Also said on stderr as it happens: the full form runs for minutes.
    void phase(const QString &name, double seconds)
    {
        m_phases.append({name, seconds});
        std::fputs(qPrintable(u"[%1 s] %2\n"_s.arg(fixed(seconds, 1), name)), stderr);
    }

    void runImport();
    void runWrites();
    void runGuiProbe();
    void runOutbox();
    void runCsvImport();

    QStringList m_only;
    Sizes m_sizes;
    QString m_sandbox;
    int m_latencyMs = 0;
    QString m_node;
    QTemporaryDir m_dir;
    BenchOrg m_org;
    QList<Comparison> m_table;
    QStringList m_lines; // the figures below the table
    QList<std::pair<QString, double>> m_phases;
    std::unique_ptr<BenchWorkspace> m_imported; // the import's workspace, reused by the probe
};

SideFigures ThroughputBench::measure(qint64 records, const std::function<void()> &work)
{
    const qint64 before = m_org.callsUsed();
    const double orgCpuBefore = m_org.cpuSeconds();
    const double localCpuBefore = ProcessUsage::now().cpuSeconds;
    QElapsedTimer timer;
    timer.start();
    work();
    SideFigures figures;
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    figures.localCpuSeconds = ProcessUsage::now().cpuSeconds - localCpuBefore;
    figures.orgCpuSeconds = m_org.cpuSeconds() - orgCpuBefore;
    figures.records = records;
    figures.calls = m_org.callsUsed() - before;
    return figures;
}

void ThroughputBench::run()
{
    if (!m_dir.isValid())
        failBench(u"no temporary directory"_s);
    // The org starts small; the Contacts the import reads are added after the writes.
    // --latency answers every request that late: the round trip to a real org, which
    // loopback leaves out and which each of jsforce's extra requests pays.
    const int contacts = 300;
    const QStringList arguments{
        u"--daily-limit"_s,   u"50000000"_s, u"--contacts"_s, QString::number(contacts),
        u"--accounts"_s,      u"10"_s,       u"--leads"_s,    u"0"_s,
        u"--opportunities"_s, u"0"_s,        u"--latency"_s,  QString::number(m_latencyMs)};
    const double seeding = m_org.start(m_sandbox, arguments);
    phase(u"sandbox start, seeding %1 Contacts"_s.arg(contacts), seeding);
    print(u"syncdesk-sandbox at %1: %2 (quiet; %3 contacts, 10 accounts) seeded and listening "
          "in %4 s"_s.arg(m_org.baseUrl().toString(), arguments.join(u' '))
              .arg(contacts)
              .arg(fixed(seeding, 1)));

    if (wants(u"creates"_s) || wants(u"updates"_s) || wants(u"tasks"_s))
        runWrites();
    if (wants(u"import"_s) || wants(u"outbox"_s) || wants(u"gui"_s))
        runImport();
    if (wants(u"outbox"_s))
        runOutbox();
    if (wants(u"gui"_s))
        runGuiProbe();
    if (wants(u"csv"_s))
        runCsvImport();

    print();
    if (!m_table.isEmpty()) {
        printComparisons(m_table);
        print(u"calls: the sandbox's meter (GET /_sandbox/usage `used`, after − before); "
              "seconds: first request to last answer processed, SyncDesk's local writes on "
              "answers included. SD/jsforce: records/s over records/s."_s);
        print();
    }
    for (const QString &line : std::as_const(m_lines))
        print(line);
    print();
    print(u"phases (wall seconds, setup included):"_s);
    for (const auto &[name, seconds] : std::as_const(m_phases))
        print(u"  %1  %2"_s.arg(fixed(seconds, 1), 7).arg(name));
}

void ThroughputBench::runImport()
{
    QElapsedTimer phaseTimer;
    phaseTimer.start();
    JsforceRunner jsforce(m_node, QStringLiteral(SYNCDESK_JSFORCE_SIDE), m_org.baseUrl());
    const qint64 missing = m_sizes.importRows - m_org.recordCount(u"Contact"_s);
    if (missing > 0) {
        const SideFigures seeded = jsforce.run({int(missing), {}, 0, 0, 0, 0}).value(u"seed"_s);
        phase(u"seeding %1 more Contacts through the API (jsforce create, %2 calls)"_s.arg(missing)
                  .arg(seeded.calls),
              seeded.seconds);
    }
    phaseTimer.restart();
    // The outbox and the GUI probe work on the people this import links.
    m_imported = std::make_unique<BenchWorkspace>(workspacePath(u"import"_s));
    const QString soql = m_imported->contactImportSoql();
    Comparison row{u"inbound first import"_s, {}, {}, {}, {}};
    InboundReport report;
    row.syncdesk = measure(0, [&] { report = m_imported->poll(m_org.client()); });
    row.syncdesk.records = report.created + report.updated;
    if (!wants(u"import"_s)) {
        phase(u"inbound first import for the outbox and GUI scenarios (SyncDesk only)"_s,
              double(phaseTimer.nsecsElapsed()) / 1e9);
        return;
    }
    const double orgCpuBefore = m_org.cpuSeconds();
    row.jsforce = jsforce.run({0, soql, 0, 0, 0, 0}).value(u"import"_s);
    row.jsforce.orgCpuSeconds = m_org.cpuSeconds() - orgCpuBefore;
    m_lines.append(
        u"the sandbox's CPU on jsforce's import: %1 s"_s.arg(fixed(row.jsforce.orgCpuSeconds, 3)));
    row.note = u"InboundPoll::poll on a fresh workspace (Lead, Contact, Account, Opportunity; "
               "%1 created); jsforce: query(scanAll) autoFetch of the same Contact statement, "
               "rows held in memory"_s.arg(report.created);
    m_table.append(row);
    phase(u"inbound first import, both sides"_s, double(phaseTimer.nsecsElapsed()) / 1e9);
}

void ThroughputBench::runWrites()
{
    QElapsedTimer phaseTimer;
    phaseTimer.start();
    BenchWorkspace workspace(workspacePath(u"writes"_s));
    const int count = m_sizes.records;
    const QList<qint64> people = workspace.addPeople(count);

    QElapsedTimer local;
    local.start();
    workspace.editPeople(people, 1);
    const double firstEdits = double(local.nsecsElapsed()) / 1e9;
    Comparison creates{u"%1 creates"_s.arg(count), {}, {}, {}, {}};
    creates.syncdesk = measure(count, [&] {
        if (workspace.flushOutbox(m_org.client()).succeeded != count)
            failBench(u"the creates flush did not send every person"_s);
    });
    creates.note = u"before the flush, %1 s of local edits (LocalChangeWriter, %2 entries); "
                   "SyncDesk upserts by SyncDesk_Id__c, jsf upsert is jsforce doing the same"_s
                       .arg(fixed(firstEdits, 2))
                       .arg(count * kFieldsPerPerson);

    Comparison updates{u"%1 updates"_s.arg(count), {}, {}, {}, {}};
    if (wants(u"updates"_s) || wants(u"tasks"_s)) {
        local.restart();
        workspace.editPeople(people, 2);
        const double secondEdits = double(local.nsecsElapsed()) / 1e9;
        updates.syncdesk = measure(count, [&] {
            if (workspace.flushOutbox(m_org.client()).succeeded != count)
                failBench(u"the updates flush did not send every person"_s);
        });
        updates.note =
            u"before the flush, %1 s of local edits (%2 entries)"_s.arg(fixed(secondEdits, 2))
                .arg(count * kFieldsPerPerson);
    }

    Comparison tasks{u"%1 Tasks"_s.arg(m_sizes.tasks), {}, {}, {}, {}};
    if (wants(u"tasks"_s)) {
        workspace.addActivities(people, m_sizes.tasks);
        tasks.syncdesk = measure(m_sizes.tasks, [&] {
            if (workspace.flushActivities(m_org.client()) != m_sizes.tasks)
                failBench(u"the activity flush did not log every activity"_s);
        });
        tasks.note = u"ActivityFlush::flush of %1 waiting activities"_s.arg(m_sizes.tasks);
    }

    JsforceRunner jsforce(m_node, QStringLiteral(SYNCDESK_JSFORCE_SIDE), m_org.baseUrl());
    const bool updating = wants(u"updates"_s) || wants(u"tasks"_s);
    const double orgCpuBefore = m_org.cpuSeconds();
    const QHash<QString, SideFigures> theirs = jsforce.run(
        {0, QString(), count, count, updating ? count : 0, wants(u"tasks"_s) ? m_sizes.tasks : 0});
    m_lines.append(u"the sandbox's CPU on jsforce's whole run (creates, upserts%1%2): %3 s"_s
                       .arg(updating ? u", updates"_s : QString(),
                            wants(u"tasks"_s) ? u", Tasks"_s : QString())
                       .arg(fixed(m_org.cpuSeconds() - orgCpuBefore, 3)));
    creates.jsforce = theirs.value(u"creates"_s);
    creates.jsforceUpsert = theirs.value(u"upserts"_s);
    m_table.append(creates);
    if (updating) {
        updates.jsforce = theirs.value(u"updates"_s);
        m_table.append(updates);
    }
    if (wants(u"tasks"_s)) {
        tasks.jsforce = theirs.value(u"tasks"_s);
        m_table.append(tasks);
    }
    phase(u"creates / updates / Tasks, both sides"_s, double(phaseTimer.nsecsElapsed()) / 1e9);
}

void ThroughputBench::runGuiProbe()
{
    QElapsedTimer phaseTimer;
    phaseTimer.start();
    BenchWorkspace &workspace = *m_imported;
    const QList<qint64> people = workspace.linkedPeople(m_sizes.guiChanges / kFieldsPerPerson);
    QElapsedTimer local;
    local.start();
    workspace.editPeople(people, 3);
    const double edits = double(local.nsecsElapsed()) / 1e9;
    const int waiting = workspace.waitingOutboxEntries();
    const GuiStallFigures figures = GuiStallProbe::run(workspace, m_org);
    m_lines.append(
        u"GUI-thread stall while the engine (SyncEngineThread) synced %1 outbox entries (%2 "
        "linked people × %3 fields, written in %4 s), MainWindow shown (offscreen) over the "
        "imported workspace, status counts read every second:"_s.arg(waiting)
            .arg(people.size())
            .arg(kFieldsPerPerson)
            .arg(fixed(edits, 1)));
    m_lines.append(u"  longest stall %1 ms, p99 %2 ms over %3 ticks of a 5 ms timer; status "
                   "reads %4, longest %5 ms; %6 engine cycles, %7 calls, %8 s"_s
                       .arg(fixed(figures.longestMs, 1), fixed(figures.p99Ms, 1))
                       .arg(figures.ticks)
                       .arg(figures.statusReads)
                       .arg(fixed(figures.longestReadMs, 1))
                       .arg(figures.cycles)
                       .arg(figures.calls)
                       .arg(fixed(figures.seconds, 1)));
    phase(u"GUI stall probe (local edits of %1 people included)"_s.arg(people.size()),
          double(phaseTimer.nsecsElapsed()) / 1e9);
}

void ThroughputBench::runOutbox()
{
    QElapsedTimer phaseTimer;
    phaseTimer.start();
    // Linked people: their records go out as updates by Id. New ones would go out as
    // upserts by SyncDesk_Id__c, which the sandbox matches by reading every Contact per
    // record, hours at this size; the creates row above measures that path.
    BenchWorkspace &workspace = *m_imported;
    const QList<qint64> linked = workspace.linkedPeople(m_sizes.outboxEntries / kFieldsPerPerson);
    const int people = int(linked.size());
    QElapsedTimer local;
    local.start();
    workspace.editPeople(linked, 2);
    const double edits = double(local.nsecsElapsed()) / 1e9;
    const int waiting = workspace.waitingOutboxEntries();

    const bool peakReset = ProcessUsage::resetPeak();
    const qint64 residentBefore = ProcessUsage::residentKiB();
    const ProcessUsage before = ProcessUsage::now();
    OutboxFlushTotals totals;
    const SideFigures figures =
        measure(people, [&] { totals = workspace.flushOutbox(m_org.client()); });
    const ProcessUsage after = ProcessUsage::now();
    m_lines.append(u"outbox of %1 entries (%2 linked people × %3 fields, written in %4 s), "
                   "planned and settled by %5 OutboundFlush::flush calls:"_s.arg(waiting)
                       .arg(people)
                       .arg(kFieldsPerPerson)
                       .arg(fixed(edits, 1))
                       .arg(totals.flushes));
    m_lines.append(u"  %1 s wall, %2 s CPU (user+sys, whole process), peak RSS %3 MiB (%4 MiB "
                   "before%5), %6 calls by the meter (%7 reported), %8 records/s"_s
                       .arg(fixed(figures.seconds, 2),
                            fixed(after.cpuSeconds - before.cpuSeconds, 2),
                            fixed(after.peakKiB / 1024.0, 0), fixed(residentBefore / 1024.0, 0),
                            peakReset ? QString() : u"; peak not reset, process lifetime"_s)
                       .arg(figures.calls)
                       .arg(totals.calls)
                       .arg(rate(people, figures.seconds)));
    phase(u"outbox of %1 entries (local edits to fill it included)"_s.arg(waiting),
          double(phaseTimer.nsecsElapsed()) / 1e9);
}

void ThroughputBench::runCsvImport()
{
    QElapsedTimer phaseTimer;
    phaseTimer.start();
    BenchWorkspace workspace(workspacePath(u"csv"_s));
    const QString csv = m_dir.filePath(u"people.csv"_s);
    BenchWorkspace::writePeopleCsv(csv, m_sizes.csvRows, u"csv"_s);
    const bool peakReset = ProcessUsage::resetPeak();
    const ProcessUsage before = ProcessUsage::now();
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = workspace.importPeople(csv);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const ProcessUsage after = ProcessUsage::now();
    m_lines.append(u"CSV import of %1 people (CsvImport::importFile, as `syncdesk-cli import "
                   "people`): %2 added, %3 outbox entries"_s.arg(m_sizes.csvRows)
                       .arg(result.rowsAdded)
                       .arg(workspace.waitingOutboxEntries()));
    m_lines.append(u"  %1 s, %2 rows/s, %3 s CPU, peak RSS %4 MiB%5"_s.arg(
        fixed(seconds, 2), rate(m_sizes.csvRows, seconds),
        fixed(after.cpuSeconds - before.cpuSeconds, 2), fixed(after.peakKiB / 1024.0, 0),
        peakReset ? QString() : u" (process lifetime)"_s));
    phase(u"CSV import of %1 rows"_s.arg(m_sizes.csvRows), double(phaseTimer.nsecsElapsed()) / 1e9);
}

int positive(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value <= 0)
        failBench(u"--%1 must be a positive number"_s.arg(name));
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    // The window of the GUI probe needs no display, and neither it nor the engine may touch
    // the real profile: settings and data go to the bench's own directory.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir profile;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(profile.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(profile.filePath(u"data"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(profile.filePath(u"cache"_s)));
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"syncdesk-throughput-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Starts syncdesk-sandbox and runs SyncDesk's engine and jsforce on the same work "
        "(creates, updates, Tasks, a first import), then times a large outbox, a large CSV "
        "import and the GUI thread while the engine syncs. Prints figures, asserts nothing."_s);
    parser.addHelpOption();
    const Sizes full;
    parser.addOptions({
        {u"sandbox"_s, u"The syncdesk-sandbox binary."_s, u"PATH"_s,
         QStringLiteral(SYNCDESK_SANDBOX_BIN)},
        {u"node"_s, u"The node binary for the jsforce side."_s, u"PATH"_s, u"node"_s},
        {u"only"_s,
         u"Scenarios to run, comma-separated: %1 (default: all). updates and "
         "tasks run the creates first."_s.arg(kScenarios.join(u',')),
         u"LIST"_s, kScenarios.join(u',')},
        {u"quick"_s, u"Sizes ten times smaller (a smoke run); explicit sizes still win."_s},
        {u"records"_s, u"Contacts created, then updated (default %1)."_s.arg(full.records), u"N"_s},
        {u"tasks"_s, u"Tasks logged (default %1)."_s.arg(full.tasks), u"N"_s},
        {u"import-rows"_s,
         u"Contacts the org holds for the first import (default %1); the "
         "outbox and GUI scenarios edit people it linked."_s.arg(full.importRows),
         u"N"_s},
        {u"outbox-entries"_s,
         u"Outbox entries flushed, 5 per person (default %1)."_s.arg(full.outboxEntries), u"N"_s},
        {u"csv-rows"_s, u"People in the CSV import (default %1)."_s.arg(full.csvRows), u"N"_s},
        {u"gui-changes"_s,
         u"Outbox entries synced under the GUI probe (default %1)."_s.arg(full.guiChanges), u"N"_s},
        {u"latency"_s,
         u"Milliseconds the sandbox holds every answer, as the round trip to a real org "
         "(default 0: loopback)."_s,
         u"MS"_s, u"0"_s},
    });
    parser.process(app);

    Sizes sizes;
    if (parser.isSet(u"quick"_s)) {
        sizes = {full.records / 10,       full.tasks / 10,   full.importRows / 10,
                 full.outboxEntries / 10, full.csvRows / 10, full.guiChanges / 10};
    }
    const auto size = [&](const QString &name, int &value) {
        if (parser.isSet(name))
            value = positive(parser, name);
    };
    size(u"records"_s, sizes.records);
    size(u"tasks"_s, sizes.tasks);
    size(u"import-rows"_s, sizes.importRows);
    size(u"outbox-entries"_s, sizes.outboxEntries);
    size(u"csv-rows"_s, sizes.csvRows);
    size(u"gui-changes"_s, sizes.guiChanges);
    const QStringList only = parser.value(u"only"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &scenario : only) {
        if (!kScenarios.contains(scenario))
            failBench(u"unknown scenario '%1' (known: %2)"_s.arg(scenario, kScenarios.join(u',')));
    }

    bool latencyOk = false;
    const int latencyMs = parser.value(u"latency"_s).toInt(&latencyOk);
    if (!latencyOk || latencyMs < 0 || latencyMs > 60'000)
        failBench(u"--latency wants milliseconds from 0 to 60000"_s);
    ThroughputBench bench(only, sizes, parser.value(u"sandbox"_s), parser.value(u"node"_s),
                          latencyMs);
    bench.run();
    return 0;
}
