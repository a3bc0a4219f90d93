#include "store/describe_cache_store.h"

#include "store/store_time.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

bool DescribeCacheStore::put(const CachedDescribe &describe)
{
    QSqlQuery query =
        prepared(u"INSERT INTO describe_cache (sobject, last_modified, fetched_at, "
                 "body_json) VALUES (?, ?, ?, ?) ON CONFLICT (sobject) DO UPDATE "
                 "SET last_modified = excluded.last_modified, "
                 "fetched_at = excluded.fetched_at, body_json = excluded.body_json"_s);
    query.addBindValue(describe.sobject);
    query.addBindValue(describe.lastModified.isEmpty() ? QVariant()
                                                       : QVariant(describe.lastModified));
    query.addBindValue(store_time::toColumn(
        describe.fetchedAt.isValid() ? describe.fetchedAt : QDateTime::currentDateTimeUtc()));
    query.addBindValue(QString::fromUtf8(describe.body));
    return run(query);
}

std::optional<CachedDescribe> DescribeCacheStore::find(const QString &sobject) const
{
    QSqlQuery query = prepared(u"SELECT sobject, last_modified, fetched_at, body_json "
                               "FROM describe_cache WHERE sobject = ?"_s);
    query.addBindValue(sobject);
    if (!run(query) || !query.next())
        return std::nullopt;
    return CachedDescribe{
        .sobject = query.value(0).toString(),
        .lastModified = query.value(1).toString(),
        .fetchedAt = store_time::fromColumn(query.value(2)),
        .body = query.value(3).toString().toUtf8(),
    };
}

bool DescribeCacheStore::remove(const QString &sobject)
{
    QSqlQuery query = prepared(u"DELETE FROM describe_cache WHERE sobject = ?"_s);
    query.addBindValue(sobject);
    return run(query);
}

} // namespace syncdesk
