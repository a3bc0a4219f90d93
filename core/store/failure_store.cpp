#include "store/failure_store.h"

#include "store/store_enum.h"
#include "store/store_time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr EnumNames<FailureCategory, 5> CategoryNames{{
    {FailureCategory::NoApiCredits, u"no_api_credits"},
    {FailureCategory::Auth, u"auth"},
    {FailureCategory::Validation, u"validation"},
    {FailureCategory::Conflict, u"conflict"},
    {FailureCategory::Transient, u"transient"},
}};

constexpr EnumNames<SyncFailure::ItemKind, 2> ItemKindNames{{
    {SyncFailure::ItemKind::Record, u"record"},
    {SyncFailure::ItemKind::Activity, u"activity"},
}};

const QString SelectColumns = u"SELECT id, item_kind, item_id, category, sf_status_code, "
                              "message, fields_json, attempts, first_failed_at, last_try_at, "
                              "next_retry_at FROM sync_failures"_s;

SyncFailure fromRow(const QSqlQuery &query)
{
    QStringList fields;
    const QJsonArray fieldArray =
        QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array();
    for (const QJsonValue &field : fieldArray)
        fields.append(field.toString());
    return SyncFailure{
        .id = query.value(0).toLongLong(),
        .itemKind = enumFromColumn(ItemKindNames, query.value(1).toString())
                        .value_or(SyncFailure::ItemKind::Record),
        .itemId = query.value(2).toLongLong(),
        .category =
            failureCategoryFromName(query.value(3).toString()).value_or(FailureCategory::Transient),
        .sfStatusCode = query.value(4).toString(),
        .message = query.value(5).toString(),
        .fields = fields,
        .attempts = query.value(7).toInt(),
        .firstFailedAt = store_time::fromColumn(query.value(8)),
        .lastTryAt = store_time::fromColumn(query.value(9)),
        .nextRetryAt = store_time::fromColumn(query.value(10)),
    };
}

} // namespace

QString failureCategoryName(FailureCategory category)
{
    return enumToColumn(CategoryNames, category);
}

std::optional<FailureCategory> failureCategoryFromName(const QString &name)
{
    return enumFromColumn(CategoryNames, name);
}

std::optional<qint64> FailureStore::add(const SyncFailure &failure)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query =
        preparedInsert(u"INSERT INTO sync_failures (item_kind, item_id, category, "
                       "sf_status_code, message, fields_json, attempts, first_failed_at, "
                       "last_try_at, next_retry_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(enumToColumn(ItemKindNames, failure.itemKind));
    query.addBindValue(failure.itemId);
    query.addBindValue(failureCategoryName(failure.category));
    query.addBindValue(failure.sfStatusCode.isEmpty() ? QVariant()
                                                      : QVariant(failure.sfStatusCode));
    query.addBindValue(failure.message);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(failure.fields)).toJson(QJsonDocument::Compact)));
    query.addBindValue(failure.attempts);
    query.addBindValue(
        store_time::toColumn(failure.firstFailedAt.isValid() ? failure.firstFailedAt : now));
    query.addBindValue(store_time::toColumn(failure.lastTryAt.isValid() ? failure.lastTryAt : now));
    query.addBindValue(store_time::toColumn(failure.nextRetryAt));
    return runInsert(query);
}

