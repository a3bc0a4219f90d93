#pragma once

#include "store/table_access.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace syncdesk {

enum class CsvImportKind
{
    People,
    Accounts,
    Activities,
};

struct CsvImportError
{
    int line = 0; // 1-based line of the file; 0 when the problem is not one line's
    QString message;

    QString toString() const; // "line 7: Email 'bob@' is not an email address"
};

struct ImportResult
{
    int rowsImported = 0;
    QList<CsvImportError> errors;

    bool ok() const { return errors.isEmpty(); }
};

// Imports people, accounts or activities from a CSV file into the local workspace as
// local changes. All or nothing: every row is checked first and one bad row refuses
// the whole file; the rows are then written in one transaction, each person or
// account with its outbox entries, so a failure while writing leaves nothing behind.
//
// Columns, named by the header row (case-insensitive, any order):
//   people:     FirstName, LastName (required), Email, Phone, Title, Company or AccountName
//   accounts:   Name (required), Industry, Phone, Website
//   activities: Type (call|email, required), Subject (required), PersonEmail or PersonId,
//               Date (YYYY-MM-DD), DurationSeconds, Description
class CsvImport : public TableAccess
{
public:
    using TableAccess::TableAccess;

    ImportResult importFile(CsvImportKind kind, const QString &path);
    ImportResult importData(CsvImportKind kind, const QByteArray &utf8);
};

} // namespace syncdesk

Q_DECLARE_METATYPE(syncdesk::ImportResult)
