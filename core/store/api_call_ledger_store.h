#pragma once

#include "store/table_access.h"
#include "usage/api_call_record.h"
#include "usage/call_category.h"

#include <QDateTime>
#include <QList>
#include <QMap>

namespace syncdesk {

// The ledger: every API call SyncDesk made (usage/api_call_record.h), kept in the
// api_calls table so the rolling-24-hour figures survive a restart.
class ApiCallLedgerStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    bool record(const ApiCallRecord &call);
    // Calls made at or after since, oldest first.
    QList<ApiCallRecord> callsSince(const QDateTime &since) const;
    QMap<CallCategory, qint64> countsByCategorySince(const QDateTime &since) const;
    qint64 countSince(const QDateTime &since) const;
    // Retention: drops calls older than before; returns how many went.
    int deleteBefore(const QDateTime &before);
};

} // namespace syncdesk
