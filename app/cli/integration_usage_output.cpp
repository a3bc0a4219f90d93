#include "integration_usage_output.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UsageCommand", text);
}

QString groupingName(UsageGrouping grouping)
{
    switch (grouping) {
    case UsageGrouping::Integration:
        return u"app"_s;
    case UsageGrouping::User:
        return u"user"_s;
    case UsageGrouping::Client:
        return u"client"_s;
    }
    return QString();
}

QJsonObject rowJson(const IntegrationUsageRow &row)
{
    return QJsonObject{{u"name"_s, row.name},
                       {u"calls"_s, row.calls},
                       {u"share"_s, row.share},
                       {u"previousCalls"_s, row.previousCalls},
                       {u"change"_s, row.change ? QJsonValue(*row.change) : QJsonValue()},
                       {u"syncDesk"_s, row.isSyncDesk}};
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString percent(double fraction)
{
    return QString::number(100.0 * fraction, 'f', 1) + u" %"_s;
}

// A CSV cell: quoted when it holds a delimiter, a quote or a line break.
QString csvCell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

QJsonObject integrationUsageJson(const IntegrationUsageReport &report)
{
    QJsonArray rows;
    for (const IntegrationUsageRow &row : report.rows)
        rows.append(rowJson(row));
    QJsonArray uncovered;
    for (const QDateTime &hour : report.uncoveredHours)
        uncovered.append(iso(hour));
    QJsonArray differences;
    for (const LedgerHourDifference &hour : report.ledger.hours) {
        if (hour.difference() != 0)
            differences.append(QJsonObject{{u"hour"_s, iso(hour.hourStart)},
                                           {u"ledger"_s, hour.ledgerCalls},
                                           {u"logged"_s, hour.loggedCalls},
                                           {u"difference"_s, hour.difference()}});
    }
    return QJsonObject{
        {u"by"_s, groupingName(report.grouping)},
        {u"from"_s, iso(report.from)},
        {u"to"_s, iso(report.to)},
        {u"orgCalls"_s, report.orgCalls},
        {u"rows"_s, rows},
        {u"syncDesk"_s, report.syncDesk ? QJsonValue(rowJson(*report.syncDesk)) : QJsonValue()},
        {u"coverage"_s,
         QJsonObject{{u"coveredHours"_s, report.coveredHours.size()},
                     {u"firstCoveredHour"_s, report.coveredHours.isEmpty()
                                                 ? QJsonValue()
                                                 : QJsonValue(iso(report.coveredHours.first()))},
                     {u"lastCoveredHour"_s, report.coveredHours.isEmpty()
                                                ? QJsonValue()
                                                : QJsonValue(iso(report.coveredHours.last()))},
                     {u"uncoveredHours"_s, uncovered}}},
        {u"ledger"_s, QJsonObject{{u"ledgerCalls"_s, report.ledger.ledgerTotal},
                                  {u"loggedCalls"_s, report.ledger.loggedTotal},
                                  {u"difference"_s, report.ledger.difference()},
                                  {u"hoursThatDiffer"_s, differences}}},
        {u"problem"_s, report.problem.isEmpty() ? QJsonValue() : QJsonValue(report.problem)}};
}

void printIntegrationUsageCsv(QTextStream &out, const IntegrationUsageReport &report)
{
    out << "name,calls,share,previousCalls,change,syncDesk\n";
    for (const IntegrationUsageRow &row : report.rows) {
        out << csvCell(row.name) << u',' << row.calls << u',' << QString::number(row.share, 'f', 4)
            << u',' << row.previousCalls << u','
            << (row.change ? QString::number(*row.change, 'f', 4) : QString()) << u','
            << (row.isSyncDesk ? "true" : "false") << u'\n';
    }
    out.flush();
}

void printIntegrationUsageTable(QTextStream &out, const IntegrationUsageReport &report)
{
    if (!report.problem.isEmpty())
        out << report.problem << u'\n';
    out << tr("Counted calls from %1 to %2 (UTC), %3 of %4 hours covered by the org's usage logs:")
               .arg(iso(report.from), iso(report.to))
               .arg(report.coveredHours.size())
               .arg(report.coveredHours.size() + report.uncoveredHours.size())
        << u'\n';
    out << u"name"_s.leftJustified(40) << u"calls"_s.rightJustified(10)
        << u"share"_s.rightJustified(9) << u"change"_s.rightJustified(9) << u'\n';
    for (const IntegrationUsageRow &row : report.rows) {
        out << QString(row.name + (row.isSyncDesk ? u" *"_s : QString())).leftJustified(40)
            << QString::number(row.calls).rightJustified(10) << percent(row.share).rightJustified(9)
            << (row.change ? percent(*row.change) : u"-"_s).rightJustified(9) << u'\n';
    }
    out << tr("* SyncDesk. Its ledger counted %1 calls in the covered hours, the logs %2 "
              "(difference %3).")
               .arg(report.ledger.ledgerTotal)
               .arg(report.ledger.loggedTotal)
               .arg(report.ledger.difference())
        << u'\n';
    out.flush();
}

} // namespace syncdesk::cli
