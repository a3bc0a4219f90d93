#include "sync/crm_id_batches.h"

#include "salesforce/soql_quote.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

QString CrmIdBatch::idCondition() const
{
    QStringList quoted;
    quoted.reserve(ids.size());
    for (const QString &id : ids)
        quoted.append(soqlQuote(id));
    return u"Id IN ("_s + quoted.join(u',') + u')';
}

QList<CrmIdBatch> CrmIdBatch::fromRows(const QString &crmObject, QSqlQuery &query,
                                       QSet<qint64> *recordIds)
{
    QList<CrmIdBatch> batches;
    CrmIdBatch batch{crmObject, {}};
    while (query.next()) {
        batch.ids.append(query.value(0).toString());
        if (recordIds)
            recordIds->insert(query.value(1).toLongLong());
        if (batch.ids.size() == kIdsPerQuery)
            batches.append(std::exchange(batch, CrmIdBatch{crmObject, {}}));
    }
    if (!batch.ids.isEmpty())
        batches.append(batch);
    return batches;
}

RecordKind recordKindOf(const QString &crmObject)
{
    if (crmObject == u"Account"_s)
        return RecordKind::Account;
    if (crmObject == u"Opportunity"_s)
        return RecordKind::Opportunity;
    return RecordKind::Person;
}

} // namespace syncdesk
