#pragma once

#include <QString>
#include <QStringList>

namespace syncdesk::cli {

class CliContext;

// The subcommands. Each takes its own arguments with args[0] naming it
// ("syncdesk-cli status") and returns the process's exit code (cli_context.h).
int runStatus(CliContext &context, const QStringList &args);
int runUsage(CliContext &context, const QStringList &args);
int runFailures(CliContext &context, const QStringList &args);
int runThreshold(CliContext &context, const QStringList &args);
int runFields(CliContext &context, const QStringList &args);
int runImport(CliContext &context, const QStringList &args);
int runConnect(CliContext &context, const QStringList &args);
int runDisconnect(CliContext &context, const QStringList &args);
int runSync(CliContext &context, const QStringList &args);
int runDoctor(CliContext &context, const QStringList &args);
int runServices(CliContext &context, const QStringList &args);
int runMigrate(CliContext &context, const QStringList &args);
int runDatabasePassword(CliContext &context, const QStringList &args);
int runSmtpPassword(CliContext &context, const QStringList &args);

// One line per command, for the top-level --help.
QString commandSummary();
// positional[0] is the command's name, the rest its arguments.
int runCommand(CliContext &context, const QStringList &positional);

} // namespace syncdesk::cli
