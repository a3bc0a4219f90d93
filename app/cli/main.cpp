// syncdesk-cli: SyncDesk without a window. Links syncdesk-core only, which keeps the
// engine honest: everything the desktop does must work from here too.
#include "cli_commands.h"
#include "cli_context.h"
#include "english_plural_forms.h"
#include "secrets/app_secret_store.h"
#include "secrets/database_password.h"
#include "secrets/secret_store.h"
#include "store/database_url.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;
using namespace syncdesk::cli;

namespace {

// --data-dir and --database may come before or after the subcommand: scripts put them
// anywhere. `option` is "--data-dir", say.
QString takeGlobalOption(QStringList &args, const QString &option, bool *missingValue)
{
    QString value;
    const QString withEquals = option + u'=';
    for (int i = 1; i < args.size();) {
        const QString &arg = args.at(i);
        if (arg == u"--")
            break;
        if (arg == option) {
            if (i + 1 >= args.size()) {
                *missingValue = true;
                args.removeAt(i);
                continue;
            }
            value = args.at(i + 1);
            args.remove(i, 2);
            continue;
        }
        if (arg.startsWith(withEquals)) {
            value = arg.mid(withEquals.size());
            args.removeAt(i);
            continue;
        }
        ++i;
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SyncDesk"_s);
    QCoreApplication::setApplicationName(u"syncdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCDESK_VERSION));
    // The CLI speaks English: "4 calls", not "4 call(s)".
    EnglishPluralForms plurals;
    QCoreApplication::installTranslator(&plurals);

    QStringList args = QCoreApplication::arguments();
    bool missingDataDir = false;
    const QString requestedDir = takeGlobalOption(args, u"--data-dir"_s, &missingDataDir);
    bool missingDatabase = false;
    const QString requestedDatabase = takeGlobalOption(args, u"--database"_s, &missingDatabase);
    QTextStream err(stderr);
    if (missingDataDir) {
        err << QCoreApplication::translate("main", "--data-dir needs a folder.") << Qt::endl;
        return ExitUsage;
    }
    if (missingDatabase) {
        err << QCoreApplication::translate("main", "--database needs a URL or a file path.")
            << Qt::endl;
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "SyncDesk from the command line.\n\nCommands:\n") +
        commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(AppPaths::dataDirOption());
    parser.addOption(DatabaseUrl::commandLineOption());
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("main", "What to do."),
                                 u"<command> [options]"_s);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << u"syncdesk-cli "_s << QCoreApplication::applicationVersion()
                            << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(u"help"_s) || positional.isEmpty()) {
        QTextStream(stdout) << helpNamed(parser.helpText(), u"syncdesk-cli"_s);
        return positional.isEmpty() && !parser.isSet(u"help"_s) ? ExitUsage : ExitOk;
    }

    QString error;
    std::optional<AppPaths> paths = AppPaths::prepare(requestedDir, &error);
    if (!paths) {
        err << error << Qt::endl;
        return ExitInvalidInput;
    }
    if (!requestedDatabase.isEmpty()) {
        const std::optional<DatabaseUrl> database = DatabaseUrl::parse(requestedDatabase, &error);
        if (!database) {
            err << error << Qt::endl;
            return ExitInvalidInput;
        }
        if (database->isPostgreSql()) {
            // Team mode: every connection of this process (the engine's thread included)
            // signs in with the password the keychain holds for this server.
            const std::unique_ptr<SecretStore> secrets = openAppSecretStore();
            if (!DatabasePassword::load(*secrets, *database, &error)) {
                err << error << Qt::endl;
                return ExitRemote;
            }
            paths->setDatabasePath(requestedDatabase);
        } else {
            paths->setDatabasePath(database->sqlitePath());
        }
    }
    CliContext context(*paths);
    return runCommand(context, positional);
}
