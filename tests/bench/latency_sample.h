#pragma once

#include <QList>
#include <QString>

namespace syncdesk::bench {

// The wall-clock durations of one kind of request, run back to back.
class LatencySample
{
public:
    void add(qint64 nanoseconds) { m_nanoseconds.append(nanoseconds); }
    qsizetype count() const { return m_nanoseconds.size(); }

    // Nearest-rank percentile in milliseconds, `percent` from 0 to 100.
    double percentileMs(double percent) const;
    // Requests per second over the summed durations (one request at a time).
    double requestsPerSecond() const;
    // "name  count  req/s  p50  p99  max", one line for the report.
    QString summaryLine(const QString &name) const;

private:
    QList<qint64> m_nanoseconds;
};

} // namespace syncdesk::bench
