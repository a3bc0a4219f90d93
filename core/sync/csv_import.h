#pragma once

#include "store/table_access.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

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
    int rowsImported = 0; // every row of the file: added, updated or unchanged
    int rowsAdded = 0;
    int rowsUpdated = 0;   // matched an earlier import and changed it
    int rowsUnchanged = 0; // matched and already the same (or an activity already logged)
    QList<CsvImportError> errors;

    bool ok() const { return errors.isEmpty(); }
};

struct CsvImportRow;

// Imports people, accounts or activities from a CSV file into the local workspace as
// local changes. All or nothing: every row is checked first and one bad row refuses
// the whole file; the rows are then written in one transaction, each person or
// account with its outbox entries, so a failure while writing leaves nothing behind.
//
// Importing the same file again changes nothing: a row that matches what an earlier
// import made (csv_import_match.h says how: people by Email, accounts by website or
// name, activities by person, type, time and subject) updates it, and only the fields
// whose value differs go to the outbox. An activity already logged as a Task stays as it
// is. A row that matches several records, or a person or account twice in one file, is
// a problem reported by line.
//
// Columns, named by the header row (case-insensitive, any order):
//   people:     FirstName, LastName (required), Email, Phone, Title, Company or AccountName
//   accounts:   Name (required), Industry, Phone, Website
//   activities: Type (call|email, required), Subject (required), PersonEmail or PersonId,
//               Date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS] in UTC unless it names a
//               zone), DurationSeconds, Description
class CsvImport : public TableAccess
{
public:
    using TableAccess::TableAccess;

    ImportResult importFile(CsvImportKind kind, const QString &path);
    ImportResult importData(CsvImportKind kind, const QByteArray &utf8);

private:
    void matchExisting(CsvImportKind kind, QList<CsvImportRow> &rows,
                       QList<CsvImportError> &errors) const;
    // Inside the import's transaction: the id the next new record takes.
    std::optional<qint64> nextRecordId() const;
    // Inside the import's transaction: whether anything changed; nullopt on a store error.
    std::optional<bool> updateRecord(qint64 id, const CsvImportRow &row,
                                     const QDateTime &now) const;
    std::optional<bool> updateActivity(qint64 id, const CsvImportRow &row) const;
};

} // namespace syncdesk

Q_DECLARE_METATYPE(syncdesk::ImportResult)
