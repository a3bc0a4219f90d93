#pragma once

#include "sync/csv_import.h"

#include <QSqlDatabase>
#include <gtest/gtest.h>

namespace syncdesk::test {

// `count` new local people (LastName and Email: two outbox entries each) in one CSV import:
// a backlog big enough for Bulk API 2.0 in a second or two.
inline void importPeople(QSqlDatabase db, int count)
{
    QByteArray csv = "LastName,Email\n";
    csv.reserve(count * 40);
    for (int i = 0; i < count; ++i)
        csv += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) +
               "@backlog.example.test\n";
    const ImportResult result = CsvImport(db).importData(CsvImportKind::People, csv);
    ASSERT_TRUE(result.ok()) << result.errors.first().toString().toStdString();
    ASSERT_EQ(result.rowsAdded, count);
}

} // namespace syncdesk::test
