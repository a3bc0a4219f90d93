#pragma once

#include "app_paths.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace syncdesk::cli {

// The exit codes scripts rely on; the man page lists them.
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,        // unknown command or option, missing argument
    ExitNoData = 2,       // not connected, nothing recorded yet, or the engine unavailable
    ExitRemote = 3,       // the network or Salesforce failed or refused
    ExitInvalidInput = 4, // a value, file or ID that cannot be accepted; nothing changed
    ExitOrgNotReady = 5,  // doctor: the org lacks something SyncDesk needs
};

// `helpText` with the program's path on its usage line replaced by `name`
// ("syncdesk-cli usage").
QString helpNamed(QString helpText, const QString &name);

// What every subcommand shares: the state folder, its database, and the two streams.
class CliContext
{
public:
    explicit CliContext(AppPaths paths);

    const AppPaths &paths() const { return m_paths; }

    // The database, migrated on first use; nullopt after printing why it cannot open.
    std::optional<QSqlDatabase> database();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool stdoutIsTerminal() const { return m_stdoutIsTerminal; }

    void printJson(const QJsonDocument &document);
    // Prints the error and returns `code`, for `return ctx.fail(...)`.
    int fail(int code, const QString &message);

    // Parses one subcommand's arguments (args[0] is "syncdesk-cli <command>"). Returns an
    // exit code when the command must stop here: its --help was printed (0) or the
    // arguments were wrong (1, after the reason and a pointer to --help).
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &args);

private:
    AppPaths m_paths;
    std::optional<QSqlDatabase> m_db;
    QTextStream m_out;
    QTextStream m_err;
    bool m_stdoutIsTerminal = false;
};

} // namespace syncdesk::cli
