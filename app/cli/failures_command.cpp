// `syncdesk-cli failures list|retry|dismiss`: the Sync Failures tab for scripts.
#include "cli_commands.h"
#include "cli_context.h"
#include "engine_whereabouts.h"
#include "store/failure_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FailuresCommand", text, disambiguation, n);
}

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject toJson(const SyncFailure &failure)
{
    return QJsonObject{
        {u"id"_s, failure.id},
        {u"item"_s,
         failure.itemKind == SyncFailure::ItemKind::Record ? u"record"_s : u"activity"_s},
        {u"itemId"_s, failure.itemId},
        {u"category"_s, failureCategoryName(failure.category)},
        {u"statusCode"_s, failure.sfStatusCode},
        {u"message"_s, failure.message},
        {u"fields"_s, QJsonArray::fromStringList(failure.fields)},
        {u"attempts"_s, failure.attempts},
        {u"firstFailedAt"_s, timeOrNull(failure.firstFailedAt)},
        {u"lastTryAt"_s, timeOrNull(failure.lastTryAt)},
        {u"nextRetryAt"_s, timeOrNull(failure.nextRetryAt)},
    };
}

int list(CliContext &context, FailureStore &store, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("syncdesk-cli failures list: the standing sync failures."));
    const QCommandLineOption category(
        u"category"_s,
        tr("Only this category: no_api_credits, auth, validation, conflict or transient."),
        u"category"_s);
    const QCommandLineOption json(u"json"_s, tr("Print a JSON array."));
    parser.addOptions({category, json});
    if (const auto stop = context.parse(parser, args))
        return *stop;
    std::optional<FailureCategory> only;
    if (parser.isSet(category)) {
        only = failureCategoryFromName(parser.value(category));
        if (!only)
            return context.fail(ExitInvalidInput,
                                tr("Unknown category '%1'.").arg(parser.value(category)));
    }
    QJsonArray rows;
    QTextStream &out = context.out();
    for (const SyncFailure &failure : store.all()) {
        if (only && failure.category != *only)
            continue;
        rows.append(toJson(failure));
        if (!parser.isSet(json)) {
            out << failure.id << u'\t' << failureCategoryName(failure.category) << u'\t'
                << (failure.sfStatusCode.isEmpty() ? u"-"_s : failure.sfStatusCode) << u'\t'
                << tr("%n attempt(s)", nullptr, failure.attempts) << u'\t' << failure.message
                << u'\n';
        }
    }
    if (parser.isSet(json))
        context.printJson(QJsonDocument(rows));
    else if (rows.isEmpty())
        out << tr("No sync failures.") << u'\n';
    out.flush();
    return ExitOk;
}

// The IDs named, all known to the store; nullopt after saying which one is not.
std::optional<QList<qint64>> knownIds(CliContext &context, const FailureStore &store,
                                      const QStringList &texts)
{
    QList<qint64> ids;
    for (const QString &text : texts) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0 || !store.find(id)) {
            context.fail(ExitInvalidInput, tr("There is no sync failure with ID '%1'; nothing "
                                              "was changed.")
                                               .arg(text));
            return std::nullopt;
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

int retry(CliContext &context, FailureStore &store, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli failures retry: makes failures due for a retry now. The running "
           "engine retries them on its next cycle."));
    const QCommandLineOption all(u"all"_s, tr("Every standing failure."));
    parser.addOption(all);
    parser.addPositionalArgument(u"ID"_s, tr("Failure IDs, from 'failures list'."), u"[ID...]"_s);
    if (const auto stop = context.parse(parser, args))
        return *stop;
    const QStringList named = parser.positionalArguments();
    if (parser.isSet(all) == !named.isEmpty())
        return context.fail(ExitUsage, tr("Give --all or failure IDs (not both)."));
    QList<qint64> ids;
    if (parser.isSet(all)) {
        for (const SyncFailure &failure : store.all())
            ids.append(failure.id);
    } else {
        const auto known = knownIds(context, store, named);
        if (!known)
            return ExitInvalidInput;
        ids = *known;
    }
    if (!store.clearBackoff(ids, QDateTime::currentDateTimeUtc()))
        return context.fail(ExitNoData,
                            tr("Cannot update the failures: %1").arg(store.lastError()));
    QTextStream &out = context.out();
    out << tr("%n failure(s) marked due for retry now.", nullptr, int(ids.size())) << u'\n';
    if (EngineWhereabouts::find(context, *context.database(), QDateTime::currentDateTimeUtc())
            .running)
        out << tr("The running engine retries them on its next cycle.") << u'\n';
    else
        out << tr("No engine is running: they are retried when one starts (syncdesk-cli sync, "
                  "or the desktop app).")
            << u'\n';
    out.flush();
    return ExitOk;
}

int dismiss(CliContext &context, FailureStore &store, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli failures dismiss: gives up on failed items; the changes they held are "
           "dropped and not sent."));
    parser.addPositionalArgument(u"ID"_s, tr("Failure IDs, from 'failures list'."), u"ID..."_s);
    if (const auto stop = context.parse(parser, args))
        return *stop;
    if (parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, tr("Name the failures to dismiss by ID."));
    const auto ids = knownIds(context, store, parser.positionalArguments());
    if (!ids)
        return ExitInvalidInput;
    for (qint64 id : *ids) {
        if (!store.dismiss(id))
            return context.fail(ExitNoData,
                                tr("Cannot dismiss failure %1: %2").arg(id).arg(store.lastError()));
    }
    context.out() << tr("%n failure(s) dismissed.", nullptr, int(ids->size())) << Qt::endl;
    return ExitOk;
}

} // namespace

int runFailures(CliContext &context, const QStringList &args)
{
    const QString action = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + u' ' + action);
    if (action == u"--help" || action == u"-h" || action.isEmpty()) {
        context.out() << tr("Usage: syncdesk-cli failures list [--category C] [--json]\n"
                            "       syncdesk-cli failures retry (--all | ID...)\n"
                            "       syncdesk-cli failures dismiss ID...\n");
        context.out().flush();
        return action.isEmpty() ? ExitUsage : ExitOk;
    }
    if (action != u"list" && action != u"retry" && action != u"dismiss")
        return context.fail(ExitUsage,
                            tr("Unknown action '%1': use list, retry or dismiss.").arg(action));
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;
    FailureStore store(*db);
    if (action == u"list")
        return list(context, store, rest);
    if (action == u"retry")
        return retry(context, store, rest);
    return dismiss(context, store, rest);
}

} // namespace syncdesk::cli
