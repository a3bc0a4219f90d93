// The engine keeps the describes of the objects it syncs in the store, so that the field
// editor can offer Salesforce's fields (types, lengths, whether SyncDesk may write them)
// without calling the org itself, and keeps working from the cache when no calls are left.
#include "salesforce/describe_cache.h"
#include "store/describe_cache_store.h"
#include "sync/sync_engine.h"

#include <QDebug>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

// Every object the default and the editable configurations map.
const QStringList &describedObjects()
{
    static const QStringList objects{u"Contact"_s, u"Lead"_s, u"Account"_s, u"Opportunity"_s,
                                     u"Task"_s};
    return objects;
}

// Even an unchanged describe costs a call (a 304 counts), so each object is asked about
// once a day, by the refresh time kept in the store: not on every start of the engine (a
// `syncdesk-cli sync --once` every few minutes would pay five calls each time).
constexpr qint64 kDescribeMaxAgeSeconds = 24 * 60 * 60;

} // namespace

void SyncEngine::refreshDescribes()
{
    const QDateTime at = now();
    // What failed is asked again an hour later, not after every cycle.
    if (!m_options.refreshDescribes || m_describesInFlight || !mayCall() ||
        (m_describesFailedAt.isValid() && m_describesFailedAt.secsTo(at) < 3600))
        return;
    const DescribeCacheStore store(m_db);
    QStringList due;
    for (const QString &object : describedObjects()) {
        const std::optional<CachedDescribe> cached = store.find(object);
        if (!cached || !cached->fetchedAt.isValid() ||
            cached->fetchedAt.secsTo(at) >= kDescribeMaxAgeSeconds)
            due.append(object);
    }
    // None while the org is out of calls or the budget is spent.
    if (due.isEmpty() || !checkBudget(int(due.size())))
        return;
    m_describesInFlight = true;
    if (!m_describeCache)
        m_describeCache = new DescribeCache(m_client, m_db, this, m_clock);
    auto remaining = std::make_shared<int>(int(due.size()));
    QPointer<SyncEngine> self(this);
    for (const QString &object : std::as_const(due)) {
        m_describeCache->describe(object, [self, object, remaining](const auto &result) {
            if (std::holds_alternative<SalesforceError>(result) && self)
                self->m_describesFailedAt = self->now();
            if (std::holds_alternative<SalesforceError>(result))
                qWarning() << "sync engine: no describe of" << object << ":"
                           << std::get<SalesforceError>(result).summary();
            if (--*remaining == 0 && self) {
                self->m_describesInFlight = false;
                Q_EMIT self->describesRefreshed();
            }
        });
    }
}

} // namespace syncdesk
