#pragma once

#include "server/fault_plan.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace syncdesk::sandbox {

// Faults by rate, the way a flaky network and a busy org hand them out: a
// share of all requests to Salesforce's paths (the token endpoint and the
// versions list included) gets a fault of a kind drawn at random. The same
// seed and the same requests give the same faults. Off at rate 0.
//
// Kinds: a 5xx before any work, a dropped connection before any work, a
// truncated JSON body after the work, an expired session (REST data calls
// only). The token endpoint and the versions list need no session, so they
// get only the first three.
class RandomFaults
{
public:
    explicit RandomFaults(quint32 seed = 1);

    // Sets the rate (0..1) and restarts the random stream from `seed`.
    void configure(double rate, quint32 seed);
    double rate() const { return m_rate; }
    quint32 seed() const { return m_seed; }
    qint64 injected() const { return m_injected; }

    // A fault for this request, or nullopt for most of them.
    std::optional<Fault> draw(const ApiRequest &request);

    QJsonObject toJson() const;

private:
    QRandomGenerator m_random;
    double m_rate = 0;
    quint32 m_seed = 1;
    qint64 m_injected = 0;
};

} // namespace syncdesk::sandbox
