#include "cli_commands.h"

#include "cli_context.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

struct Command
{
    const char16_t *name;
    int (*run)(CliContext &, const QStringList &);
    const char *summary;
};

const std::array kCommands{
    Command{u"status", runStatus,
            QT_TRANSLATE_NOOP("cli", "the org's usage, the threshold and the engine")},
    Command{u"usage", runUsage, QT_TRANSLATE_NOOP("cli", "usage history by hour or day")},
    Command{u"failures", runFailures,
            QT_TRANSLATE_NOOP("cli", "list, retry or dismiss sync failures")},
    Command{u"sync", runSync, QT_TRANSLATE_NOOP("cli", "run the sync engine headless")},
    Command{u"services", runServices,
            QT_TRANSLATE_NOOP("cli", "switch activity logging, updates or objects on and off")},
    Command{u"threshold", runThreshold,
            QT_TRANSLATE_NOOP("cli", "set or clear the usage alert threshold")},
    Command{u"fields", runFields,
            QT_TRANSLATE_NOOP("cli", "export or import the field configuration")},
    Command{u"import", runImport,
            QT_TRANSLATE_NOOP("cli", "import people, accounts or activities from CSV")},
    Command{u"connect", runConnect, QT_TRANSLATE_NOOP("cli", "sign in to a Salesforce org")},
    Command{u"disconnect", runDisconnect,
            QT_TRANSLATE_NOOP("cli", "revoke the sign-in and forget it")},
    Command{u"doctor", runDoctor,
            QT_TRANSLATE_NOOP("cli", "check that the org is prepared for SyncDesk")},
    Command{u"migrate", runMigrate,
            QT_TRANSLATE_NOOP("cli", "copy this workspace into a PostgreSQL database (team mode)")},
    Command{u"database-password", runDatabasePassword,
            QT_TRANSLATE_NOOP("cli", "keep team mode's database password in the keychain")},
    Command{u"smtp-password", runSmtpPassword,
            QT_TRANSLATE_NOOP("cli", "keep the alert emails' SMTP password in the keychain")},
};

} // namespace

QString commandSummary()
{
    QString summary;
    for (const Command &command : kCommands) {
        summary += u"  "_s + QString::fromUtf16(command.name).leftJustified(19) +
                   QCoreApplication::translate("cli", command.summary) + u'\n';
    }
    summary += QCoreApplication::translate("cli", "\nEach command has its own --help.");
    return summary;
}

int runCommand(CliContext &context, const QStringList &positional)
{
    const QString name = positional.first();
    for (const Command &command : kCommands) {
        if (name != QStringView(command.name))
            continue;
        QStringList args = positional.mid(1);
        args.prepend(u"syncdesk-cli "_s + name);
        return command.run(context, args);
    }
    return context.fail(ExitUsage, QCoreApplication::translate("cli", "Unknown command '%1'. Try "
                                                                      "'syncdesk-cli --help'.")
                                       .arg(name));
}

} // namespace syncdesk::cli
