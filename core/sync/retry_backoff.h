#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <chrono>

namespace syncdesk {

// When a transient failure is tried again: 30 s after the first failure, doubling with
// each attempt up to an hour, each delay moved by up to ±20 % so that items (and other
// SyncDesk installs behind the same org) that failed together do not retry together.
class RetryBackoff
{
public:
    static constexpr std::chrono::seconds kBase{30};
    static constexpr std::chrono::seconds kCap{3600};
    static constexpr double kJitter = 0.2;

    // Seeded from the system by default; tests pass a seed to get the same delays.
    RetryBackoff();
    explicit RetryBackoff(quint32 seed);

    // The delay after `attempts` failed tries (1 = the first failure).
    std::chrono::milliseconds delayAfter(int attempts);
    QDateTime nextRetryAt(int attempts, const QDateTime &failedAt);

    // The delay without jitter: the middle of the window delayAfter() draws from.
    static std::chrono::milliseconds nominalDelay(int attempts);

private:
    QRandomGenerator m_random;
};

} // namespace syncdesk
