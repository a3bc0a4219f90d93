#pragma once

#include "store/outbox_store.h"
#include "store/record_store.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <optional>

namespace syncdesk {

// What one page of inbound rows needs from the store, read in a few statements before
// the rows are applied one by one: the local records linked to the rows' ids and those
// records' outbox entries. A first import of 100,000 rows asks the store a few hundred
// times instead of a few hundred thousand.
//
// It answers only while nothing but the row's own record has changed: a row that reaches
// further (a merge or conversion followed, a record linked or deleted) calls forget(), and
// the rest of the page asks the store directly.
class InboundPrefetch
{
public:
    InboundPrefetch(QSqlDatabase db, const QString &crmObject, const QJsonArray &rows);

    // nullopt: not known here, ask the store. Otherwise the linked record, if any.
    std::optional<std::optional<LocalRecord>> record(const QString &crmId) const;
    // nullopt: not known here, ask the store.
    std::optional<QList<OutboxEntry>> entries(qint64 recordId) const;

    void forget() { m_valid = false; }

private:
    bool m_valid = false;
    QHash<QString, LocalRecord> m_recordByCrmId;
    QHash<qint64, QList<OutboxEntry>> m_entriesByRecord;
};

} // namespace syncdesk
