#include "gui_stall_probe.h"

#include "bench_org.h"
#include "bench_workspace.h"
#include "event_wait.h"
#include "main_window.h"
#include "secrets/in_memory_secret_store.h"
#include "sync/sync_engine_thread.h"

#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::bench {

namespace {

constexpr int kProbeIntervalMs = 5;
constexpr int kStatusReadIntervalMs = 1000;

double percentile(std::vector<double> values, double share)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(share * double(values.size())));
    return values.at(index);
}

} // namespace

GuiStallFigures GuiStallProbe::run(BenchWorkspace &workspace, BenchOrg &org)
{
    GuiStallFigures figures;
    const qint64 usedBefore = org.callsUsed();

    SyncEngineOptions options;
    options.databasePath = workspace.path();
    options.oauth = org.clientConfig();
    options.tokens = org.tokens();
    SyncEngineThread engine(std::move(options));
    InMemorySecretStore secrets;
    ui::MainWindow window(workspace.db(), &engine, &secrets);
    window.showOrg(u"Sandbox org"_s, org.baseUrl());
    window.show();

    std::vector<double> lateMs;
    QElapsedTimer clock;
    qint64 lastTickNs = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kProbeIntervalMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 nowNs = clock.nsecsElapsed();
        lateMs.push_back(std::max(0.0, double(nowNs - lastTickNs) / 1e6 - kProbeIntervalMs));
        lastTickNs = nowNs;
    });

    QTimer statusReads;
    statusReads.setInterval(kStatusReadIntervalMs);
    QObject::connect(&statusReads, &QTimer::timeout, [&] {
        QElapsedTimer read;
        read.start();
        // What the status bar shows and `syncdesk-cli status` counts, read as the window
        // reads it: the counts the engine pushes with its status (SyncEngine::publish counts
        // on the engine's thread), never a COUNT over the outbox on this thread.
        const EngineStatus status = engine.status();
        figures.lastCounts = status.pendingChanges + status.pendingActivities + status.failures;
        figures.longestReadMs = std::max(figures.longestReadMs, double(read.nsecsElapsed()) / 1e6);
        ++figures.statusReads;
    });

    // The engine reports Idle after each cycle; one cycle sends at most one flush's worth,
    // so the bench asks again at once instead of waiting for the outbound interval.
    bool syncing = false;
    QMetaObject::Connection watch;
    awaitResult<bool>([&](std::function<void(bool)> done) {
        watch = QObject::connect(
            &engine, &SyncControl::statusChanged, [&, done](const EngineStatus &s) {
                if (s.state == EngineState::Syncing) {
                    if (!syncing)
                        ++figures.cycles;
                    syncing = true;
                    return;
                }
                if (!syncing)
                    return;
                syncing = false;
                if (s.state != EngineState::Idle)
                    failBench(u"the engine stopped syncing: %1"_s.arg(engineStateName(s.state)));
                if (s.failures > 0)
                    failBench(u"the engine filed %1 failures"_s.arg(s.failures));
                if (s.pendingChanges == 0 && s.pendingActivities == 0) {
                    // Later cycles (the engine's own timers) come after the wait has ended.
                    QObject::disconnect(watch);
                    done(true);
                } else {
                    engine.syncNow();
                }
            });
        clock.start();
        probe.start();
        statusReads.start();
        engine.syncNow();
    });
    figures.seconds = double(clock.nsecsElapsed()) / 1e9;
    probe.stop();
    statusReads.stop();
    figures.ticks = int(lateMs.size());
    figures.longestMs = lateMs.empty() ? 0 : *std::max_element(lateMs.begin(), lateMs.end());
    figures.p99Ms = percentile(lateMs, 0.99);
    figures.calls = org.callsUsed() - usedBefore;
    return figures;
}

} // namespace syncdesk::bench
