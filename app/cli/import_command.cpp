// `syncdesk-cli import people|accounts|activities FILE.csv`: all or nothing.
#include "cli_commands.h"
#include "cli_context.h"
#include "sync/csv_import.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ImportCommand", text, disambiguation, n);
}
} // namespace

int runImport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli import people|accounts|activities FILE.csv: adds the rows to the local "
           "workspace as changes to sync. Every row is checked first; one bad row refuses the "
           "whole file.\n\n"
           "Columns (header row, any order):\n"
           "  people:     FirstName, LastName (required), Email, Phone, Title, Company\n"
           "  accounts:   Name (required), Industry, Phone, Website\n"
           "  activities: Type (call|email), Subject (required), PersonEmail or PersonId,\n"
           "              Date (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z]), DurationSeconds, "
           "Description\n"
           "Importing a file again updates what it made instead of adding it twice: people "
           "are matched by Email, accounts by Website domain or else Name, activities by "
           "person, type, Date and Subject."));
    parser.addPositionalArgument(u"kind"_s, tr("people, accounts or activities"));
    parser.addPositionalArgument(u"FILE"_s, tr("The CSV file (UTF-8)."));
    if (const auto stop = context.parse(parser, args))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.fail(ExitUsage, tr("Usage: syncdesk-cli import people|accounts|activities "
                                          "FILE.csv"));
    CsvImportKind kind = CsvImportKind::People;
    if (positional.at(0) == u"people")
        kind = CsvImportKind::People;
    else if (positional.at(0) == u"accounts")
        kind = CsvImportKind::Accounts;
    else if (positional.at(0) == u"activities")
        kind = CsvImportKind::Activities;
    else
        return context.fail(
            ExitUsage,
            tr("Import people, accounts or activities, not '%1'.").arg(positional.at(0)));
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;
    const ImportResult result = CsvImport(*db).importFile(kind, positional.at(1));
    if (!result.ok()) {
        QStringList lines;
        for (const CsvImportError &error : result.errors)
            lines.append(positional.at(1) + u": "_s + error.toString());
        return context.fail(ExitInvalidInput,
                            lines.join(u'\n') + u'\n' + tr("Nothing was imported."));
    }
    context.out() << tr("%n row(s) imported", nullptr, result.rowsImported) << u": "_s
                  << tr("%1 added, %2 updated, %3 already up to date; changes sync on the "
                        "engine's next cycle.")
                         .arg(result.rowsAdded)
                         .arg(result.rowsUpdated)
                         .arg(result.rowsUnchanged)
                  << Qt::endl;
    return ExitOk;
}

} // namespace syncdesk::cli
