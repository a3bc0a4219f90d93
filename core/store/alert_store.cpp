#include "store/alert_store.h"

#include "store/store_time.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

std::optional<qint64> AlertStore::add(const AlertRecord &alert)
{
    QSqlQuery query = prepared(u"INSERT INTO alerts (sent_at, kind, level, recipient, subject, "
                               "delivered, error, crossing_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(store_time::toColumn(alert.sentAt));
    query.addBindValue(alert.kind);
    query.addBindValue(alert.level);
    query.addBindValue(alert.recipient);
    query.addBindValue(alert.subject);
    query.addBindValue(alert.delivered ? 1 : 0);
    query.addBindValue(alert.error.isEmpty() ? QVariant() : QVariant(alert.error));
    query.addBindValue(alert.crossingId.isEmpty() ? QVariant() : QVariant(alert.crossingId));
    if (!run(query))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

QList<AlertRecord> AlertStore::since(const QDateTime &since) const
{
    QSqlQuery query = prepared(u"SELECT id, sent_at, kind, level, recipient, subject, delivered, "
                               "error, crossing_id FROM alerts WHERE sent_at >= ? "
                               "ORDER BY sent_at, id"_s);
    query.addBindValue(store_time::toColumn(since));
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
        });
    }
    return alerts;
}

bool AlertStore::deliveredForCrossing(const QString &crossingId) const
{
    QSqlQuery query =
        prepared(u"SELECT COUNT(*) FROM alerts WHERE crossing_id = ? AND delivered = 1"_s);
    query.addBindValue(crossingId);
    return run(query) && query.next() && query.value(0).toInt() > 0;
}

} // namespace syncdesk
