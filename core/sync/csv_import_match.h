#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// How a re-imported CSV row finds the record or activity it already made, so that the
// same file imported twice updates instead of duplicating:
// - a person by Email, case-insensitively (a row without an Email cannot be matched and
//   is always added);
// - an account by its Website's domain ("https://www.Acme.example/" is acme.example),
//   else by Name, case-insensitively, among accounts whose website is empty or the same;
// - an activity by person, type, time and subject; one without a Date in the file by
//   person, type, subject and description, at any time.
// Several matches are a problem the importer reports by line; it never guesses.
// People and accounts are read once, on first use, and matched in memory: an import of
// 200,000 rows asks the database twice, not 200,000 times. One CsvImportMatch serves one
// import, before it writes.
class CsvImportMatch : public TableAccess
{
public:
    using TableAccess::TableAccess;

    // Lower-case host without "www." and without scheme, path or port; empty when the
    // text names no host.
    static QString websiteDomain(const QString &website);

    QList<qint64> peopleByEmail(const QString &email) const;
    QList<qint64> accountsFor(const QString &name, const QString &website) const;
    // Oldest first, so that the k-th identical row of a file is the k-th activity.
    QList<qint64> activities(std::optional<qint64> personId, bool isEmail,
                             const std::optional<QDateTime> &occurredAt, const QString &subject,
                             const QString &body) const;

private:
    struct Account
    {
        qint64 id = 0;
        QString domain; // websiteDomain() of its Website
    };
    void readPeople() const;
    void readAccounts() const;
    QList<qint64> ids(QSqlQuery &query) const;

    mutable std::optional<QHash<QString, QList<qint64>>> m_peopleByEmail;   // lower-case
    mutable std::optional<QHash<QString, QList<Account>>> m_accountsByName; // lower-case
    mutable QHash<QString, QList<qint64>> m_accountsByDomain;
};

} // namespace syncdesk
