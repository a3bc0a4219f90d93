#include "server/bulk_controls.h"

#include "data/record_store.h"
#include "server/sandbox_org.h"

#include <QJsonArray>
#include <functional>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject allocationJson(const DailyAllocation &allocation, const QDateTime &now)
{
    return QJsonObject{{u"used"_s, allocation.used(now)}, {u"max"_s, allocation.max()}};
}

QJsonObject jobJson(const BulkJob &job)
{
    return QJsonObject{
        {u"id"_s, job.id},
        {u"kind"_s, job.kind == BulkJob::Kind::Ingest ? u"ingest"_s : u"query"_s},
        {u"operation"_s, job.operation},
        {u"object"_s, job.object},
        {u"state"_s, BulkJob::stateName(job.state)},
        {u"records"_s,
         job.kind == BulkJob::Kind::Ingest ? qint64(job.rows.size()) : job.resultRows},
        {u"numberRecordsProcessed"_s, job.recordsProcessed},
        {u"numberRecordsFailed"_s, job.recordsFailed},
        {u"batchesDone"_s, job.batchesDone},
    };
}

} // namespace

BulkControls::BulkControls(SandboxOrg &org)
    : m_org(org)
{}

std::optional<ApiResponse> BulkControls::handle(const QString &name, const ApiRequest &request,
                                                const QJsonObject &body)
{
    if (name != u"bulk"_s)
        return std::nullopt;
    if (request.method == "GET")
        return state();
    if (request.method != "POST")
        return ApiResponse::json(400, QJsonObject{{u"error"_s, u"Use GET or POST"_s}});
    BulkJobs &jobs = m_org.bulkJobs();
    const QDateTime now = m_org.clock().now();
    const auto number = [&](const QString &key, qint64 max) -> std::optional<qint64> {
        const qint64 value = body.value(key).toInteger(-1);
        return value >= 0 && value <= max ? std::optional<qint64>(value) : std::nullopt;
    };
    struct Setting
    {
        QString key;
        qint64 min;
        qint64 max;
        std::function<void(qint64)> apply;
    };
    const Setting settings[] = {
        {u"processingDelaySeconds"_s, 0, 24 * 3600, [&](qint64 v) { jobs.setProcessingDelay(v); }},
        {u"queryPageRecords"_s, 1, 100'000'000, [&](qint64 v) { jobs.setQueryPageRecords(v); }},
        {u"batchesUsed"_s, 0, BulkJobs::dailyBatchMax,
         [&](qint64 v) { jobs.batchAllocation().setUsed(now, int(v)); }},
        {u"queryJobsUsed"_s, 0, BulkJobs::dailyQueryJobMax,
         [&](qint64 v) { jobs.queryJobAllocation().setUsed(now, int(v)); }},
        {u"failNextJobs"_s, 0, 1000, [&](qint64 v) { jobs.failNextJobs(int(v)); }},
    };
    for (const Setting &setting : settings) {
        if (!body.contains(setting.key))
            continue;
        const auto value = number(setting.key, setting.max);
        if (!value || *value < setting.min) {
            return ApiResponse::json(
                400, QJsonObject{{u"error"_s, QString(setting.key + u" must be a number from "_s +
                                                      QString::number(setting.min) + u" to "_s +
                                                      QString::number(setting.max))}});
        }
        setting.apply(*value);
    }
    return state();
}

ApiResponse BulkControls::state() const
{
    BulkJobs &jobs = m_org.bulkJobs();
    const QDateTime now = m_org.clock().now();
    QJsonArray list;
    for (const auto kind : {BulkJob::Kind::Ingest, BulkJob::Kind::Query})
        for (const BulkJob *job : jobs.jobs(kind))
            list.append(jobJson(*job));
    return ApiResponse::json(
        200, QJsonObject{{u"processingDelaySeconds"_s, jobs.processingDelay()},
                         {u"queryPageRecords"_s, jobs.queryPageRecords()},
                         {u"failNextJobs"_s, jobs.jobFailuresPending()},
                         {u"batches"_s, allocationJson(jobs.batchAllocation(), now)},
                         {u"queryJobs"_s, allocationJson(jobs.queryJobAllocation(), now)},
                         {u"jobs"_s, list}});
}

} // namespace syncdesk::sandbox
