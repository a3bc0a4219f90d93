// `syncdesk-cli smtp-password`: puts the SMTP login's password in this host's keychain. The
// engine sends the alert emails, so in team mode its host needs the password, and a headless
// engine host has no window to type it into.
#include "alerts/smtp_settings.h"
#include "cli_commands.h"
#include "cli_context.h"
#include "password_prompt.h"
#include "secrets/app_secret_store.h"
#include "secrets/secret_wait.h"
#include "store/settings_store.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SmtpPasswordCommand", text, disambiguation, n);
}

} // namespace

int runSmtpPassword(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli smtp-password: reads the password of the SMTP login set on the Alerts "
           "page from standard input (not echoed) and keeps it in this host's keychain (entry "
           "smtp/user@host), where the engine on this host reads it to send alert emails. "
           "--forget removes it."));
    const QCommandLineOption forget(u"forget"_s, tr("Remove the stored password."));
    parser.addOption(forget);
    if (const auto stop = context.parse(parser, args))
        return *stop;
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;
    const SmtpSettings smtp = SmtpSettings::fromSettings(SettingsStore(*db));
    if (smtp.host.isEmpty() || smtp.user.isEmpty())
        return context.fail(ExitNoData,
                            tr("No SMTP server with a login is set: set the server and login on "
                               "the Alerts page first."));
    const QString key = SmtpSettings::passwordKey(smtp.host, smtp.user);

    const std::unique_ptr<SecretStore> secrets = openAppSecretStore();
    if (parser.isSet(forget)) {
        const SecretResult removed = SecretWait::remove(*secrets, key);
        if (!removed.ok() && removed.status != SecretResult::Status::NotFound)
            return context.fail(ExitRemote, removed.message);
        context.out() << tr("Forgot the password of %1 on %2.").arg(smtp.user, smtp.host)
                      << Qt::endl;
        return ExitOk;
    }
    if (context.stdoutIsTerminal())
        context.err() << tr("Password of %1 on %2: ").arg(smtp.user, smtp.host) << Qt::flush;
    const QByteArray password = readPasswordLine();
    if (password.isEmpty())
        return context.fail(ExitInvalidInput, tr("No password given; nothing was stored."));
    const SecretResult written = SecretWait::write(*secrets, key, password);
    if (!written.ok())
        return context.fail(ExitRemote, written.message);
    context.out() << tr("Stored the password of %1 on %2 in the keychain (%3).")
                         .arg(smtp.user, smtp.host, key)
                  << Qt::endl;
    return ExitOk;
}

} // namespace syncdesk::cli
