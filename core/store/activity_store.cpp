#include "store/activity_store.h"

#include "store/store_enum.h"
#include "store/store_time.h"

#include <QVariant>
#include <limits>

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

const QString SelectColumns =
    u"SELECT id, external_id, kind, record_id, subject, body, occurred_at, crm_task_id, "
    "sync_state, duration_seconds, call_type, task_status, priority, batch_id, failure_id "
    "FROM activities "_s;

const QString WaitingCondition =
    u"sync_state <> 'synced' AND batch_id IS NULL AND failure_id IS NULL"_s;

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Activity fromRow(const QSqlQuery &query)
{
    auto optionalId = [&](int column) {
        return query.value(column).isNull()
                   ? std::nullopt
                   : std::optional<qint64>(query.value(column).toLongLong());
    };
    return Activity{
        .id = query.value(0).toLongLong(),
        .externalId = query.value(1).toString(),
        .kind = enumFromColumn(KindNames, query.value(2).toString()).value_or(Activity::Kind::Call),
        .recordId = optionalId(3),
        .subject = query.value(4).toString(),
        .body = query.value(5).toString(),
        .occurredAt = store_time::fromColumn(query.value(6)),
        .crmTaskId = query.value(7).toString(),
        .state = enumFromColumn(StateNames, query.value(8).toString())
                     .value_or(Activity::State::Pending),
        .durationSeconds =
            query.value(9).isNull() ? std::nullopt : std::optional<int>(query.value(9).toInt()),
        .callType = query.value(10).toString(),
        .taskStatus = query.value(11).toString(),
        .priority = query.value(12).toString(),
        .batchId = query.value(13).toString(),
        .failureId = optionalId(14),
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
        QSqlQuery query = preparedInsert(
            u"INSERT INTO activities (external_id, kind, record_id, subject, body, occurred_at, "
            "crm_task_id, sync_state, created_at, duration_seconds, call_type, task_status, "
            "priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(activity.externalId);
        query.addBindValue(enumToColumn(KindNames, activity.kind));
        query.addBindValue(activity.recordId ? QVariant(*activity.recordId) : QVariant());
        query.addBindValue(activity.subject);
        query.addBindValue(activity.body);
        query.addBindValue(store_time::toColumn(activity.occurredAt));
        query.addBindValue(nullIfEmpty(activity.crmTaskId));
        query.addBindValue(enumToColumn(StateNames, activity.state));
        query.addBindValue(store_time::toColumn(QDateTime::currentDateTimeUtc()));
        query.addBindValue(activity.durationSeconds ? QVariant(*activity.durationSeconds)
                                                    : QVariant());
        query.addBindValue(nullIfEmpty(activity.callType));
        query.addBindValue(activity.taskStatus.isEmpty() ? u"Completed"_s : activity.taskStatus);
        query.addBindValue(activity.priority.isEmpty() ? u"Normal"_s : activity.priority);
        id = runInsert(query);
        return id.has_value();
    });
    return done ? id : std::nullopt;
}

QList<Activity> ActivityStore::select(const QString &where, const QVariant &bound, int limit) const
{
    QSqlQuery query = prepared(SelectColumns + where + u" ORDER BY id LIMIT ?"_s);
    if (bound.isValid())
        query.addBindValue(bound);
    query.addBindValue(limit);
    QList<Activity> activities;
    if (run(query)) {
        while (query.next())
            activities.append(fromRow(query));
    }
    return activities;
}

std::optional<Activity> ActivityStore::find(qint64 id) const
{
    const QList<Activity> found = select(u"WHERE id = ?"_s, id, 1);
    return found.isEmpty() ? std::nullopt : std::optional<Activity>(found.first());
}

std::optional<Activity> ActivityStore::findByExternalId(const QString &externalId) const
{
    const QList<Activity> found = select(u"WHERE external_id = ?"_s, externalId, 1);
    return found.isEmpty() ? std::nullopt : std::optional<Activity>(found.first());
}

