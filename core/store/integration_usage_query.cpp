#include "store/integration_usage_query.h"

#include "store/api_call_ledger_store.h"
#include "store/api_usage_log_store.h"

#include <QTimeZone>

namespace syncdesk {

IntegrationUsageQuery::IntegrationUsageQuery(QSqlDatabase db)
    : m_db(std::move(db))
{}

IntegrationUsageReport IntegrationUsageQuery::report(UsageGrouping grouping, int hours,
                                                     const QDateTime &now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDateTime to =
        QDateTime::fromMSecsSinceEpoch(nowMs - nowMs % (3600 * 1000), QTimeZone::utc())
            .addSecs(3600);
    const QDateTime from = to.addSecs(-qint64(hours) * 3600);
    const QDateTime previousFrom = from.addSecs(-qint64(hours) * 3600);
    const ApiUsageLogStore logs(m_db);
    IntegrationUsageReport report = integration_usage::build(
        grouping, from, to, logs.counts(from, to), logs.counts(previousFrom, from),
        logs.coveredHours(from, to), ApiCallLedgerStore(m_db).callsSince(from));
    report.problem = logs.readerState().problem;
    return report;
}

} // namespace syncdesk
