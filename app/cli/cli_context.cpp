#include "cli_context.h"

#include "store/database.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

QString helpNamed(QString helpText, const QString &name)
{
    // Qt names the program by its path; a subcommand's help names the command instead.
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = helpText.indexOf(program);
    if (!program.isEmpty() && at >= 0 && at < helpText.indexOf(u'\n'))
        helpText.replace(at, program.size(), name);
    return helpText;
}

CliContext::CliContext(AppPaths paths)
    : m_paths(std::move(paths))
    , m_out(stdout)
    , m_err(stderr)
    , m_stdoutIsTerminal(isatty(STDOUT_FILENO) == 1)
{}

std::optional<QSqlDatabase> CliContext::database()
{
    if (m_db)
        return m_db;
    const DatabaseConnection connection = Database::open(m_paths.databasePath());
    if (!connection.ok()) {
        m_err << QCoreApplication::translate("CliContext", "Cannot open the database %1: %2")
                     .arg(m_paths.databasePath(), connection.error->message)
              << Qt::endl;
        return std::nullopt;
    }
    m_db = connection.db;
    return m_db;
}

void CliContext::printJson(const QJsonDocument &document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::fail(int code, const QString &message)
{
    m_out.flush();
    m_err << message << Qt::endl;
    return code;
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        return fail(
            ExitUsage,
            parser.errorText() + u'\n' +
                QCoreApplication::translate("CliContext", "Try '%1 --help'.").arg(args.value(0)));
    }
    if (parser.isSet(help)) {
        m_out << helpNamed(parser.helpText(), args.value(0));
        m_out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace syncdesk::cli
