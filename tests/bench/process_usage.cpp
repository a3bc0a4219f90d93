#include "process_usage.h"

#include <QByteArray>
#include <QFile>
#include <sys/resource.h>
#include <unistd.h>

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

double ProcessUsage::cpuSecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return 0;
    // After the command name in parentheses: state is field 3, utime and stime 14 and 15.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

qint64 ProcessUsage::residentKiB()
{
    return statusKiB("VmRSS");
}

} // namespace syncdesk::bench
