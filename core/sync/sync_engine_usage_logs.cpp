// The engine reads who spent the org's calls from its ApiTotalUsage logs after a cycle, the
// way it refreshes describes: only when a new file can exist (ApiUsageLogReader decides,
// from the state it keeps in the store), and each call inside the connector budget.
#include "salesforce/api_usage_log_reader.h"
#include "sync/sync_engine.h"

#include <QDebug>

namespace syncdesk {

void SyncEngine::readUsageLogs()
{
    if (!m_options.readUsageLogs || !mayCall())
        return;
    if (!m_usageLogReader) {
        m_usageLogReader = new ApiUsageLogReader(m_db, m_client, m_clock, this);
        m_usageLogReader->setCallGate([this] { return checkBudget(1); });
        connect(m_usageLogReader, &ApiUsageLogReader::countsStored, this,
                &SyncEngine::usageLogsRead);
    }
    if (!m_usageLogReader->isDue(now()) || !checkBudget(1))
        return;
    QPointer<SyncEngine> self(this);
    m_usageLogReader->read([self](const UsageLogReadReport &report) {
        // A spent limit or a lost session matters to the whole engine; a refused listing
        // (no permission) is the reader's own state, stored for the admin to read.
        if (self && report.callError && !report.callError->isRetryable())
            self->reactToCallError(*report.callError);
    });
}

} // namespace syncdesk
