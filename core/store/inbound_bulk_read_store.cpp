#include "store/inbound_bulk_read_store.h"

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

std::optional<InboundBulkReadRow> InboundBulkReadStore::find(const QString &crmObject) const
{
    QSqlQuery query = prepared(u"SELECT soql, inbound_fields, job_id, next_locator, "
                               "pages_applied, rows_applied, newest_modstamp, expected_rows, "
                               "planned_at FROM inbound_bulk_reads WHERE crm_object = ?"_s);
    query.addBindValue(crmObject);
    if (!run(query) || !query.next())
        return std::nullopt;
    return InboundBulkReadRow{
        .crmObject = crmObject,
        .soql = query.value(0).toString(),
        .inboundFields = query.value(1).toString().split(u',', Qt::SkipEmptyParts),
        .jobId = query.value(2).toString(),
        .nextLocator = query.value(3).toString(),
        .pagesApplied = query.value(4).toLongLong(),
        .rowsApplied = query.value(5).toLongLong(),
        .newestModstamp = query.value(6).toString(),
        .expectedRows = query.value(7).toLongLong(),
        .plannedAt = store_time::fromColumn(query.value(8)),
    };
}

bool InboundBulkReadStore::plan(const InboundBulkReadRow &read)
{
    return inTransaction([&] {
        if (!remove(read.crmObject))
            return false;
        QSqlQuery insert =
            prepared(u"INSERT INTO inbound_bulk_reads (crm_object, soql, inbound_fields, job_id, "
                     "next_locator, pages_applied, rows_applied, newest_modstamp, expected_rows, "
                     "planned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        insert.addBindValue(read.crmObject);
        insert.addBindValue(read.soql);
        insert.addBindValue(read.inboundFields.join(u','));
        insert.addBindValue(textOrNull(read.jobId));
        insert.addBindValue(textOrNull(read.nextLocator));
        insert.addBindValue(read.pagesApplied);
        insert.addBindValue(read.rowsApplied);
        insert.addBindValue(textOrNull(read.newestModstamp));
        insert.addBindValue(read.expectedRows);
        insert.addBindValue(store_time::toColumn(read.plannedAt));
        return run(insert);
    });
}

bool InboundBulkReadStore::setJob(const QString &crmObject, const QString &jobId)
{
    QSqlQuery query = prepared(u"UPDATE inbound_bulk_reads SET job_id = ?, next_locator = NULL, "
                               "pages_applied = 0 WHERE crm_object = ?"_s);
    query.addBindValue(jobId);
    query.addBindValue(crmObject);
    return run(query) && query.numRowsAffected() == 1;
}

bool InboundBulkReadStore::restart(const QString &crmObject, const QString &soql)
{
    QSqlQuery query = prepared(u"UPDATE inbound_bulk_reads SET soql = ?, job_id = NULL, "
                               "next_locator = NULL, pages_applied = 0 WHERE crm_object = ?"_s);
    query.addBindValue(soql);
    query.addBindValue(crmObject);
    return run(query) && query.numRowsAffected() == 1;
}

bool InboundBulkReadStore::rowsApplied(const QString &crmObject, qint64 rows,
                                       const QString &newestModstamp)
{
    // Stamps in one form (InboundPoll's): their text orders as their time does.
    QSqlQuery query = prepared(
        u"UPDATE inbound_bulk_reads SET rows_applied = rows_applied + ?, newest_modstamp = "
        "CASE WHEN newest_modstamp IS NULL OR newest_modstamp < ? THEN ? ELSE newest_modstamp "
        "END WHERE crm_object = ?"_s);
    query.addBindValue(rows);
    query.addBindValue(newestModstamp);
    query.addBindValue(newestModstamp);
    query.addBindValue(crmObject);
    return run(query) && query.numRowsAffected() == 1;
}

bool InboundBulkReadStore::pageApplied(const QString &crmObject, const QString &nextLocator)
{
    QSqlQuery query = prepared(u"UPDATE inbound_bulk_reads SET next_locator = ?, pages_applied = "
                               "pages_applied + 1 WHERE crm_object = ?"_s);
    query.addBindValue(textOrNull(nextLocator));
    query.addBindValue(crmObject);
    return run(query) && query.numRowsAffected() == 1;
}

bool InboundBulkReadStore::remove(const QString &crmObject)
{
    QSqlQuery query = prepared(u"DELETE FROM inbound_bulk_reads WHERE crm_object = ?"_s);
    query.addBindValue(crmObject);
    return run(query);
}

} // namespace syncdesk
