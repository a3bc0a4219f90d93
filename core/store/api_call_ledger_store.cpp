#include "store/api_call_ledger_store.h"

#include "store/store_time.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

bool ApiCallLedgerStore::record(const ApiCallRecord &call)
{
    QSqlQuery query = prepared(u"INSERT INTO api_calls (called_at, category, endpoint, "
                               "http_status, org_used, org_max, error_code) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(store_time::toColumn(call.at));
    query.addBindValue(callCategoryName(call.category));
    query.addBindValue(call.endpoint);
    query.addBindValue(call.httpStatus);
    query.addBindValue(call.orgUsage ? QVariant(call.orgUsage->used) : QVariant());
    query.addBindValue(call.orgUsage ? QVariant(call.orgUsage->max) : QVariant());
    query.addBindValue(call.errorCode.isEmpty() ? QVariant() : QVariant(call.errorCode));
    return run(query);
}

QList<ApiCallRecord> ApiCallLedgerStore::callsSince(const QDateTime &since) const
{
    QSqlQuery query = prepared(u"SELECT called_at, category, endpoint, http_status, org_used, "
                               "org_max, error_code FROM api_calls WHERE called_at >= ? "
                               "ORDER BY called_at, id"_s);
    query.addBindValue(store_time::toColumn(since));
    QList<ApiCallRecord> calls;
    if (!run(query))
        return calls;
    while (query.next()) {
        const std::optional<CallCategory> category =
            callCategoryFromName(query.value(1).toString());
        if (!category)
            continue; // written by a newer SyncDesk; not ours to interpret
        ApiCallRecord call{
            .at = store_time::fromColumn(query.value(0)),
            .category = *category,
            .endpoint = query.value(2).toString(),
            .httpStatus = query.value(3).toInt(),
            .errorCode = query.value(6).toString(),
        };
        if (!query.value(4).isNull() && !query.value(5).isNull())
            call.orgUsage = ApiUsage{query.value(4).toLongLong(), query.value(5).toLongLong()};
        calls.append(call);
    }
    return calls;
}

QMap<CallCategory, qint64> ApiCallLedgerStore::countsByCategorySince(const QDateTime &since) const
{
    QSqlQuery query = prepared(u"SELECT category, COUNT(*) FROM api_calls WHERE called_at >= ? "
                               "GROUP BY category"_s);
    query.addBindValue(store_time::toColumn(since));
    QMap<CallCategory, qint64> counts;
    if (!run(query))
        return counts;
    while (query.next()) {
        if (const auto category = callCategoryFromName(query.value(0).toString()))
            counts.insert(*category, query.value(1).toLongLong());
    }
    return counts;
}

qint64 ApiCallLedgerStore::countSince(const QDateTime &since) const
{
    QSqlQuery query = prepared(u"SELECT COUNT(*) FROM api_calls WHERE called_at >= ?"_s);
    query.addBindValue(store_time::toColumn(since));
    return run(query) && query.next() ? query.value(0).toLongLong() : 0;
}

int ApiCallLedgerStore::deleteBefore(const QDateTime &before)
{
    QSqlQuery query = prepared(u"DELETE FROM api_calls WHERE called_at < ?"_s);
    query.addBindValue(store_time::toColumn(before));
    return run(query) ? query.numRowsAffected() : 0;
}

} // namespace syncdesk
