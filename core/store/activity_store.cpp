#include "store/activity_store.h"

#include "store/store_enum.h"
#include "store/store_time.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr EnumNames<Activity::Kind, 2> KindNames{{
    {Activity::Kind::Call, u"call"},
    {Activity::Kind::Email, u"email"},
}};

constexpr EnumNames<Activity::State, 3> StateNames{{
    {Activity::State::Pending, u"pending"},
    {Activity::State::Synced, u"synced"},
    {Activity::State::Failed, u"failed"},
}};

const QString SelectColumns = u"SELECT id, external_id, kind, record_id, subject, body, "
                              "occurred_at, crm_task_id, sync_state FROM activities"_s;

Activity fromRow(const QSqlQuery &query)
{
    return Activity{
        .id = query.value(0).toLongLong(),
        .externalId = query.value(1).toString(),
        .kind = enumFromColumn(KindNames, query.value(2).toString()).value_or(Activity::Kind::Call),
        .recordId = query.value(3).isNull() ? std::nullopt
                                            : std::optional<qint64>(query.value(3).toLongLong()),
        .subject = query.value(4).toString(),
        .body = query.value(5).toString(),
        .occurredAt = store_time::fromColumn(query.value(6)),
        .crmTaskId = query.value(7).toString(),
        .state = enumFromColumn(StateNames, query.value(8).toString())
                     .value_or(Activity::State::Pending),
    };
}

} // namespace

std::optional<qint64> ActivityStore::add(const Activity &activity)
{
    std::optional<qint64> id;
    const bool done = inTransaction([&] {
        QSqlQuery existing = prepared(u"SELECT id FROM activities WHERE external_id = ?"_s);
        existing.addBindValue(activity.externalId);
        if (!run(existing))
            return false;
        if (existing.next()) {
            id = existing.value(0).toLongLong();
            return true;
        }
        QSqlQuery query = prepared(u"INSERT INTO activities (external_id, kind, record_id, "
                                   "subject, body, occurred_at, crm_task_id, sync_state, "
                                   "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(activity.externalId);
        query.addBindValue(enumToColumn(KindNames, activity.kind));
        query.addBindValue(activity.recordId ? QVariant(*activity.recordId) : QVariant());
        query.addBindValue(activity.subject);
        query.addBindValue(activity.body);
        query.addBindValue(store_time::toColumn(activity.occurredAt));
        query.addBindValue(activity.crmTaskId.isEmpty() ? QVariant()
                                                        : QVariant(activity.crmTaskId));
        query.addBindValue(enumToColumn(StateNames, activity.state));
        query.addBindValue(store_time::toColumn(QDateTime::currentDateTimeUtc()));
        if (!run(query))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    return done ? id : std::nullopt;
}

std::optional<Activity> ActivityStore::find(qint64 id) const
{
    QSqlQuery query = prepared(SelectColumns + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!run(query) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<Activity> ActivityStore::pending(int limit) const
{
    QSqlQuery query =
        prepared(SelectColumns + u" WHERE sync_state = 'pending' ORDER BY id LIMIT ?"_s);
    query.addBindValue(limit);
    QList<Activity> activities;
    if (run(query)) {
        while (query.next())
            activities.append(fromRow(query));
    }
    return activities;
}

bool ActivityStore::markLogged(qint64 id, const QString &crmTaskId)
{
    QSqlQuery query =
        prepared(u"UPDATE activities SET sync_state = 'synced', crm_task_id = ? WHERE id = ?"_s);
    query.addBindValue(crmTaskId);
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool ActivityStore::markFailed(qint64 id)
{
    QSqlQuery query = prepared(u"UPDATE activities SET sync_state = 'failed' WHERE id = ?"_s);
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

} // namespace syncdesk
