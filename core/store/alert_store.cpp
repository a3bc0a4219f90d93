#include "store/alert_store.h"

#include "store/store_time.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

std::optional<qint64> AlertStore::add(const AlertRecord &alert)
{
    QSqlQuery query = preparedInsert(
        u"INSERT INTO alerts (sent_at, kind, level, recipient, subject, delivered, error, "
        "crossing_id, attempts, next_try_at, body_text, body_html) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(store_time::toColumn(alert.sentAt));
    query.addBindValue(alert.kind);
    query.addBindValue(alert.level);
    query.addBindValue(alert.recipient);
    query.addBindValue(alert.subject);
    query.addBindValue(alert.delivered ? 1 : 0);
    query.addBindValue(textOrNull(alert.error));
    query.addBindValue(textOrNull(alert.crossingId));
    query.addBindValue(alert.attempts);
    query.addBindValue(store_time::toColumn(alert.nextTryAt));
    query.addBindValue(textOrNull(alert.bodyText));
    query.addBindValue(textOrNull(alert.bodyHtml));
    return runInsert(query);
}

std::optional<AlertRecord> AlertStore::find(qint64 id) const
{
    const QList<AlertRecord> found = select(u"WHERE id = ?"_s, id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<AlertRecord> AlertStore::since(const QDateTime &since) const
{
    return select(u"WHERE sent_at >= ? ORDER BY sent_at, id"_s, store_time::toColumn(since));
}

QList<AlertRecord> AlertStore::newest(int limit) const
{
    return select(u"ORDER BY sent_at DESC, id DESC LIMIT ?"_s, limit);
}

QList<AlertRecord> AlertStore::pending() const
{
    return select(u"WHERE delivered = 0 AND next_try_at IS NOT NULL AND ? = 1 "
                  "ORDER BY next_try_at, id"_s,
                  1);
}

bool AlertStore::deliveredForCrossing(const QString &crossingId) const
{
    QSqlQuery query =
        prepared(u"SELECT COUNT(*) FROM alerts WHERE crossing_id = ? AND delivered = 1"_s);
    query.addBindValue(crossingId);
    return run(query) && query.next() && query.value(0).toInt() > 0;
}

bool AlertStore::markDelivered(qint64 id, const QDateTime &at, int attempts)
{
    QSqlQuery query = prepared(u"UPDATE alerts SET delivered = 1, error = NULL, sent_at = ?, "
                               "attempts = ?, next_try_at = NULL WHERE id = ?"_s);
    query.addBindValue(store_time::toColumn(at));
    query.addBindValue(attempts);
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool AlertStore::markFailed(qint64 id, const QString &error, int attempts,
                            const QDateTime &nextTryAt)
{
    QSqlQuery query =
        prepared(u"UPDATE alerts SET delivered = 0, error = ?, attempts = ?, next_try_at = ? "
                 "WHERE id = ?"_s);
    query.addBindValue(error);
    query.addBindValue(attempts);
    query.addBindValue(store_time::toColumn(nextTryAt));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

QList<AlertRecord> AlertStore::select(const QString &tail, const QVariant &bound) const
{
    QSqlQuery query = prepared(u"SELECT id, sent_at, kind, level, recipient, subject, delivered, "
                               "error, crossing_id, attempts, next_try_at, body_text, body_html "
                               "FROM alerts "_s +
                               tail);
    query.addBindValue(bound);
    QList<AlertRecord> alerts;
    if (!run(query))
        return alerts;
    while (query.next()) {
        alerts.append(AlertRecord{
            .id = query.value(0).toLongLong(),
            .sentAt = store_time::fromColumn(query.value(1)),
            .kind = query.value(2).toString(),
            .level = query.value(3).toString(),
            .recipient = query.value(4).toString(),
            .subject = query.value(5).toString(),
            .delivered = query.value(6).toInt() != 0,
            .error = query.value(7).toString(),
            .crossingId = query.value(8).toString(),
            .attempts = query.value(9).toInt(),
            .nextTryAt = store_time::fromColumn(query.value(10)),
            .bodyText = query.value(11).toString(),
            .bodyHtml = query.value(12).toString(),
        });
    }
    return alerts;
}

} // namespace syncdesk
