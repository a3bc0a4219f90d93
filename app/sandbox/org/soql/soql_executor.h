#pragma once

#include "soql/soql_query.h"
#include "soql/soql_record_reader.h"

#include <QJsonObject>
#include <QList>

namespace syncdesk::sandbox {

// Filters, orders, applies OFFSET/LIMIT and projects `candidates` (all records
// of the queried object, as the record store keeps them) into the rows the
// query resource returns: {"attributes":{"type","url"}, fields...}, with
// canonical field names, null for empty values and parent fields nested under
// their relationship name (null when the reference is empty).
QList<QJsonObject> executeSoql(const SoqlQuery &query, const QList<QJsonObject> &candidates,
                               const ParentLookup &parents, QStringView apiVersion);

// For SELECT COUNT(): the rows that match the WHERE clause, within OFFSET/LIMIT
// when the query has them.
qsizetype countSoql(const SoqlQuery &query, const QList<QJsonObject> &candidates,
                    const ParentLookup &parents);

// The row keys in SELECT order ("Id", "Account", ...), for a serializer that
// keeps Salesforce's field order (QJsonObject sorts its keys).
QStringList soqlColumnOrder(const SoqlQuery &query);

} // namespace syncdesk::sandbox
