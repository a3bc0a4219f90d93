#include "sync/inbound_bulk_read.h"

#include "salesforce/describe_cache.h"
#include "salesforce/salesforce_client.h"
#include "store/describe_cache_store.h"
#include "store/watermark_store.h"
#include "sync/inbound_poll.h"
#include "sync/outbound_route.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr qint64 kRowsPerQueryPage = 2'000;

// What every poll reads, typed even before a describe says so.
void addSystemTypes(Bulk2ColumnTypes &types)
{
    types.insert(u"SystemModstamp"_s, Bulk2ValueType::DateTime);
    types.insert(u"IsDeleted"_s, Bulk2ValueType::Boolean);
    types.insert(u"IsConverted"_s, Bulk2ValueType::Boolean);
}

} // namespace

InboundRoute chooseInboundRoute(qint64 rows, qint64 threshold, qint64 pageRecords,
                                bool describeStored)
{
    InboundRoute route;
    route.compositeCalls = (rows + kRowsPerQueryPage - 1) / kRowsPerQueryPage;
    pageRecords = std::max<qint64>(1, pageRecords);
    route.bulkCalls = (describeStored ? 0 : 1) + 1 +
                      expectedBulkPolls(rows, kBulkSecondsPer10kRecords) +
                      std::max<qint64>(1, (rows + pageRecords - 1) / pageRecords);
    const QLocale locale;
    // Plural forms take an int. Computed outside the calls: lupdate stops parsing at a
    // template's angle brackets inside translate()'s arguments and never returns.
    const int shownRows = int(std::min<qint64>(rows, INT_MAX));
    if (rows < threshold) {
        route.why = QCoreApplication::translate(
                        "InboundRoute", "%Ln row(s) to read, under the Bulk API threshold of %1",
                        nullptr, shownRows)
                        .arg(locale.toString(threshold));
        return route;
    }
    if (route.bulkCalls >= route.compositeCalls) {
        route.why =
            QCoreApplication::translate("InboundRoute",
                                        "%Ln row(s): Bulk API would spend %1 calls, composite %2",
                                        nullptr, shownRows)
                .arg(locale.toString(route.bulkCalls), locale.toString(route.compositeCalls));
        return route;
    }
    route.bulk = true;
    route.why = QCoreApplication::translate(
                    "InboundRoute", "%Ln row(s), about %1 calls instead of %2", nullptr, shownRows)
                    .arg(locale.toString(route.bulkCalls), locale.toString(route.compositeCalls));
    return route;
}

