#include "server/random_faults.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

bool needsSession(const ApiRequest &request)
{
    // Everything under /services/data/vNN.0/ (and the identity URL) needs a
    // session; the versions list and /services/oauth2/ do not.
    const QString &path = request.path;
    if (path.startsWith(u"/services/oauth2/"_s))
        return path.startsWith(u"/services/oauth2/userinfo"_s);
    if (path.startsWith(u"/id/"_s))
        return true;
    return path.startsWith(u"/services/data/v"_s);
}

} // namespace

RandomFaults::RandomFaults(quint32 seed)
    : m_random(seed)
    , m_seed(seed)
{}

void RandomFaults::configure(double rate, quint32 seed)
{
    m_rate = std::clamp(rate, 0.0, 1.0);
    m_seed = seed;
    m_random.seed(seed);
}

std::optional<Fault> RandomFaults::draw(const ApiRequest &request)
{
    if (m_rate <= 0 || m_random.generateDouble() >= m_rate)
        return std::nullopt;
    static constexpr Fault::Kind withSession[] = {Fault::Kind::ServerError, Fault::Kind::Drop,
                                                  Fault::Kind::MalformedJson,
                                                  Fault::Kind::ExpireSession};
    static constexpr int statuses[] = {500, 502, 503};
    const quint32 kinds = needsSession(request) ? 4 : 3;
    Fault fault;
    fault.kind = withSession[m_random.bounded(kinds)];
    fault.status = statuses[m_random.bounded(3u)];
    ++m_injected;
    return fault;
}

QJsonObject RandomFaults::toJson() const
{
    return QJsonObject{
        {u"rate"_s, m_rate}, {u"seed"_s, qint64(m_seed)}, {u"injected"_s, m_injected}};
}

} // namespace syncdesk::sandbox
