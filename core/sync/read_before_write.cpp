#include "sync/read_before_write.h"

#include "salesforce/salesforce_client.h"
#include "sync/inbound_apply.h"
#include "sync/inbound_poll.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

ReadBeforeWrite::ReadBeforeWrite(QSqlDatabase db, SalesforceClient *client, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
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
        if (linked.exec())
            m_queries += CrmIdBatch::fromRows(object, linked, &m_report.listedRecordIds);
    }
    sendNext();
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

void ReadBeforeWrite::finish()
{
    if (auto onDone = std::exchange(m_onDone, nullptr))
        onDone(m_report);
}

} // namespace syncdesk