InboundBulkRead::InboundBulkRead(QSqlDatabase db, SalesforceClient *client, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
    , m_bulk(new Bulk2QueryClient(client, CallCategory::InboundPoll, this))
{}

void InboundBulkRead::setPollIntervals(std::chrono::milliseconds first,
                                       std::chrono::milliseconds max)
{
    m_bulk->setPollIntervals(first, max);
}

void InboundBulkRead::run(const QString &crmObject, RecordKind kind, const MappedFields &fields,
                          const QDateTime &polledAt, InboundCounts *counts, const QString &why,
                          std::function<void(InboundBulkReadReport)> onDone)
{
    m_why = why;
    m_onDone = std::move(onDone);
    m_report = InboundBulkReadReport{};
    m_kind = kind;
    m_fields = fields;
    m_polledAt = polledAt;
    m_counts = counts;
    m_replaced = false;
    m_requestsAtStart = m_bulk->requestsSent();
    const InboundBulkReadStore reads(m_db);
    const std::optional<InboundBulkReadRow> read = reads.find(crmObject);
    if (!read) {
        m_report.storeError = reads.lastError().isEmpty()
                                  ? u"no Bulk read is recorded for "_s + crmObject
                                  : reads.lastError();
        QMetaObject::invokeMethod(
            this, [this] { stop(); }, Qt::QueuedConnection);
        return;
    }
    m_read = *read;
    withColumnTypes();
}

void InboundBulkRead::withColumnTypes()
{
    m_types.clear();
    if (const std::optional<CachedDescribe> cached =
            DescribeCacheStore(m_db).find(m_read.crmObject)) {
        m_types = Bulk2QueryClient::columnTypesOf(QJsonDocument::fromJson(cached->body).object());
        addSystemTypes(m_types);
        return step();
    }
    // The CSV is all text: the describe says which columns are booleans, numbers and
    // datetimes, as the SOQL answers carry them. Asked for once, then kept like any describe.
    auto *describes = new DescribeCache(m_client, m_db, this);
    ++m_report.calls;
    const QPointer<InboundBulkRead> self(this);
    describes->describe(m_read.crmObject, [self, describes](const auto &result) {
        describes->deleteLater();
        if (!self)
            return;
        if (const auto *error = std::get_if<SalesforceError>(&result))
            return self->stop(*error);
        self->m_types = Bulk2QueryClient::columnTypesOf(std::get<ObjectDescription>(result).json);
        addSystemTypes(self->m_types);
        self->step();
    });
}

void InboundBulkRead::step()
{
    if (m_read.jobId.isEmpty())
        return create();
    if (m_read.nextLocator.isEmpty() && m_read.pagesApplied == 0)
        return waitForJob();
    readPage();
}

void InboundBulkRead::create()
{
    const QPointer<InboundBulkRead> self(this);
    m_bulk->createJob(m_read.soql, true, [self](const SalesforceResult<Bulk2JobInfo> &result) {
        if (!self)
            return;
        if (const auto *error = std::get_if<SalesforceError>(&result))
            return self->stop(*error);
        const Bulk2JobInfo &job = std::get<Bulk2JobInfo>(result);
        // Before anything else: a restart from here polls this job, not a new one.
        InboundBulkReadStore reads(self->m_db);
        if (!reads.setJob(self->m_read.crmObject, job.id)) {
            self->m_report.storeError = reads.lastError();
            return self->stop();
        }
        self->m_read.jobId = job.id;
        self->m_read.nextLocator.clear();
        self->m_read.pagesApplied = 0;
        self->reportProgress();
        self->waitForJob();
    });
}

void InboundBulkRead::waitForJob()
{
    const QPointer<InboundBulkRead> self(this);
    m_bulk->waitUntilFinished(
        m_read.jobId, [self](const Bulk2JobInfo &) { self->reportProgress(); },
        [self](const SalesforceResult<Bulk2JobInfo> &result) {
            if (!self)
                return;
            if (const auto *error = std::get_if<SalesforceError>(&result)) {
                if (Bulk2QueryClient::isJobGone(*error))
                    return self->replaceJob(error->summary());
                return self->stop(*error);
            }
            const Bulk2JobInfo &job = std::get<Bulk2JobInfo>(result);
            if (job.state != u"JobComplete"_s)
                return self->replaceJob(job.state + u": "_s + job.errorMessage);
            self->readPage();
        });
}

void InboundBulkRead::readPage()
{
    const QPointer<InboundBulkRead> self(this);
    m_bulk->resultsPage(
        m_read.jobId, m_read.nextLocator, m_pageRecords, m_types, kRowsPerTransaction,
        [self](const QJsonArray &rows) { return self && self->applyRows(rows); },
        [self](const SalesforceResult<Bulk2QueryPage> &result) {
            if (!self)
                return;
            if (!self->m_report.storeError.isEmpty())
                return self->stop();
            if (const auto *error = std::get_if<SalesforceError>(&result)) {
                if (Bulk2QueryClient::isJobGone(*error))
                    return self->replaceJob(error->summary());
                if (error->code == u"JOB_NOT_COMPLETE"_s)
                    return self->waitForJob();
                return self->stop(*error);
            }
            const Bulk2QueryPage &page = std::get<Bulk2QueryPage>(result);
            if (page.nextLocator.isEmpty())
                return self->finishRead();
            InboundBulkReadStore reads(self->m_db);
            if (!reads.pageApplied(self->m_read.crmObject, page.nextLocator)) {
                self->m_report.storeError = reads.lastError();
                return self->stop();
            }
            self->m_read.nextLocator = page.nextLocator;
            ++self->m_read.pagesApplied;
            self->readPage();
        });
}

bool InboundBulkRead::applyRows(const QJsonArray &rows)
{
    QString newestText;
    QDateTime newest;
    for (const QJsonValue &value : rows) {
        const QString stamp = value.toObject().value(u"SystemModstamp"_s).toString();
        const QDateTime parsed = InboundApply::parseModstamp(stamp);
        if (parsed.isValid() && (!newest.isValid() || parsed > newest)) {
            newest = parsed;
            newestText = stamp;
        }
    }
    InboundApply apply(m_db, m_fields, m_client ? m_client->serverClockOffsetMs() : 0);
    InboundBulkReadStore reads(m_db);
    // The watermark stays: rows come in no order, so it moves once the last page is in.
    const bool applied = apply.apply(
        m_read.crmObject, m_kind, rows, m_polledAt, m_counts, InboundApply::Watermark::Keep,
        [&] { return reads.rowsApplied(m_read.crmObject, rows.size(), newestText); });
    if (!applied) {
        m_report.storeError = apply.lastError().isEmpty() ? reads.lastError() : apply.lastError();
        return false;
    }
    m_read.rowsApplied += rows.size();
    if (!newestText.isEmpty() && (m_read.newestModstamp.isEmpty() ||
                                  InboundApply::parseModstamp(m_read.newestModstamp) < newest))
        m_read.newestModstamp = newestText;
    m_report.rows += rows.size();
    reportProgress();
    return true;
}

void InboundBulkRead::replaceJob(const QString &why)
{
    // Once per run: a job that fails again at once is the org's problem to show, not a
    // loop of new jobs.
    if (m_replaced)
        return stop(SalesforceError::transient(u"The Bulk API query job failed again: "_s + why));
    m_replaced = true;
    const QString watermark = WatermarkStore(m_db)
                                  .watermarkCovering(m_read.crmObject, m_read.inboundFields)
                                  .value_or(QString());
    const QString soql =
        InboundPoll::bulkSoqlFor(m_read.crmObject, m_read.inboundFields, watermark);
    InboundBulkReadStore reads(m_db);
    if (!reads.restart(m_read.crmObject, soql)) {
        m_report.storeError = reads.lastError();
        return stop();
    }
    m_read.soql = soql;
    m_read.jobId.clear();
    m_read.nextLocator.clear();
    m_read.pagesApplied = 0;
    create();
}

void InboundBulkRead::finishRead()
{
    // The watermark moves to the newest row applied and the read is forgotten, together.
    InboundApply apply(m_db, m_fields, m_client ? m_client->serverClockOffsetMs() : 0);
    InboundBulkReadStore reads(m_db);
    const QString newest = InboundBulkReadStore(m_db)
                               .find(m_read.crmObject)
                               .value_or(InboundBulkReadRow{})
                               .newestModstamp;
    const bool done =
        apply.apply(m_read.crmObject, m_kind, QJsonArray(), m_polledAt, nullptr,
                    InboundApply::Watermark::Keep, [&] {
                        return (newest.isEmpty() ||
                                apply.moveWatermark(m_read.crmObject, newest, m_polledAt)) &&
                               reads.remove(m_read.crmObject);
                    });
    if (!done) {
        m_report.storeError = apply.lastError().isEmpty() ? reads.lastError() : apply.lastError();
        return stop();
    }
    m_report.finished = true;
    stop();
}

void InboundBulkRead::reportProgress(bool running)
{
    if (!m_reporter)
        return;
    BulkProgress progress;
    progress.running = running;
    progress.direction = BulkProgress::Direction::Read;
    progress.object = m_read.crmObject;
    progress.processed = m_read.rowsApplied;
    progress.total = std::max(m_read.expectedRows, m_read.rowsApplied);
    progress.calls = m_report.calls + m_bulk->requestsSent() - m_requestsAtStart;
    progress.why = m_why;
    m_reporter(progress);
}

void InboundBulkRead::stop(std::optional<SalesforceError> error)
{
    if (error)
        m_report.callError = std::move(error);
    reportProgress(false);
    m_report.calls += m_bulk->requestsSent() - m_requestsAtStart;
    m_requestsAtStart = m_bulk->requestsSent();
    if (auto onDone = std::exchange(m_onDone, nullptr))
        onDone(std::exchange(m_report, InboundBulkReadReport{}));
}

} // namespace syncdesk
