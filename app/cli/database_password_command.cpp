// `syncdesk-cli database-password --database postgresql://…`: puts team mode's database
// password in this host's keychain, where every SyncDesk process on it reads it, so that it
// never sits in a URL, a unit file, a shell history or a settings file.
#include "cli_commands.h"
#include "cli_context.h"
#include "password_prompt.h"
#include "secrets/app_secret_store.h"
#include "secrets/database_password.h"
#include "secrets/secret_store.h"
#include "store/database.h"
#include "store/database_url.h"
#include "store/postgres_database.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("DatabasePasswordCommand", text, disambiguation, n);
}

} // namespace

int runDatabasePassword(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli --database postgresql://user@host:port/database database-password: "
           "reads the database user's password from standard input (not echoed) and keeps it in "
           "this host's keychain (entry database_password/user@host:port), then signs in once "
           "with it to check it. Every SyncDesk on this host reads it from there. --forget "
           "removes it."));
    const QCommandLineOption forget(u"forget"_s, tr("Remove the stored password."));
    parser.addOption(forget);
    if (const auto stop = context.parse(parser, args))
        return *stop;
    const QString location = context.paths().databasePath();
    QString error;
    const std::optional<DatabaseUrl> url =
        Database::isServerLocation(location) ? DatabaseUrl::parse(location, &error) : std::nullopt;
    if (!url)
        return context.fail(ExitUsage, error.isEmpty() ? tr("Name the server with --database "
                                                            "postgresql://user@host:port/database.")
                                                       : error);

    const std::unique_ptr<SecretStore> secrets = openAppSecretStore();
    if (parser.isSet(forget)) {
        if (!DatabasePassword::store(*secrets, *url, {}, &error))
            return context.fail(ExitRemote, error);
        context.out() << tr("Forgot the password of %1.").arg(url->displayString()) << Qt::endl;
        return ExitOk;
    }
    if (context.stdoutIsTerminal())
        context.err() << tr("Password of %1 on %2: ").arg(url->userName(), url->displayString())
                      << Qt::flush;
    const QByteArray password = readPasswordLine();
    if (password.isEmpty())
        return context.fail(ExitInvalidInput, tr("No password given; nothing was stored."));

    // Checked before it is kept: a mistyped password is never stored.
    const QString probe = u"syncdesk-password-check"_s;
    DatabaseConnection check = PostgresDatabase::connect(*url, password, probe);
    const std::optional<StoreError> refused = check.error;
    check = {};
    PostgresDatabase::close(probe);
    if (refused)
        return context.fail(ExitRemote, tr("Not stored: %1").arg(refused->message));
    if (!DatabasePassword::store(*secrets, *url, password, &error))
        return context.fail(ExitRemote, error);
    context.out() << tr("Stored the password of %1 in the keychain (%2); signing in with it "
                        "works.")
                         .arg(url->displayString(), url->passwordKey())
                  << Qt::endl;
    return ExitOk;
}

} // namespace syncdesk::cli
