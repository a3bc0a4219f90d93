#include "sync/inbound_poll.h"

#include "salesforce/salesforce_client.h"
#include "store/describe_cache_store.h"
#include "store/field_mapping_store.h"
#include "store/inbound_bulk_read_store.h"
#include "store/watermark_store.h"
#include "sync/crm_id_batches.h"
#include "sync/inbound_apply.h"
#include "sync/outbound_batch_plan.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

const QStringList &InboundPoll::pollableObjects()
{
    static const QStringList objects{u"Lead"_s, u"Contact"_s, u"Account"_s, u"Opportunity"_s};
    return objects;
}

InboundPoll::InboundPoll(QSqlDatabase db, SalesforceClient *client, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
    , m_bulkRead(new InboundBulkRead(m_db, client, this))
{}

QString InboundPoll::soqlFor(const QString &crmObject, const QStringList &inboundFields,
                             const QString &watermark)
{
    QStringList columns{u"Id"_s, u"SystemModstamp"_s, u"IsDeleted"_s};
    // Records SyncDesk created carry its own id: read it, so that a record whose creation
    // was not yet settled locally (a crash between the answer and its commit) is
    // recognised instead of imported a second time.
    if (InboundApply::hasSyncDeskId(crmObject))
        columns.append(kSyncDeskExternalIdField.toString());
    // Where a record went: a converted Lead to its Contact, a merge's loser to the master.
    if (crmObject == u"Lead"_s)
        columns << u"IsConverted"_s << u"ConvertedContactId"_s;
    if (crmObject != u"Opportunity"_s)
        columns.append(u"MasterRecordId"_s); // Leads, Contacts and Accounts can be merged

    for (const QString &field : inboundFields) {
        if (!columns.contains(field))
            columns.append(field);
    }
    QString soql = u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + crmObject;
    if (!watermark.isEmpty()) {
        // Salesforce stamps a row when its transaction starts, at whole seconds, and shows
        // it when it commits: a row can appear after rows stamped later than it. Reading
        // again from a margin before the watermark finds it; rows already applied change
        // nothing (InboundApply).
        const QDateTime from = InboundApply::parseModstamp(watermark).addSecs(-kOverlapSeconds);
        soql += u" WHERE SystemModstamp >= "_s + from.toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
    }
    // Id breaks ties between rows of the same second, so that pages are stable.
    soql += u" ORDER BY SystemModstamp, Id"_s;
    return soql;
}

QString InboundPoll::bulkSoqlFor(const QString &crmObject, const QStringList &inboundFields,
                                 const QString &watermark)
{
    QString soql = soqlFor(crmObject, inboundFields, watermark);
    soql.chop(QStringView(u" ORDER BY SystemModstamp, Id").size());
    return soql;
}

void InboundPoll::poll(std::function<void(InboundReport)> onDone)
{
    if (m_polling) {
        QMetaObject::invokeMethod(
            this, [onDone = std::move(onDone)] { onDone(InboundReport{}); }, Qt::QueuedConnection);
        return;
    }
    m_polling = true;
    m_onDone = std::move(onDone);
    m_report = InboundReport{};
    m_reads.clear();
    m_bulkQueue.clear();

    FieldMappingStore mappings(m_db);
    m_fields = MappedFields(mappings.all());
    m_polledAt = QDateTime::currentDateTimeUtc();
    WatermarkStore watermarks(m_db);
    for (const QString &object : pollableObjects()) {
        const QStringList fields = m_fields.inboundCrmFields(object);
        if (fields.isEmpty() || !m_client || m_objectsOff.contains(object))
            continue;
        // A Bulk read under way goes on from its stored page instead of a query; one made
        // for other fields is dropped, and the object is read as the mapping now says.
        if (InboundBulkReadStore reads(m_db); const auto read = reads.find(object)) {
            if (read->inboundFields == fields) {
                m_bulkQueue.append(object);
                m_report.bulkReads.insert(object, tr("resuming its Bulk API query job"));
                continue;
            }
            reads.remove(object);
        }
        const QString soql = soqlFor(
            object, fields, watermarks.watermarkCovering(object, fields).value_or(QString()));
        const QString url = m_client->queryPath(soql, true);
        m_reads.append(
            ObjectRead{.crmObject = object, .kind = recordKindOf(object), .nextUrl = url});
    }
    if (!m_client) {
        m_report.callError =
            SalesforceError::auth(u"NOT_CONNECTED"_s, u"not connected to an org"_s);
        QMetaObject::invokeMethod(
            this, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }
    if (m_reads.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }
    if (!sendNextRound())
        finish();
}

bool InboundPoll::sendNextRound()
{
    QList<CompositeSubrequest> subrequests;
    for (const ObjectRead &read : std::as_const(m_reads)) {
        if (read.nextUrl.isEmpty() || read.failed)
            continue;
        subrequests.append(CompositeSubrequest{
            .method = "GET", .url = read.nextUrl, .referenceId = read.crmObject, .body = {}});
        if (subrequests.size() == kMaxQueriesPerComposite)
            break;
    }
    if (subrequests.isEmpty() || !m_client)
        return false;

    ++m_report.calls;
    const QPointer<InboundPoll> self(this);
    m_client->composite(subrequests, false, CallCategory::InboundPoll,
                        [self](const SalesforceResult<QList<CompositeSubresponse>> &result) {
                            if (self)
                                self->takeRound(result);
                        });
    return true;
}

void InboundPoll::takeRound(const SalesforceResult<QList<CompositeSubresponse>> &result)
{
    if (const auto *error = std::get_if<SalesforceError>(&result)) {
        m_report.callError = *error;
        return finish();
    }
    QList<std::pair<qsizetype, QJsonArray>> pages; // by index into m_reads
    for (const CompositeSubresponse &answer : std::get<QList<CompositeSubresponse>>(result)) {
        const auto read = std::find_if(m_reads.begin(), m_reads.end(), [&](const ObjectRead &r) {
            return r.crmObject == answer.referenceId;
        });
        // An object whose earlier page could not be stored reads no further.
        if (read == m_reads.end() || read->failed)
            continue;
        read->nextUrl.clear();
        if (answer.error) {
            read->failed = true;
            m_report.objectErrors.insert(read->crmObject, *answer.error);
            continue;
        }
        auto page = parseQueryPage(answer.body.toObject());
        if (const auto *error = std::get_if<SalesforceError>(&page)) {
            read->failed = true;
            m_report.objectErrors.insert(read->crmObject, *error);
            continue;
        }
        QueryPage &rows = std::get<QueryPage>(page);
        if (!rows.done)
            read->nextUrl = rows.nextRecordsUrl;
        if (read->firstPage)
            routeRest(*read, rows);
        pages.append({read - m_reads.begin(), std::move(rows.records)});
    }
    // The next pages are asked for before these are stored: the org prepares them while
    // this computer stores these. Each page is stored with its watermark: a poll cut off
    // at page 240 of a first import resumes there, not at page 1.
    const bool more = sendNextRound();
    for (const auto &[index, rows] : std::as_const(pages))
        storePage(m_reads[index], rows);
    if (!more)
        finish();
}

bool InboundPoll::storePage(ObjectRead &read, const QJsonArray &rows)
{
    InboundApply store(m_db, m_fields, m_client ? m_client->serverClockOffsetMs() : 0);
    if (store.apply(read.crmObject, read.kind, rows, m_polledAt, &m_counts))
        return read.bulkRows < 0 || planBulkRead(read);
    read.failed = true;
    m_report.storeError = store.lastError();
    return false;
}

void InboundPoll::routeRest(ObjectRead &read, const QueryPage &page)
{
    read.firstPage = false;
    const qint64 rest = page.totalSize - page.records.size();
    if (page.done)
        return;
    // Below the threshold the route needs no describe: it says so without asking.
    const bool describeStored =
        rest >= m_bulkThreshold && DescribeCacheStore(m_db).find(read.crmObject).has_value();
    const InboundRoute route =
        chooseInboundRoute(rest, m_bulkThreshold, m_bulkRead->pageRecords(), describeStored);
    if (!route.bulk) {
        m_report.restReads.insert(read.crmObject, route.why);
        return;
    }
    read.nextUrl.clear();
    read.bulkRows = rest;
    m_report.bulkReads.insert(read.crmObject, route.why);
}

bool InboundPoll::planBulkRead(const ObjectRead &read)
{
    // From the watermark the first page just moved: the job reads the rest, and the
    // overlap again.
    const QStringList fields = m_fields.inboundCrmFields(read.crmObject);
    const QString watermark =
        WatermarkStore(m_db).watermarkCovering(read.crmObject, fields).value_or(QString());
    InboundBulkReadStore reads(m_db);
    if (!reads.plan(InboundBulkReadRow{.crmObject = read.crmObject,
                                       .soql = bulkSoqlFor(read.crmObject, fields, watermark),
                                       .inboundFields = fields,
                                       .expectedRows = read.bulkRows,
                                       .plannedAt = QDateTime::currentDateTimeUtc()})) {
        m_report.storeError = reads.lastError();
        return false;
    }
    m_bulkQueue.append(read.crmObject);
    return true;
}

void InboundPoll::runNextBulkRead()
{
    const QString object = m_bulkQueue.takeFirst();
    const QPointer<InboundPoll> self(this);
    m_bulkRead->run(object, recordKindOf(object), m_fields, m_polledAt, &m_counts,
                    m_report.bulkReads.value(object), [self](InboundBulkReadReport report) {
                        if (!self)
                            return;
                        self->m_report.calls += report.calls;
                        if (report.callError) {
                            self->m_report.callError = report.callError;
                            self->m_bulkQueue.clear(); // the next poll resumes them
                        }
                        if (!report.storeError.isEmpty())
                            self->m_report.storeError = report.storeError;
                        self->finish();
                    });
}

void InboundPoll::finish()
{
    // The Bulk reads run once the composite rounds are done, one object at a time.
    if (!m_bulkQueue.isEmpty() && !m_report.callError && m_client)
        return runNextBulkRead();

    m_report.created = m_counts.created;
    m_report.updated = m_counts.updated;
    m_report.deleted = m_counts.deleted;
    m_report.conflicts = m_counts.conflicts;
    m_counts = InboundCounts{};
    m_reads.clear();
    deliver(std::exchange(m_report, InboundReport{}));
}

void InboundPoll::deliver(InboundReport report)
{
    m_polling = false;
    if (auto onDone = std::exchange(m_onDone, nullptr))
        onDone(std::move(report));
}

} // namespace syncdesk
