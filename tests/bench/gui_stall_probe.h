#pragma once

#include <QtGlobal>

namespace syncdesk::bench {

class BenchOrg;
class BenchWorkspace;

// What the GUI thread went through while the engine synced.
struct GuiStallFigures
{
    double seconds = 0;   // syncNow() to the engine idle with nothing waiting
    int cycles = 0;       // engine cycles it took (syncNow() again after each)
    int ticks = 0;        // probe timer ticks
    double longestMs = 0; // the longest gap between ticks beyond the 5 ms interval
    double p99Ms = 0;     // 99th percentile of those gaps
    int statusReads = 0;  // status reads on the GUI thread (the engine's pushed counts)
    double longestReadMs = 0;
    int lastCounts = 0; // waiting changes + activities + failures at the last read
    qint64 calls = 0;   // the sandbox's meter over the run
};

// Runs the app's arrangement on a workspace whose outbox is full: the real MainWindow on
// this (the GUI) thread, reading the workspace through its own connection, and the engine
// on its own thread (SyncEngineThread, as DesktopSession starts it). While it syncs, a
// 5 ms timer measures how late the GUI thread's event loop runs, and every second the
// thread reads the counts the status bar and `syncdesk-cli status` show (waiting changes,
// waiting activities, failures) as the window does: from the status the engine pushes. Needs a
// QApplication (offscreen is enough).
class GuiStallProbe
{
public:
    static GuiStallFigures run(BenchWorkspace &workspace, BenchOrg &org);
};

} // namespace syncdesk::bench
