#pragma once

#include "http/salesforce_error.h"

#include <QString>

namespace syncdesk::sandbox {

// Salesforce's SOQL error message: the offending line of the query, a caret
// under the offending token, its 1-based row and column, then the reason.
//   "\nSELECT Id, Foo FROM Contact\n           ^\nERROR at Row:1:Column:12\nNo such column ..."
QString soqlCaretMessage(QStringView query, qsizetype offset, const QString &reason);

SalesforceError soqlError(const QString &errorCode, QStringView query, qsizetype offset,
                          const QString &reason);

// The 1-based row and column of an offset, as the caret diagram reports them.
std::pair<int, int> soqlRowAndColumn(QStringView query, qsizetype offset);

} // namespace syncdesk::sandbox
