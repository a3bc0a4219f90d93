// `syncdesk-cli threshold set|clear`: the Threshold dialog's settings, checked the same way.
#include "cli_commands.h"
#include "cli_context.h"
#include "store/settings_store.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ThresholdCommand", text, disambiguation, n);
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return shape.match(text).hasMatch();
}

int set(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli threshold set N --contact EMAIL: email EMAIL when the org's calls in "
           "24 hours cross N. A threshold only warns; it never stops calls."));
    const QCommandLineOption contact(u"contact"_s, tr("The CRM Sync Alert Contact's email."),
                                     u"email"_s);
    parser.addOption(contact);
    parser.addPositionalArgument(u"N"_s, tr("Calls in 24 hours: a whole positive number."));
    if (const auto stop = context.parse(parser, args))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(contact))
        return context.fail(ExitUsage, tr("Usage: syncdesk-cli threshold set N --contact EMAIL"));
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    bool ok = false;
    const int calls = positional.first().toInt(&ok);
    if (!digits.match(positional.first()).hasMatch() || !ok || calls <= 0) {
        return context.fail(ExitInvalidInput,
                            tr("The threshold must be a whole positive number of calls, not "
                               "'%1'. Nothing was changed.")
                                .arg(positional.first()));
    }
    const QString email = parser.value(contact).trimmed();
    if (!looksLikeEmail(email)) {
        return context.fail(ExitInvalidInput,
                            tr("'%1' is not an email address. Nothing was changed.").arg(email));
    }
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;
    SettingsStore settings(*db);
    if (!settings.setValue(SettingKeys::ThresholdCalls, calls) ||
        !settings.setValue(SettingKeys::AlertContact, email) ||
        !settings.setValue(SettingKeys::ThresholdEnabled, true)) {
        return context.fail(ExitNoData,
                            tr("Cannot save the threshold: %1").arg(settings.lastError()));
    }
    context.out()
        << tr("Threshold set: %1 calls in 24 hours; alerts go to %2.").arg(calls).arg(email)
        << Qt::endl;
    return ExitOk;
}

int clear(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli threshold clear: no threshold, no alert emails. The alert contact is "
           "kept for next time."));
    if (const auto stop = context.parse(parser, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, tr("threshold clear takes no arguments."));
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;
    SettingsStore settings(*db);
    if (!settings.setValue(SettingKeys::ThresholdEnabled, false) ||
        !settings.reset(SettingKeys::ThresholdCalls)) {
        return context.fail(ExitNoData,
                            tr("Cannot clear the threshold: %1").arg(settings.lastError()));
    }
    context.out() << tr("Threshold cleared.") << Qt::endl;
    return ExitOk;
}

} // namespace

int runThreshold(CliContext &context, const QStringList &args)
{
    const QString action = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + u' ' + action);
    if (action == u"set")
        return set(context, rest);
    if (action == u"clear")
        return clear(context, rest);
    const bool help = action == u"--help" || action == u"-h";
    context.out() << tr("Usage: syncdesk-cli threshold set N --contact EMAIL\n"
                        "       syncdesk-cli threshold clear\n");
    context.out().flush();
    return help ? ExitOk : ExitUsage;
}

} // namespace syncdesk::cli
