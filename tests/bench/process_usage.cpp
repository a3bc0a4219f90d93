#include "process_usage.h"

#include <QByteArray>
#include <QFile>
#include <sys/resource.h>

namespace syncdesk::bench {

namespace {

// A "Name:   1234 kB" line of /proc/self/status, in KiB; 0 when absent.
qint64 statusKiB(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = name + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

double seconds(const timeval &time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}

} // namespace

ProcessUsage ProcessUsage::now()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    ProcessUsage result;
    result.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    result.peakKiB = statusKiB("VmHWM");
    if (result.peakKiB == 0)
        result.peakKiB = usage.ru_maxrss; // KiB on Linux; never reset
    return result;
}

bool ProcessUsage::resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

qint64 ProcessUsage::residentKiB()
{
    return statusKiB("VmRSS");
}

} // namespace syncdesk::bench
