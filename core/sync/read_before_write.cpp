#include "sync/read_before_write.h"

#include "salesforce/bulk2_query_client.h"
#include "salesforce/salesforce_client.h"
#include "store/describe_cache_store.h"
#include "sync/inbound_apply.h"
#include "sync/inbound_poll.h"
#include "sync/outbound_route.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

// Rows of a results page when the request names no maxRecords (the sandbox's default;
// Salesforce's own is unpublished, and larger pages only spend fewer calls).
constexpr qint64 kBulkPageRecords = 50'000;
constexpr qsizetype kRowsPerApply = 2'000;

} // namespace

ReadBeforeWrite::ReadBeforeWrite(QSqlDatabase db, SalesforceClient *client, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
    , m_bulkQuery(new Bulk2QueryClient(client, CallCategory::InboundPoll, this))
{}

QString ReadBeforeWrite::soqlFor(const CrmIdBatch &batch, const QStringList &inboundFields)
{
    // The inbound poll's columns, so that the rows decide exactly as a poll's would.
    QString soql = InboundPoll::soqlFor(batch.crmObject, inboundFields, QString());
    const qsizetype orderBy = soql.lastIndexOf(u" ORDER BY "_s);
    if (orderBy >= 0)
        soql.truncate(orderBy);
    return soql + u" WHERE "_s + batch.idCondition();
}

void ReadBeforeWrite::run(const MappedFields &fields,
                          std::function<void(ReadBeforeWriteReport)> onDone)
{
    m_fields = fields;
    m_onDone = std::move(onDone);
    m_report = {};
    m_queries.clear();
    m_bulkReads.clear();
    m_bulkRequestsAtStart = m_bulkQuery->requestsSent();
    for (const QString &object : InboundPoll::pollableObjects()) {
        // Only fields read inbound can have changed on Salesforce's side for SyncDesk.
        if (m_fields.inboundCrmFields(object).isEmpty())
            continue;
        QSqlQuery linked(m_db);
        linked.prepare(u"SELECT DISTINCT r.crm_id, r.id FROM outbox o JOIN records r ON r.id "
                       "= o.record_id WHERE r.crm_object = ? AND r.crm_id IS NOT NULL AND "
                       "r.crm_deleted_at IS NULL AND o.batch_id IS NULL AND o.failure_id IS "
                       "NULL ORDER BY r.crm_id"_s);
        linked.addBindValue(object);
        if (!linked.exec())
            continue;
        const QList<CrmIdBatch> batches =
            CrmIdBatch::fromRows(object, linked, &m_report.listedRecordIds);
        qint64 ids = 0;
        for (const CrmIdBatch &batch : batches)
            ids += batch.ids.size();
        if (!readsThroughBulk(object, ids)) {
            m_queries += batches;
            continue;
        }
        BulkRead read{object, {}};
        read.ids.reserve(ids);
        for (const CrmIdBatch &batch : batches)
            for (const QString &id : batch.ids)
                read.ids.insert(id);
        m_bulkReads.append(read);
    }
    readNextThroughBulk();
}

bool ReadBeforeWrite::readsThroughBulk(const QString &crmObject, qint64 ids) const
{
    if (m_bulkThreshold <= 0 || ids < m_bulkThreshold)
        return false;
    // The rows are typed by the object's describe; without one they go through SOQL.
    if (!DescribeCacheStore(m_db).find(crmObject))
        return false;
    // The job reads the whole object: its size is about the records linked here.
    QSqlQuery linked(m_db);
    linked.prepare(u"SELECT COUNT(*) FROM records WHERE crm_object = ? AND crm_id IS NOT NULL "
                   "AND crm_deleted_at IS NULL"_s);
    linked.addBindValue(crmObject);
    if (!linked.exec() || !linked.next())
        return false;
    const qint64 rows = std::max(ids, linked.value(0).toLongLong());
    const qint64 composite = (ids + CrmIdBatch::kIdsPerCall - 1) / CrmIdBatch::kIdsPerCall;
    const qint64 bulk = 1 + expectedBulkPolls(rows, kBulkSecondsPer10kRecords) +
                        (rows + kBulkPageRecords - 1) / kBulkPageRecords;
    return bulk < composite;
}

void ReadBeforeWrite::readNextThroughBulk()
{
    if (m_bulkReads.isEmpty() || !m_client)
        return sendNext();
    if (m_gate && !m_gate()) {
        m_report.deferred = true;
        m_bulkReads.clear();
        m_queries.clear();
        return finish();
    }
    QString soql =
        InboundPoll::soqlFor(m_bulkReads.first().crmObject,
                             m_fields.inboundCrmFields(m_bulkReads.first().crmObject), QString());
    const qsizetype orderBy = soql.lastIndexOf(u" ORDER BY "_s);
    if (orderBy >= 0)
        soql.truncate(orderBy);
    const QPointer<ReadBeforeWrite> self(this);
    auto failed = [self](const SalesforceError &error) {
        if (self)
            self->stopWith(error);
    };
    m_bulkQuery->createJob(soql, false, [self, failed](const SalesforceResult<Bulk2JobInfo> &job) {
        if (!self)
            return;
        if (const auto *error = std::get_if<SalesforceError>(&job))
            return failed(*error);
        const QString jobId = std::get<Bulk2JobInfo>(job).id;
        self->m_bulkQuery->waitUntilFinished(
            jobId, nullptr, [self, failed, jobId](const SalesforceResult<Bulk2JobInfo> &info) {
                if (!self)
                    return;
                if (const auto *error = std::get_if<SalesforceError>(&info))
                    return failed(*error);
                const Bulk2JobInfo &done = std::get<Bulk2JobInfo>(info);
                if (done.state != u"JobComplete"_s) {
                    SalesforceError error;
                    error.code = u"BULK_QUERY_"_s + done.state.toUpper();
                    error.message = done.errorMessage;
                    error.kind = SalesforceError::Kind::Transient;
                    return failed(error);
                }
                self->readBulkPage(jobId, QString());
            });
    });
}

void ReadBeforeWrite::readBulkPage(const QString &jobId, const QString &locator)
{
    const BulkRead &read = m_bulkReads.first();
    Bulk2ColumnTypes types;
    if (const std::optional<CachedDescribe> cached = DescribeCacheStore(m_db).find(read.crmObject))
        types = Bulk2QueryClient::columnTypesOf(QJsonDocument::fromJson(cached->body).object());
    const QPointer<ReadBeforeWrite> self(this);
    const QDateTime readAt = QDateTime::currentDateTimeUtc();
    m_bulkQuery->resultsPage(
        jobId, locator, 0, types, kRowsPerApply,
        [self, readAt](const QJsonArray &rows) {
            if (!self)
                return false;
            const BulkRead &read = self->m_bulkReads.first();
            // The whole object came: only the listed records are decided, as a read by id.
            QJsonArray listed;
            for (const QJsonValue &row : rows) {
                if (read.ids.contains(row.toObject().value(u"Id"_s).toString()))
                    listed.append(row);
            }
            if (listed.isEmpty())
                return true;
            InboundApply decide(self->m_db, self->m_fields,
                                self->m_client ? self->m_client->serverClockOffsetMs() : 0);
            InboundCounts counts;
            if (!decide.apply(read.crmObject, recordKindOf(read.crmObject), listed, readAt, &counts,
                              InboundApply::Watermark::Keep))
                qWarning() << "read before write: cannot store" << decide.lastError();
            self->m_report.conflicts += counts.conflicts;
            return true;
        },
        [self, jobId](const SalesforceResult<Bulk2QueryPage> &page) {
            if (!self)
                return;
            if (const auto *error = std::get_if<SalesforceError>(&page))
                return self->stopWith(*error);
            const QString next = std::get<Bulk2QueryPage>(page).nextLocator;
            if (!next.isEmpty())
                return self->readBulkPage(jobId, next);
            self->m_bulkReads.removeFirst();
            self->readNextThroughBulk();
        });
}

void ReadBeforeWrite::sendNext()
{
    if (m_queries.isEmpty() || !m_client)
        return finish();
    if (m_gate && !m_gate()) {
        m_report.deferred = true;
        m_queries.clear();
        return finish();
    }
    const QList<CrmIdBatch> round = m_queries.mid(0, CrmIdBatch::kQueriesPerComposite);
    m_queries.remove(0, round.size());
    QList<CompositeSubrequest> subrequests;
    for (qsizetype i = 0; i < round.size(); ++i) {
        const QString soql = soqlFor(round.at(i), m_fields.inboundCrmFields(round.at(i).crmObject));
        subrequests.append({.method = "GET",
                            .url = m_client->queryPath(soql, false),
                            .referenceId = u"read%1"_s.arg(i),
                            .body = {}});
    }
    ++m_report.calls;
    const QPointer<ReadBeforeWrite> self(this);
    m_client->composite(
        subrequests, false, CallCategory::InboundPoll,
        [self, round](const SalesforceResult<QList<CompositeSubresponse>> &result) {
            if (!self)
                return;
            if (const auto *error = std::get_if<SalesforceError>(&result)) {
                self->m_report.callError = *error;
                self->m_queries.clear();
                return self->finish();
            }
            const auto &answers = std::get<QList<CompositeSubresponse>>(result);
            const QDateTime readAt = QDateTime::currentDateTimeUtc();
            for (qsizetype i = 0; i < round.size() && i < answers.size(); ++i) {
                if (answers.at(i).error)
                    continue; // unread: those changes go out as they would have
                const auto page = parseQueryPage(answers.at(i).body.toObject());
                const auto *rows = std::get_if<QueryPage>(&page);
                if (!rows)
                    continue;
                InboundApply decide(self->m_db, self->m_fields,
                                    self->m_client ? self->m_client->serverClockOffsetMs() : 0);
                InboundCounts counts;
                if (!decide.apply(round.at(i).crmObject, recordKindOf(round.at(i).crmObject),
                                  rows->records, readAt, &counts, InboundApply::Watermark::Keep))
                    qWarning() << "read before write: cannot store" << decide.lastError();
                self->m_report.conflicts += counts.conflicts;
            }
            self->sendNext();
        });
}

void ReadBeforeWrite::stopWith(const SalesforceError &error)
{
    m_report.callError = error;
    m_bulkReads.clear();
    m_queries.clear();
    finish();
}

void ReadBeforeWrite::finish()
{
    if (auto onDone = std::exchange(m_onDone, nullptr)) {
        m_report.calls += m_bulkQuery->requestsSent() - m_bulkRequestsAtStart;
        onDone(m_report);
    }
}

} // namespace syncdesk
