#include "sync/inbound_prefetch.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

InboundPrefetch::InboundPrefetch(QSqlDatabase db, const QString &crmObject, const QJsonArray &rows)
{
    QStringList crmIds;
    crmIds.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        const QString crmId = row.toObject().value(u"Id"_s).toString();
        if (!crmId.isEmpty())
            crmIds.append(crmId);
    }
    const RecordStore records(db);
    m_recordByCrmId = records.findManyByCrmId(crmObject, crmIds);
    if (!records.lastError().isEmpty())
        return;
    QList<qint64> recordIds;
    recordIds.reserve(m_recordByCrmId.size());
    for (const LocalRecord &record : std::as_const(m_recordByCrmId))
        recordIds.append(record.id);
    const OutboxStore outbox(db);
    m_entriesByRecord = outbox.forRecords(recordIds);
    m_valid = outbox.lastError().isEmpty();
}

std::optional<std::optional<LocalRecord>> InboundPrefetch::record(const QString &crmId) const
{
    if (!m_valid)
        return std::nullopt;
    const auto found = m_recordByCrmId.constFind(crmId);
    if (found == m_recordByCrmId.constEnd())
        return std::optional<LocalRecord>();
    return std::optional<LocalRecord>(*found);
}

std::optional<QList<OutboxEntry>> InboundPrefetch::entries(qint64 recordId) const
{
    if (!m_valid)
        return std::nullopt;
    return m_entriesByRecord.value(recordId);
}

} // namespace syncdesk
