#pragma once

#include "store/record_store.h"

#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace syncdesk {

// Records asked about by id, a batch to a query: ids pasted into `WHERE Id IN (...)`.
// 500 quoted 18-character ids keep a query's URL under Salesforce's 16,384 characters,
// and five such queries fit in one /composite call (2,500 records a call).
struct CrmIdBatch
{
    static constexpr int kIdsPerQuery = 500;
    static constexpr int kQueriesPerComposite = 5;
    static constexpr int kIdsPerCall = kIdsPerQuery * kQueriesPerComposite;

    QString crmObject;
    QStringList ids;

    // `Id IN ('001…','001…')`, each id quoted as a SOQL literal.
    QString idCondition() const;

    // The ids in the first column of the rows `query` (already run) returns, in batches.
    // With recordIds, the rows' second column (local record ids) is collected there too.
    static QList<CrmIdBatch> fromRows(const QString &crmObject, QSqlQuery &query,
                                      QSet<qint64> *recordIds = nullptr);
};

// The kind of local record a CRM object's records become.
RecordKind recordKindOf(const QString &crmObject);

} // namespace syncdesk
