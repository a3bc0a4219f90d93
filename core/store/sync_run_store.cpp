#include "store/sync_run_store.h"

#include "store/store_enum.h"
#include "store/store_time.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr EnumNames<SyncRunKind, 4> KindNames{{
    {SyncRunKind::Outbound, u"outbound"},
    {SyncRunKind::Inbound, u"inbound"},
    {SyncRunKind::Activities, u"activities"},
    {SyncRunKind::Retry, u"retry"},
}};

} // namespace

QString syncRunKindName(SyncRunKind kind)
{
    return enumToColumn(KindNames, kind);
}

std::optional<qint64> SyncRunStore::start(SyncRunKind kind, const QDateTime &at)
{
    QSqlQuery query = preparedInsert(u"INSERT INTO sync_runs (kind, started_at) VALUES (?, ?)"_s);
    query.addBindValue(syncRunKindName(kind));
    query.addBindValue(store_time::toColumn(at));
    return runInsert(query);
}

bool SyncRunStore::finish(qint64 id, const QDateTime &at, int calls, int itemsOk, int itemsFailed,
                          const QString &summary)
{
    QSqlQuery query = prepared(u"UPDATE sync_runs SET finished_at = ?, calls = ?, items_ok = ?, "
                               "items_failed = ?, summary = ? WHERE id = ?"_s);
    query.addBindValue(store_time::toColumn(at));
    query.addBindValue(calls);
    query.addBindValue(itemsOk);
    query.addBindValue(itemsFailed);
    query.addBindValue(summary);
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool SyncRunStore::setApi(qint64 id, const QString &api, const QString &reason)
{
    QSqlQuery query = prepared(u"UPDATE sync_runs SET api = ?, api_reason = ? WHERE id = ?"_s);
    query.addBindValue(api);
    query.addBindValue(reason);
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

QList<SyncRun> SyncRunStore::recent(int limit) const
{
    QSqlQuery query = prepared(u"SELECT id, kind, started_at, finished_at, calls, items_ok, "
                               "items_failed, summary, api, api_reason FROM sync_runs "
                               "ORDER BY started_at DESC, id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    QList<SyncRun> runs;
    if (!run(query))
        return runs;
    while (query.next()) {
        runs.append(SyncRun{
            .id = query.value(0).toLongLong(),
            .kind = enumFromColumn(KindNames, query.value(1).toString())
                        .value_or(SyncRunKind::Outbound),
            .startedAt = store_time::fromColumn(query.value(2)),
            .finishedAt = store_time::fromColumn(query.value(3)),
            .calls = query.value(4).toInt(),
            .itemsOk = query.value(5).toInt(),
            .itemsFailed = query.value(6).toInt(),
            .summary = query.value(7).toString(),
            .api = query.value(8).toString(),
            .apiReason = query.value(9).toString(),
        });
    }
    return runs;
}

} // namespace syncdesk
