#include "sync/deletion_sweep.h"

#include "salesforce/salesforce_client.h"
#include "store/record_store.h"
#include "sync/inbound_poll.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

DeletionSweep::DeletionSweep(QSqlDatabase db, SalesforceClient *client, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
{}

int DeletionSweep::callsFor(qint64 linkedRecords)
{
    return int((linkedRecords + CrmIdBatch::kIdsPerCall - 1) / CrmIdBatch::kIdsPerCall);
}

void DeletionSweep::sweep(std::function<void(DeletionSweepReport)> onDone)
{
    m_onDone = std::move(onDone);
    m_report = {};
    m_queries.clear();
    for (const QString &object : InboundPoll::pollableObjects()) {
        if (m_objectsOff.contains(object))
            continue;
        // Only records the inbound poll has read (crm_modstamp): Salesforce shows a save
        // when its transaction commits, so a record SyncDesk has just created can be
        // missing from queryAll for a while, and taking it for purged would drop the
        // changes still waiting for it.
        QSqlQuery linked(m_db);
        linked.prepare(u"SELECT crm_id FROM records WHERE crm_object = ? AND crm_id IS NOT NULL "
                       "AND crm_deleted_at IS NULL AND crm_modstamp IS NOT NULL "
                       "ORDER BY crm_id"_s);
        linked.addBindValue(object);
        if (linked.exec())
            m_queries += CrmIdBatch::fromRows(object, linked);
    }
    sendNext();
}

void DeletionSweep::sendNext()
{
    if (m_queries.isEmpty() || !m_client)
        return finish();
    const QList<CrmIdBatch> round = m_queries.mid(0, CrmIdBatch::kQueriesPerComposite);
    m_queries.remove(0, round.size());
    QList<CompositeSubrequest> subrequests;
    for (qsizetype i = 0; i < round.size(); ++i) {
        // queryAll: a record in the Recycle Bin is the poll's to report, not gone.
        const QString soql =
            u"SELECT Id FROM "_s + round.at(i).crmObject + u" WHERE "_s + round.at(i).idCondition();
        subrequests.append({.method = "GET",
                            .url = m_client->queryPath(soql, true),
                            .referenceId = u"ids%1"_s.arg(i),
                            .body = {}});
    }
    ++m_report.calls;
    const QPointer<DeletionSweep> self(this);
    m_client->composite(subrequests, false, CallCategory::InboundPoll,
                        [self, round](const SalesforceResult<QList<CompositeSubresponse>> &result) {
                            if (!self)
                                return;
                            if (const auto *error = std::get_if<SalesforceError>(&result)) {
                                self->m_report.callError = *error;
                                self->m_queries.clear();
                                return self->finish();
                            }
                            const QList<CompositeSubresponse> answers =
                                std::get<QList<CompositeSubresponse>>(result);
                            for (qsizetype i = 0; i < round.size() && i < answers.size(); ++i) {
                                // Only a complete answer can prove an id gone: anything else proves
                                // nothing.
                                if (answers.at(i).error)
                                    continue;
                                const auto page = parseQueryPage(answers.at(i).body.toObject());
                                const auto *rows = std::get_if<QueryPage>(&page);
                                if (!rows || !rows->done)
                                    continue;
                                QStringList found;
                                for (const QJsonValue &row : rows->records)
                                    found.append(row.toObject().value(u"Id"_s).toString());
                                self->m_report.checked += int(round.at(i).ids.size());
                                if (!self->markGone(round.at(i), found))
                                    qWarning() << "deletion sweep: cannot mark records deleted";
                            }
                            self->sendNext();
                        });
}

bool DeletionSweep::markGone(const CrmIdBatch &batch, const QStringList &found)
{
    const QSet<QString> present(found.begin(), found.end());
    QStringList gone;
    for (const QString &id : batch.ids) {
        if (!present.contains(id))
            gone.append(id);
    }
    if (gone.isEmpty())
        return true;
    const int marked =
        RecordStore(m_db).markGoneFromCrm(batch.crmObject, gone, QDateTime::currentDateTimeUtc());
    if (marked < 0)
        return false;
    m_report.deleted += marked;
    return true;
}

void DeletionSweep::finish()
{
    if (auto onDone = std::exchange(m_onDone, nullptr))
        onDone(m_report);
}

} // namespace syncdesk
