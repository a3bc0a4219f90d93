#pragma once

#include "soql/soql_query.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace syncdesk::sandbox {

// The rows a WHERE clause names outright: `Id = '…'` or `Id IN (…)`, or the
// same on an indexed external-id field, alone or as a term of a top-level
// AND. Every row the whole clause matches has one of `values` in `field`, so
// a query can read just those rows from the store and evaluate the clause on
// them, instead of on every row of the object.
struct SoqlKeyFilter
{
    QString field;      // canonical: "Id", or the external-id field
    bool isId = false;  // values are 18-character ids, matched exactly
    QStringList values; // otherwise texts, matched ignoring case
};

// Finds the clause's key filter, preferring one on Id; `isIndexed` says
// whether an external-id field (canonical name) is indexed by the store.
std::optional<SoqlKeyFilter>
findSoqlKeyFilter(const SoqlCondition &condition,
                  const std::function<bool(const QString &field)> &isIndexed);

} // namespace syncdesk::sandbox
