#include "latency_sample.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace syncdesk::bench {

using namespace Qt::Literals::StringLiterals;

double LatencySample::percentileMs(double percent) const
{
    if (m_nanoseconds.isEmpty())
        return 0;
    QList<qint64> sorted = m_nanoseconds;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(sorted.size())));
    return double(sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1))) / 1e6;
}

double LatencySample::requestsPerSecond() const
{
    const qint64 total = std::accumulate(m_nanoseconds.cbegin(), m_nanoseconds.cend(), qint64(0));
    return total > 0 ? double(m_nanoseconds.size()) * 1e9 / double(total) : 0;
}

QString LatencySample::summaryLine(const QString &name) const
{
    return u"%1 %2 %3 %4 %5 %6"_s.arg(name, -34)
        .arg(count(), 6)
        .arg(requestsPerSecond(), 9, 'f', 1)
        .arg(percentileMs(50), 9, 'f', 2)
        .arg(percentileMs(99), 9, 'f', 2)
        .arg(percentileMs(100), 9, 'f', 2);
}

} // namespace syncdesk::bench
