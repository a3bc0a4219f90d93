#include "store/watermark_store.h"

#include "store/store_time.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

std::optional<QString> WatermarkStore::watermark(const QString &crmObject) const
{
    QSqlQuery query =
        prepared(u"SELECT system_modstamp FROM sync_watermarks WHERE crm_object = ?"_s);
    query.addBindValue(crmObject);
    if (!run(query) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

std::optional<QString> WatermarkStore::watermarkCovering(const QString &crmObject,
                                                         const QStringList &inboundFields) const
{
    QSqlQuery query = prepared(
        u"SELECT system_modstamp, inbound_fields FROM sync_watermarks WHERE crm_object = ?"_s);
    query.addBindValue(crmObject);
    if (!run(query) || !query.next())
        return std::nullopt;
    // Watermarks from before schema 4 name no fields: taken to cover what is mapped.
    if (!query.value(1).isNull()) {
        const QStringList covered = query.value(1).toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &field : inboundFields) {
            if (!covered.contains(field))
                return std::nullopt;
        }
    }
    return query.value(0).toString();
}

QDateTime WatermarkStore::polledAt(const QString &crmObject) const
{
    QSqlQuery query = prepared(u"SELECT polled_at FROM sync_watermarks WHERE crm_object = ?"_s);
    query.addBindValue(crmObject);
    if (!run(query) || !query.next())
        return {};
    return store_time::fromColumn(query.value(0));
}

bool WatermarkStore::advance(const QString &crmObject, const QString &systemModstamp,
                             const QDateTime &polledAt, const QStringList &inboundFields)
{
    QSqlQuery query = prepared(u"INSERT INTO sync_watermarks (crm_object, system_modstamp, "
                               "polled_at, inbound_fields) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (crm_object) DO UPDATE SET system_modstamp = "
                               "excluded.system_modstamp, polled_at = excluded.polled_at, "
                               "inbound_fields = excluded.inbound_fields"_s);
    query.addBindValue(crmObject);
    query.addBindValue(systemModstamp);
    query.addBindValue(store_time::toColumn(polledAt));
    query.addBindValue(inboundFields.isEmpty() ? QVariant() : QVariant(inboundFields.join(u',')));
    return run(query);
}

bool WatermarkStore::clear(const QString &crmObject)
{
    QSqlQuery query = prepared(u"DELETE FROM sync_watermarks WHERE crm_object = ?"_s);
    query.addBindValue(crmObject);
    return run(query);
}

} // namespace syncdesk