QList<Activity> ActivityStore::pending(int limit) const
{
    return select(u"WHERE "_s + WaitingCondition, QVariant(), limit);
}

int ActivityStore::pendingCount() const
{
    QSqlQuery query = prepared(u"SELECT COUNT(*) FROM activities WHERE "_s + WaitingCondition);
    return run(query) && query.next() ? query.value(0).toInt() : 0;
}

QList<Activity> ActivityStore::inBatch(const QString &batchId, int limit) const
{
    return select(u"WHERE batch_id = ?"_s, batchId, limit);
}

bool ActivityStore::markInFlight(const QString &batchId, const QList<qint64> &ids)
{
    return inTransaction([&] {
        QSqlQuery query =
            prepared(u"UPDATE activities SET batch_id = ? WHERE id = ? AND "_s + WaitingCondition);
        for (qint64 id : ids) {
            query.bindValue(0, batchId);
            query.bindValue(1, id);
            if (!run(query) || query.numRowsAffected() != 1)
                return false;
        }
        return true;
    });
}

bool ActivityStore::recordOutcome(const ActivityOutcome &outcome)
{
    return inTransaction([&] {
        QSqlQuery resolved = prepared(u"DELETE FROM sync_failures WHERE id = "
                                      "(SELECT failure_id FROM activities WHERE id = ?)"_s);
        QSqlQuery logged = prepared(u"UPDATE activities SET sync_state = 'synced', "
                                    "crm_task_id = ?, batch_id = NULL, failure_id = NULL "
                                    "WHERE id = ?"_s);
        for (auto it = outcome.logged.constBegin(); it != outcome.logged.constEnd(); ++it) {
            resolved.bindValue(0, it.key());
            logged.bindValue(0, it.value());
            logged.bindValue(1, it.key());
            if (!run(resolved) || !run(logged))
                return false;
        }
        FailureStore failures(m_db);
        QSqlQuery held = prepared(u"UPDATE activities SET sync_state = 'failed', "
                                  "batch_id = ?, failure_id = ? WHERE id = ?"_s);
        const QVariant heldBatch =
            outcome.maybeApplied ? QVariant(kUnconfirmedBatch.toString()) : QVariant();
        for (SyncFailure failure : outcome.failures) {
            failure.itemKind = SyncFailure::ItemKind::Activity;
            const std::optional<qint64> failureId = failures.add(failure);
            if (!failureId) {
                takeErrorFrom(failures);
                return false;
            }
            held.bindValue(0, heldBatch);
            held.bindValue(1, *failureId);
            held.bindValue(2, failure.itemId);
            if (!run(held))
                return false;
        }
        QSqlQuery released = prepared(u"UPDATE activities SET batch_id = NULL WHERE id = ?"_s);
        for (qint64 id : outcome.released) {
            released.bindValue(0, id);
            if (!run(released))
                return false;
        }
        return true;
    });
}

int ActivityStore::releaseInFlight()
{
    QSqlQuery query =
        prepared(u"UPDATE activities SET batch_id = NULL WHERE batch_id IS NOT NULL"_s);
    return run(query) ? query.numRowsAffected() : 0;
}

int ActivityStore::markInFlightUnconfirmed()
{
    QSqlQuery query = prepared(u"UPDATE activities SET batch_id = ? WHERE batch_id IS NOT NULL"_s);
    query.addBindValue(kUnconfirmedBatch.toString());
    return run(query) ? query.numRowsAffected() : 0;
}

bool ActivityStore::markLogged(qint64 id, const QString &crmTaskId)
{
    QSqlQuery query = prepared(u"UPDATE activities SET sync_state = 'synced', crm_task_id = ?, "
                               "batch_id = NULL WHERE id = ?"_s);
    query.addBindValue(crmTaskId);
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

} // namespace syncdesk
