#pragma once

#include "usage/integration_usage.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace syncdesk {

// The "Who used the calls" figures read from the store: the logs' counts (ApiUsageLogStore),
// SyncDesk's ledger and the log reader's state, for the desktop's table and chart and for
// `syncdesk-cli usage --by`. Plain reads, a few milliseconds: callable on any thread that
// has its own connection (the GUI thread's, say), after SyncEngine::usageLogsRead.
class IntegrationUsageQuery
{
public:
    explicit IntegrationUsageQuery(QSqlDatabase db);

    // The `hours` hours ending with the hour that holds `now` (24 or 168), against the
    // same span before them.
    IntegrationUsageReport report(UsageGrouping grouping, int hours, const QDateTime &now) const;

private:
    QSqlDatabase m_db;
};

} // namespace syncdesk
