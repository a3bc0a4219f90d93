// The engine keeps the describes of the objects it syncs in the store, so that the field
// editor can offer Salesforce's fields (types, lengths, whether SyncDesk may write them)
// without calling the org itself, and keeps working from the cache when no calls are left.
#include "salesforce/describe_cache.h"
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

} // namespace

void SyncEngine::refreshDescribes()
{
    // Once per run, after the first cycle: a cached describe costs a 304 (still a call),
    // so five calls a start, and none while the org is out of calls or over budget.
    if (!m_options.refreshDescribes || m_describesRefreshed ||
        m_status.state != EngineState::Idle || !checkBudget(int(describedObjects().size())))
        return;
    m_describesRefreshed = true;
    if (!m_describeCache)
        m_describeCache = new DescribeCache(m_client, m_db, this);
    auto remaining = std::make_shared<int>(int(describedObjects().size()));
    QPointer<SyncEngine> self(this);
    for (const QString &object : describedObjects()) {
        m_describeCache->describe(object, [self, object, remaining](const auto &result) {
            if (std::holds_alternative<SalesforceError>(result))
                qWarning() << "sync engine: no describe of" << object << ":"
                           << std::get<SalesforceError>(result).summary();
            if (--*remaining == 0 && self)
                Q_EMIT self->describesRefreshed();
        });
    }
}

} // namespace syncdesk
