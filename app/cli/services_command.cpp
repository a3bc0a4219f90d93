// `syncdesk-cli services [list|on NAME|off NAME]`: the Services dialog for scripts. A
// service switched off spends no API call; its work waits, held, until it is on again.
#include "cli_commands.h"
#include "cli_context.h"
#include "sync/service_switches.h"
#include "sync/service_usage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ServicesCommand", text, disambiguation, n);
}

QString usageText()
{
    return tr("Usage: syncdesk-cli services [list] [--json]\n"
              "       syncdesk-cli services on NAME\n"
              "       syncdesk-cli services off NAME\n");
}

QString heldReasonOf(const ServiceUsage &usage)
{
    return usage.heldItems > 0 ? heldBecauseOff(usage.service) : QString();
}

QJsonObject toJson(const ServiceUsage &usage)
{
    return QJsonObject{
        {u"name"_s, syncServiceName(usage.service)},
        {u"title"_s, syncServiceTitle(usage.service)},
        {u"on"_s, usage.on},
        {u"callsLast24h"_s, usage.callsLast24h},
        {u"callsShared"_s, usage.sharesCalls},
        {u"estimatedCallsPerDay"_s, std::round(usage.estimatedCallsPerDay * 10) / 10},
        {u"held"_s, usage.heldItems},
        {u"heldReason"_s, heldReasonOf(usage)},
    };
}

int list(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli services list: each service, on or off, its calls in the last 24 "
           "hours, its estimated calls per day when on, and the work held while it is off."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    if (const auto stop = context.parse(parser, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, usageText());
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;
    const QList<ServiceUsage> services = serviceUsageFromStore(*db);
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const ServiceUsage &usage : services)
            rows.append(toJson(usage));
        context.printJson(QJsonDocument(QJsonObject{{u"services"_s, rows}}));
        return ExitOk;
    }
    QTextStream &out = context.out();
    const QLocale locale;
    constexpr int kNameWidth = 31;
    constexpr int kNumberWidth = 12;
    out << tr("SERVICE").leftJustified(kNameWidth) << tr("STATE").leftJustified(6)
        << tr("CALLS 24 H").rightJustified(kNumberWidth)
        << tr("EST./DAY").rightJustified(kNumberWidth) << u"  "_s << tr("HELD") << u'\n';
    for (const ServiceUsage &usage : services) {
        QString calls = locale.toString(usage.callsLast24h);
        if (usage.sharesCalls)
            calls += u'*';
        out << syncServiceName(usage.service).leftJustified(kNameWidth)
            << (usage.on ? tr("on") : tr("off")).leftJustified(6)
            << calls.rightJustified(kNumberWidth)
            << locale.toString(qRound64(usage.estimatedCallsPerDay)).rightJustified(kNumberWidth)
            << u"  "_s << locale.toString(usage.heldItems);
        if (usage.heldItems > 0)
            out << u" ("_s << heldReasonOf(usage) << u')';
        out << u'\n';
    }
    out << tr("* One poll call reads every object switched on: switching one object off\n"
              "  saves its further pages; switching them all off saves the polls.")
        << u'\n';
    out.flush();
    return ExitOk;
}

int setSwitch(CliContext &context, const QStringList &args, bool on)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        on ? tr("syncdesk-cli services on NAME: the service runs again; the work it held goes "
                "with the engine's next cycle.")
           : tr("syncdesk-cli services off NAME: the service spends no API call; its work "
                "waits, held, never failed, until it is on again."));
    parser.addPositionalArgument(u"NAME"_s,
                                 tr("One of: %1.").arg(allSyncServiceNames().join(u", "_s)));
    if (const auto stop = context.parse(parser, args))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(ExitUsage, usageText());
    const std::optional<SyncService> service = syncServiceFromName(positional.first());
    if (!service) {
        return context.fail(ExitInvalidInput,
                            tr("There is no service '%1'. The services are: %2. Nothing was "
                               "changed.")
                                .arg(positional.first(), allSyncServiceNames().join(u", "_s)));
    }
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;
    QString error;
    if (!ServiceSwitches::save(*db, *service, on, &error))
        return context.fail(ExitNoData, tr("Cannot save the switch: %1").arg(error));
    // A running engine, in this process or the desktop app, reads the switches at the
    // start of each cycle.
    context.out() << (on ? tr("%1 is on; the work it held goes with the next sync cycle.")
                         : tr("%1 is off; it spends no API calls and its work waits until it "
                              "is on again."))
                         .arg(syncServiceTitle(*service))
                  << Qt::endl;
    return ExitOk;
}

} // namespace

int runServices(CliContext &context, const QStringList &args)
{
    const QString action = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + u' ' + action);
    if (action.isEmpty() || action == u"list")
        return list(context, rest);
    if (action == u"--json") // `services --json`: list is the default action
        return list(context, args);
    if (action == u"on" || action == u"off")
        return setSwitch(context, rest, action == u"on");
    const bool help = action == u"--help" || action == u"-h";
    if (!help)
        context.err() << tr("Unknown action '%1': use list, on or off.").arg(action) << u'\n';
    context.out() << usageText();
    context.out().flush();
    return help ? ExitOk : ExitUsage;
}

} // namespace syncdesk::cli
