// `syncdesk-cli usage`: the history the API Limits chart draws, as rows.
#include "cli_commands.h"
#include "cli_context.h"
#include "integration_usage_output.h"
#include "store/api_call_ledger_store.h"
#include "store/integration_usage_query.h"
#include "store/usage_sample_store.h"
#include "usage/usage_aggregates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("UsageCommand", text, disambiguation, n);
}

QJsonObject rowOf(const UsageBucket &bucket)
{
    QJsonObject row;
    row[u"start"_s] = bucket.start.toUTC().toString(Qt::ISODate);
    row[u"orgUsed"_s] = bucket.maxOrgUsed ? QJsonValue(*bucket.maxOrgUsed) : QJsonValue();
    row[u"orgMax"_s] = bucket.maxOrgUsed ? QJsonValue(bucket.orgMax) : QJsonValue();
    for (CallCategory category : allCallCategories)
        row[callCategoryName(category)] = bucket.ourCalls[callCategoryIndex(category)];
    row[u"ourTotal"_s] = bucket.ourCallsTotal();
    row[u"refusedForLimit"_s] = bucket.ourRefusedForLimit;
    row[u"otherIntegrations"_s] =
        bucket.maxOtherIntegrations ? QJsonValue(*bucket.maxOtherIntegrations) : QJsonValue();
    return row;
}

QStringList columns()
{
    QStringList names{u"start"_s, u"orgUsed"_s, u"orgMax"_s};
    for (CallCategory category : allCallCategories)
        names.append(callCategoryName(category));
    names << u"ourTotal"_s << u"refusedForLimit"_s << u"otherIntegrations"_s;
    return names;
}

QString cell(const QJsonValue &value)
{
    if (value.isNull())
        return QString();
    if (value.isString())
        return value.toString();
    return QString::number(value.toInteger());
}

// `usage --by`: the report of IntegrationUsageQuery, for the period asked.
int runUsageBy(CliContext &context, const QString &by, bool week, bool asJson, bool asCsv)
{
    UsageGrouping grouping = UsageGrouping::Integration;
    if (by == u"user"_s)
        grouping = UsageGrouping::User;
    else if (by == u"client"_s)
        grouping = UsageGrouping::Client;
    else if (by != u"app"_s)
        return context.fail(ExitInvalidInput,
                            tr("--by takes app, user or client, not '%1'.").arg(by));
    if (asCsv && asJson)
        return context.fail(ExitUsage, tr("Choose one of --csv and --json."));
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;
    const IntegrationUsageReport report = IntegrationUsageQuery(*db).report(
        grouping, week ? 7 * 24 : 24, QDateTime::currentDateTimeUtc());
    if (asJson)
        context.printJson(QJsonDocument(integrationUsageJson(report)));
    else if (asCsv)
        printIntegrationUsageCsv(context.out(), report);
    else
        printIntegrationUsageTable(context.out(), report);
    if (report.coveredHours.isEmpty()) {
        context.err() << (report.problem.isEmpty()
                              ? tr("The org's usage logs cover none of these hours yet (a running "
                                   "engine reads them; hourly files appear 3-6 hours late).")
                              : report.problem)
                      << Qt::endl;
        return ExitNoData;
    }
    return ExitOk;
}

} // namespace

int runUsage(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli usage: the org's usage, SyncDesk's calls by category and other "
           "integrations, hourly over 24h, daily over 7d or 30d (times in UTC)."));
    const QCommandLineOption since(u"since"_s, tr("How far back: 24h, 7d or 30d."), u"span"_s,
                                   u"24h"_s);
    const QCommandLineOption csv(u"csv"_s, tr("Print CSV with a header row."));
    const QCommandLineOption json(u"json"_s, tr("Print a JSON array of rows."));
    const QCommandLineOption by(
        u"by"_s,
        tr("Who used the calls, from the org's ApiTotalUsage logs: one row per app "
           "(connected app, or user via client), user or client, with its share of the org's "
           "counted calls and the change against the period before; SyncDesk's own row and its "
           "ledger against the logs. With --json: an object (rows, syncDesk, coverage, ledger)."),
        u"app|user|client"_s);
    const QCommandLineOption lastDay(u"24h"_s, tr("With --by: the last 24 hours (the default)."));
    const QCommandLineOption lastWeek(u"7d"_s, tr("With --by: the last 7 days."));
    parser.addOptions({since, csv, json, by, lastDay, lastWeek});
    if (const auto stop = context.parse(parser, args))
        return *stop;
    if (parser.isSet(by))
        return runUsageBy(context, parser.value(by), parser.isSet(lastWeek), parser.isSet(json),
                          parser.isSet(csv));
    const QString span = parser.value(since);
    qint64 days = 0;
    if (span == u"24h")
        days = 1;
    else if (span == u"7d")
        days = 7;
    else if (span == u"30d")
        days = 30;
    else
        return context.fail(ExitInvalidInput,
                            tr("--since takes 24h, 7d or 30d, not '%1'.").arg(span));
    if (parser.isSet(csv) && parser.isSet(json))
        return context.fail(ExitUsage, tr("Choose one of --csv and --json."));
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;

    const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-days * 24 * 3600);
    const UsageAggregates::Period period =
        days == 1 ? UsageAggregates::Period::Hour : UsageAggregates::Period::Day;
    // Other integrations at a sample need our calls of the day before it too.
    const QList<ApiCallRecord> calls = ApiCallLedgerStore(*db).callsSince(from.addDays(-1));
    const QList<UsageSample> samples = UsageSampleStore(*db).since(from);
    QJsonArray rows;
    for (const UsageBucket &bucket : UsageAggregates::aggregate(calls, samples, period)) {
        if (bucket.start.addSecs(period == UsageAggregates::Period::Hour ? 3600 : 86400) > from)
            rows.append(rowOf(bucket));
    }

    if (parser.isSet(json)) {
        context.printJson(QJsonDocument(rows));
    } else {
        const QStringList names = columns();
        const bool asCsv = parser.isSet(csv);
        QTextStream &out = context.out();
        const auto line = [&](const QStringList &cells) {
            if (asCsv) {
                out << cells.join(u',') << u'\n';
                return;
            }
            QString text;
            for (qsizetype i = 0; i < cells.size(); ++i)
                text +=
                    (i == 0 ? cells.at(i).leftJustified(22) : cells.at(i).rightJustified(9)) + u' ';
            out << text.trimmed() << u'\n';
        };
        QStringList header = names;
        if (!asCsv) {
            // Short headings keep a row on one terminal line.
            header = {u"start"_s,   u"org"_s,     u"max"_s,      u"activity"_s, u"outbound"_s,
                      u"inbound"_s, u"limits"_s,  u"describe"_s, u"auth"_s,     u"usagelog"_s,
                      u"ours"_s,    u"refused"_s, u"others"_s};
        }
        line(header);
        for (const QJsonValue &row : std::as_const(rows)) {
            QStringList cells;
            for (const QString &name : names)
                cells.append(cell(row.toObject().value(name)));
            line(cells);
        }
        out.flush();
    }
    if (rows.isEmpty()) {
        context.err() << tr("No usage recorded since %1.").arg(from.toString(Qt::ISODate))
                      << Qt::endl;
        return ExitNoData;
    }
    return ExitOk;
}

} // namespace syncdesk::cli
