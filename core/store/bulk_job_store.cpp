#include "store/bulk_job_store.h"

#include "store/store_time.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr std::pair<BulkJobRow::Stage, QStringView> kStages[] = {
    {BulkJobRow::Stage::Planned, u"planned"},
    {BulkJobRow::Stage::Created, u"created"},
    {BulkJobRow::Stage::Uploaded, u"uploaded"},
    {BulkJobRow::Stage::Closed, u"closed"},
};

BulkJobRow::Stage stageFromName(const QString &name)
{
    for (const auto &[stage, text] : kStages)
        if (text == name)
            return stage;
    return BulkJobRow::Stage::Planned;
}

} // namespace

QString BulkJobStore::stageName(BulkJobRow::Stage stage)
{
    for (const auto &[known, text] : kStages)
        if (known == stage)
            return text.toString();
    return {};
}

std::optional<qint64> BulkJobStore::plan(const QString &batchId, const QString &crmObject,
                                         const QString &operation, const QList<qint64> &entryIds,
                                         qint64 records, const QDateTime &at)
{
    std::optional<qint64> id;
    const bool planned = inTransaction([&] {
        QSqlQuery insert =
            preparedInsert(u"INSERT INTO bulk_jobs (batch_id, crm_object, operation, "
                           "stage, planned_at, records) VALUES (?, ?, ?, ?, ?, ?)"_s);
        insert.addBindValue(batchId);
        insert.addBindValue(crmObject);
        insert.addBindValue(operation);
        insert.addBindValue(stageName(BulkJobRow::Stage::Planned));
        insert.addBindValue(store_time::toColumn(at));
        insert.addBindValue(records);
        id = runInsert(insert);
        if (!id)
            return false;
        if (runForIds(u"INSERT INTO bulk_job_entries (bulk_job, entry_id) SELECT CAST(? AS "
                      "BIGINT), id FROM "
                      "outbox WHERE id IN (%ids)"_s,
                      entryIds, {*id}) != entryIds.size())
            return false;
        return runForIds(u"UPDATE outbox SET batch_id = ? WHERE id IN (%ids) AND batch_id IS "
                         "NULL AND failure_id IS NULL"_s,
                         entryIds, {batchId}) == entryIds.size();
    });
    return planned ? id : std::nullopt;
}

bool BulkJobStore::setCreated(qint64 id, const QString &jobId)
{
    QSqlQuery update = prepared(u"UPDATE bulk_jobs SET job_id = ?, stage = ? WHERE id = ?"_s);
    update.addBindValue(jobId);
    update.addBindValue(stageName(BulkJobRow::Stage::Created));
    update.addBindValue(id);
    return run(update) && update.numRowsAffected() == 1;
}

bool BulkJobStore::setStage(qint64 id, BulkJobRow::Stage stage)
{
    QSqlQuery update = prepared(u"UPDATE bulk_jobs SET stage = ? WHERE id = ?"_s);
    update.addBindValue(stageName(stage));
    update.addBindValue(id);
    return run(update) && update.numRowsAffected() == 1;
}

QList<BulkJobRow> BulkJobStore::all() const
{
    QList<BulkJobRow> jobs;
    QSqlQuery rows = prepared(u"SELECT id, batch_id, crm_object, operation, job_id, stage, "
                              "planned_at, records FROM bulk_jobs ORDER BY id"_s);
    if (!run(rows))
        return jobs;
    while (rows.next()) {
        BulkJobRow job;
        job.id = rows.value(0).toLongLong();
        job.batchId = rows.value(1).toString();
        job.crmObject = rows.value(2).toString();
        job.operation = rows.value(3).toString();
        job.jobId = rows.value(4).toString();
        job.stage = stageFromName(rows.value(5).toString());
        job.plannedAt = store_time::fromColumn(rows.value(6));
        job.records = rows.value(7).toLongLong();
        jobs.append(job);
    }
    return jobs;
}

QList<BulkCarriedEntry> BulkJobStore::carried(const QString &batchId) const
{
    QList<BulkCarriedEntry> entries;
    QSqlQuery rows = prepared(u"SELECT o.id, o.record_id, r.crm_id FROM outbox o JOIN records r "
                              "ON r.id = o.record_id WHERE o.batch_id = ? ORDER BY o.id"_s);
    rows.addBindValue(batchId);
    if (!run(rows))
        return entries;
    while (rows.next())
        entries.append(
            {rows.value(0).toLongLong(), rows.value(1).toLongLong(), rows.value(2).toString()});
    return entries;
}

bool BulkJobStore::finish(qint64 id, const QString &batchId)
{
    return inTransaction([&] {
        QSqlQuery release = prepared(u"UPDATE outbox SET batch_id = NULL WHERE batch_id = ?"_s);
        release.addBindValue(batchId);
        QSqlQuery forget = prepared(u"DELETE FROM bulk_jobs WHERE id = ?"_s);
        forget.addBindValue(id);
        return run(release) && run(forget);
    });
}

int BulkJobStore::markInFlightAgain()
{
    QSqlQuery mark = prepared(
        u"UPDATE outbox SET batch_id = (SELECT j.batch_id FROM bulk_job_entries e JOIN bulk_jobs "
        "j ON j.id = e.bulk_job WHERE e.entry_id = outbox.id) WHERE batch_id IS NULL AND "
        "failure_id IS NULL AND id IN (SELECT entry_id FROM bulk_job_entries)"_s);
    return run(mark) ? mark.numRowsAffected() : -1;
}

} // namespace syncdesk
