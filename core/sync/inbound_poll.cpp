#include "sync/inbound_poll.h"

#include "salesforce/salesforce_client.h"
#include "store/field_mapping_store.h"
#include "store/watermark_store.h"
#include "sync/inbound_apply.h"
#include "sync/outbound_batch_plan.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

RecordKind kindOf(const QString &crmObject)
{
    if (crmObject == u"Account"_s)
        return RecordKind::Account;
    if (crmObject == u"Opportunity"_s)
        return RecordKind::Opportunity;
    return RecordKind::Person;
}

// SOQL datetimes are unquoted ISO 8601 in UTC; milliseconds keep the watermark exact.
QString soqlDateTime(const QString &systemModstamp)
{
    return InboundApply::parseModstamp(systemModstamp).toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

} // namespace

const QStringList &InboundPoll::pollableObjects()
{
    static const QStringList objects{u"Lead"_s, u"Contact"_s, u"Account"_s, u"Opportunity"_s};
    return objects;
}

InboundPoll::InboundPoll(QSqlDatabase db, SalesforceClient *client, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
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
    for (const QString &field : inboundFields) {
        if (!columns.contains(field))
            columns.append(field);
    }
    QString soql = u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + crmObject;
    if (!watermark.isEmpty())
        soql += u" WHERE SystemModstamp > "_s + soqlDateTime(watermark);
    soql += u" ORDER BY SystemModstamp"_s;
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

    FieldMappingStore mappings(m_db);
    m_fields = MappedFields(mappings.all());
    WatermarkStore watermarks(m_db);
    for (const QString &object : pollableObjects()) {
        const QStringList fields = m_fields.inboundCrmFields(object);
        if (fields.isEmpty() || !m_client)
            continue;
        const QString soql =
            soqlFor(object, fields, watermarks.watermark(object).value_or(QString()));
        const QString url = m_client->resourcePath(u"queryAll/") + u"?q="_s +
                            QString::fromLatin1(QUrl::toPercentEncoding(soql));
        m_reads.append(ObjectRead{.crmObject = object, .kind = kindOf(object), .nextUrl = url});
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
    sendNextRound();
}

void InboundPoll::sendNextRound()
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
        return finish();

    ++m_report.calls;
    const QPointer<InboundPoll> self(this);
    m_client->composite(
        subrequests, false, CallCategory::InboundPoll,
        [self](const SalesforceResult<QList<CompositeSubresponse>> &result) {
            if (!self)
                return;
            if (const auto *error = std::get_if<SalesforceError>(&result)) {
                self->m_report.callError = *error;
                return self->finish();
            }
            for (const CompositeSubresponse &answer :
                 std::get<QList<CompositeSubresponse>>(result)) {
                auto read = std::find_if(
                    self->m_reads.begin(), self->m_reads.end(),
                    [&](const ObjectRead &r) { return r.crmObject == answer.referenceId; });
                if (read == self->m_reads.end())
                    continue;
                read->nextUrl.clear();
                if (answer.error) {
                    read->failed = true;
                    self->m_report.objectErrors.insert(read->crmObject, *answer.error);
                    continue;
                }
                auto page = parseQueryPage(
                    QJsonDocument(answer.body.toObject()).toJson(QJsonDocument::Compact));
                if (const auto *error = std::get_if<SalesforceError>(&page)) {
                    read->failed = true;
                    self->m_report.objectErrors.insert(read->crmObject, *error);
                    continue;
                }
                const QueryPage &rows = std::get<QueryPage>(page);
                for (const QJsonValue &row : rows.records)
                    read->rows.append(row);
                if (!rows.done)
                    read->nextUrl = rows.nextRecordsUrl;
            }
            self->sendNextRound();
        });
}

void InboundPoll::finish()
{
    if (!m_report.callError) {
        const QDateTime polledAt = QDateTime::currentDateTimeUtc();
        InboundApply store(m_db, m_fields);
        InboundCounts counts;
        for (const ObjectRead &read : std::as_const(m_reads)) {
            if (read.failed)
                continue;
            if (!store.apply(read.crmObject, read.kind, read.rows, polledAt, &counts))
                m_report.storeError = store.lastError();
        }
        m_report.created = counts.created;
        m_report.updated = counts.updated;
        m_report.deleted = counts.deleted;
        m_report.conflicts = counts.conflicts;
    }
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
