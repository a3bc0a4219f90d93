#pragma once

#include <QtGlobal>

namespace syncdesk::bench {

// The CPU time and peak resident memory of this process, for the figures that are
// about SyncDesk's own cost rather than the org's.
struct ProcessUsage
{
    double cpuSeconds = 0; // user + system, all threads
    qint64 peakKiB = 0;    // VmHWM: the high-water mark of the resident set

    static ProcessUsage now();
    // Starts a new high-water mark at the current resident set (Linux clear_refs "5"),
    // so that the next peak belongs to the work that follows. False when the kernel
    // refused; the peak is then the process's whole life.
    static bool resetPeak();
    static qint64 residentKiB(); // VmRSS
    // User + system CPU seconds of another process so far (/proc/PID/stat); 0 if unknown.
    static double cpuSecondsOf(qint64 pid);
};

} // namespace syncdesk::bench
