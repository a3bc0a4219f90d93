#include "csv_import_runner.h"

#include "store/database.h"

#include <QLocale>
#include <QPointer>
#include <QThreadPool>

namespace syncdesk::ui {

CsvImportRunner::CsvImportRunner(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{}

bool CsvImportRunner::start(CsvImportKind kind, const QString &csvPath)
{
    if (m_running)
        return false;
    m_running = true;
    QPointer<CsvImportRunner> self(this);
    QThreadPool::globalInstance()->start([self, kind, csvPath, path = m_databasePath] {
        ImportResult result;
        {
            const DatabaseConnection connection = Database::forThisThread(path);
            if (connection.ok())
                result = CsvImport(connection.db).importFile(kind, csvPath);
            else
                result.errors.append({0, connection.error->message});
        }
        // Pool threads are reused for other work: the connection goes with this job.
        Database::closeForThisThread(path);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, kind, result] {
                if (!self)
                    return;
                self->m_running = false;
                Q_EMIT self->finished(kind, result);
            },
            Qt::QueuedConnection);
    });
    return true;
}

QString CsvImportRunner::summary(CsvImportKind kind, const ImportResult &result, int maxLines)
{
    if (result.ok()) {
        const QString count = QLocale().toString(result.rowsImported);
        switch (kind) {
        case CsvImportKind::People:
            return tr("Imported %1 people. They go to Salesforce with the next sync.").arg(count);
        case CsvImportKind::Accounts:
            return tr("Imported %1 accounts. They go to Salesforce with the next sync.").arg(count);
        case CsvImportKind::Activities:
            return tr("Imported %1 calls and emails. They are logged as Tasks with the next sync.")
                .arg(count);
        }
    }
    QStringList lines{tr("Nothing was imported: the file has these problems.")};
    for (qsizetype i = 0; i < result.errors.size() && i < maxLines; ++i)
        lines << result.errors.at(i).toString();
    if (result.errors.size() > maxLines)
        lines << tr("…and %1 more.").arg(result.errors.size() - maxLines);
    return lines.join(u'\n');
}

} // namespace syncdesk::ui