std::optional<SyncFailure> FailureStore::find(qint64 id) const
{
    QSqlQuery query = prepared(SelectColumns + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!run(query) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<SyncFailure> FailureStore::all() const
{
    QSqlQuery query = prepared(SelectColumns + u" ORDER BY id"_s);
    QList<SyncFailure> failures;
    if (run(query)) {
        while (query.next())
            failures.append(fromRow(query));
    }
    return failures;
}

int FailureStore::count() const
{
    QSqlQuery query = prepared(u"SELECT COUNT(*) FROM sync_failures"_s);
    return run(query) && query.next() ? query.value(0).toInt() : 0;
}

QList<SyncFailure> FailureStore::dueForRetry(const QDateTime &now) const
{
    QSqlQuery query =
        prepared(SelectColumns + u" WHERE next_retry_at IS NOT NULL AND next_retry_at <= ? "
                                 "ORDER BY next_retry_at, id"_s);
    query.addBindValue(store_time::toColumn(now));
    QList<SyncFailure> failures;
    if (run(query)) {
        while (query.next())
            failures.append(fromRow(query));
    }
    return failures;
}

bool FailureStore::recordFailedRetry(qint64 id, const QString &message, const QDateTime &triedAt,
                                     const QDateTime &nextRetryAt)
{
    QSqlQuery query = prepared(u"UPDATE sync_failures SET attempts = attempts + 1, message = ?, "
                               "last_try_at = ?, next_retry_at = ? WHERE id = ?"_s);
    query.addBindValue(message);
    query.addBindValue(store_time::toColumn(triedAt));
    query.addBindValue(store_time::toColumn(nextRetryAt));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool FailureStore::clearBackoff(const QList<qint64> &ids, const QDateTime &now)
{
    return inTransaction([&] {
        for (qint64 id : ids) {
            QSqlQuery query =
                prepared(u"UPDATE sync_failures SET next_retry_at = ? WHERE id = ?"_s);
            query.addBindValue(store_time::toColumn(now));
            query.addBindValue(id);
            if (!run(query))
                return false;
        }
        return true;
    });
}

bool FailureStore::resolve(qint64 id)
{
    QSqlQuery query = prepared(u"DELETE FROM sync_failures WHERE id = ?"_s);
    query.addBindValue(id);
    return run(query);
}

QList<SyncFailure> FailureStore::inCategory(FailureCategory category) const
{
    QSqlQuery query =
        prepared(SelectColumns + u" WHERE category = ? ORDER BY first_failed_at, id"_s);
    query.addBindValue(failureCategoryName(category));
    QList<SyncFailure> failures;
    if (run(query)) {
        while (query.next())
            failures.append(fromRow(query));
    }
    return failures;
}

QList<SyncFailure> FailureStore::addedAfter(qint64 afterId) const
{
    QSqlQuery query = prepared(SelectColumns + u" WHERE id > ? ORDER BY id"_s);
    query.addBindValue(afterId);
    QList<SyncFailure> failures;
    if (run(query)) {
        while (query.next())
            failures.append(fromRow(query));
    }
    return failures;
}

qint64 FailureStore::lastId() const
{
    QSqlQuery query = prepared(u"SELECT COALESCE(MAX(id), 0) FROM sync_failures"_s);
    return run(query) && query.next() ? query.value(0).toLongLong() : 0;
}

bool FailureStore::setRetryState(qint64 id, int attempts, const QDateTime &firstFailedAt,
                                 const QDateTime &nextRetryAt)
{
    QSqlQuery query = prepared(u"UPDATE sync_failures SET attempts = ?, first_failed_at = "
                               "COALESCE(?, first_failed_at), next_retry_at = ? WHERE id = ?"_s);
    query.addBindValue(attempts);
    query.addBindValue(store_time::toColumn(firstFailedAt));
    query.addBindValue(store_time::toColumn(nextRetryAt));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool FailureStore::release(qint64 id)
{
    return inTransaction([&] {
        QSqlQuery activities =
            prepared(u"UPDATE activities SET sync_state = 'pending', failure_id = NULL WHERE "
                     "failure_id = ? OR id = (SELECT item_id FROM sync_failures WHERE id = ? "
                     "AND item_kind = 'activity')"_s);
        activities.addBindValue(id);
        activities.addBindValue(id);
        QSqlQuery outbox = prepared(u"UPDATE outbox SET failure_id = NULL WHERE failure_id = ?"_s);
        outbox.addBindValue(id);
        QSqlQuery failure = prepared(u"DELETE FROM sync_failures WHERE id = ?"_s);
        failure.addBindValue(id);
        return run(activities) && run(outbox) && run(failure);
    });
}

bool FailureStore::dismiss(qint64 id)
{
    return inTransaction([&] {
        QSqlQuery outbox = prepared(u"DELETE FROM outbox WHERE failure_id = ?"_s);
        outbox.addBindValue(id);
        QSqlQuery failure = prepared(u"DELETE FROM sync_failures WHERE id = ?"_s);
        failure.addBindValue(id);
        return run(outbox) && run(failure);
    });
}

} // namespace syncdesk
