#include "sync/retry_backoff.h"

#include <algorithm>

namespace syncdesk {

RetryBackoff::RetryBackoff()
    : m_random(QRandomGenerator::system()->generate())
{}

RetryBackoff::RetryBackoff(quint32 seed)
    : m_random(seed)
{}

std::chrono::milliseconds RetryBackoff::nominalDelay(int attempts)
{
    using namespace std::chrono;
    // Doubling 7 times already passes the cap; clamping the exponent avoids overflow.
    const int doublings = std::clamp(attempts - 1, 0, 16);
    const milliseconds delay = duration_cast<milliseconds>(kBase) * (qint64(1) << doublings);
    return std::min<milliseconds>(delay, kCap);
}

std::chrono::milliseconds RetryBackoff::delayAfter(int attempts)
{
    const double nominal = double(nominalDelay(attempts).count());
    const double factor = 1.0 + kJitter * (2.0 * m_random.generateDouble() - 1.0);
    // Jitter may shorten a capped delay but never lengthens it past the cap.
    const double jittered =
        std::min(nominal * factor, double(std::chrono::milliseconds(kCap).count()));
    return std::chrono::milliseconds(qint64(jittered));
}

QDateTime RetryBackoff::nextRetryAt(int attempts, const QDateTime &failedAt)
{
    return failedAt.addMSecs(delayAfter(attempts).count());
}

} // namespace syncdesk
