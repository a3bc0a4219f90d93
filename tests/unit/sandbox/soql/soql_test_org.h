#pragma once

#include "schema/object_description.h"
#include "soql/soql_executor.h"
#include "soql/soql_parser.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <ostream>

// Readable QString values in gtest failure messages.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace syncdesk::sandbox::test {

// A small schema of its own (Contact -> Account -> User), so these tests do
// not depend on the standard schema.
const OrgSchema &soqlTestSchema();

// Records of the test org, keyed by id, with a parent lookup over them.
class SoqlTestOrg
{
public:
    SoqlTestOrg();

    QString addAccount(const QJsonObject &fields);
    QString addContact(const QJsonObject &fields);
    QString addUser(const QJsonObject &fields);

    QList<QJsonObject> records(const QString &objectName) const;
    ParentLookup parents() const;

    // Parses (failing the test on an error) and runs the query over the object's records.
    QList<QJsonObject> run(const QString &soql) const;
    qsizetype count(const QString &soql) const;

private:
    QString add(const QString &objectName, const QString &keyPrefix, QJsonObject fields);

    QHash<QString, QList<QJsonObject>> m_records;
    QHash<QString, QJsonObject> m_byId;
    quint64 m_serial = 1;
};

// The parsed query, or a failed gtest assertion and an empty query.
SoqlQuery parseOrFail(const QString &soql);
// The error a query must produce; a failed assertion if it parses.
SalesforceError errorOf(const QString &soql);

} // namespace syncdesk::sandbox::test
