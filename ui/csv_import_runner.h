#pragma once

#include "sync/csv_import.h"

#include <QObject>
#include <QString>

namespace syncdesk::ui {

// Runs a CSV import off the GUI thread (a file of thousands of rows is one long
// transaction) on its own connection to the store, and reports back on the caller's.
class CsvImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit CsvImportRunner(QString databasePath, QObject *parent = nullptr);

    // One import at a time; false when one is running.
    bool start(CsvImportKind kind, const QString &csvPath);
    bool isRunning() const { return m_running; }
    // Where the store lives when it is not the GUI connection's file: a team database's URL
    // (QSqlDatabase::databaseName() is then only the database's name on the server).
    void setDatabasePath(const QString &location) { m_databasePath = location; }

    // "Imported 1,200 people." or the file's problems, line by line (at most `maxLines`).
    static QString summary(CsvImportKind kind, const ImportResult &result, int maxLines = 15);

Q_SIGNALS:
    void finished(syncdesk::CsvImportKind kind, const syncdesk::ImportResult &result);

private:
    QString m_databasePath;
    bool m_running = false;
};

} // namespace syncdesk::ui
