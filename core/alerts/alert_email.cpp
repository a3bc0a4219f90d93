#include "alerts/alert_email.h"

#include <QList>
#include <climits>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

QString categoryLabel(CallCategory category)
{
    switch (category) {
    case CallCategory::ActivityLogging:
        return AlertEmail::tr("Activity logging");
    case CallCategory::OutboundUpdate:
        return AlertEmail::tr("Updates sent to Salesforce");
    case CallCategory::InboundPoll:
        return AlertEmail::tr("Checking Salesforce for changes");
    case CallCategory::LimitsCheck:
        return AlertEmail::tr("Reading the org's limits");
    case CallCategory::Describe:
        return AlertEmail::tr("Object and field descriptions");
    case CallCategory::Auth:
        return AlertEmail::tr("Sign-in");
    case CallCategory::UsageLog:
        return AlertEmail::tr("Reading the org's API usage logs");
    }
    return QString();
}

QString headline(const AlertFacts &facts, const QLocale &locale)
{
    const AlertTrigger &t = facts.trigger;
    const QString used = locale.toString(t.used);
    const QString max = locale.toString(t.max);
    const QString percent = locale.toString(
        t.max > 0 ? qint64(std::llround(100.0 * double(t.used) / double(t.max))) : 0);
    const QString line = locale.toString(t.threshold);
    switch (t.level) {
    case AlertLevel::Threshold:
        return AlertEmail::tr("API usage %1 of %2 (%3 %) crossed your threshold of %4")
            .arg(used, max, percent, line);
    case AlertLevel::Percent80:
    case AlertLevel::Percent90:
    case AlertLevel::Percent100:
        return AlertEmail::tr("API usage %1 of %2 (%3 %) reached %4 % of the daily limit")
            .arg(used, max, percent,
                 locale.toString(t.level == AlertLevel::Percent80   ? 80
                                 : t.level == AlertLevel::Percent90 ? 90
                                                                    : 100));
    case AlertLevel::AllClear:
        return AlertEmail::tr("API usage %1 of %2 (%3 %) is back below your threshold of %4")
            .arg(used, max, percent, line);
    case AlertLevel::Test:
        break;
    }
    return AlertEmail::tr("SyncDesk test email");
}

// "Top integrations in the last 6 hours: Pardot Marketing Sync 1,204 calls, Nightly Data
// Loader 800, SyncDesk 310", or where the logs end, or why there are none.
QString topIntegrationsLine(const AlertFacts &facts, const QLocale &locale)
{
    const TopIntegrations &top = facts.topIntegrations;
    if (top.span == TopIntegrations::Span::NoLogs) {
        return top.problem.isEmpty()
                   ? AlertEmail::tr("Top integrations: not known yet, SyncDesk has read none of "
                                    "Salesforce's API usage logs of the past week.")
                   : AlertEmail::tr("Top integrations: not known. %1").arg(top.problem);
    }
    QStringList entries;
    for (const TopIntegrations::Entry &entry : top.top) {
        const QString calls = locale.toString(entry.calls);
        // The first one says what the figures are; the others follow it.
        entries.append(entries.isEmpty()
                           ? AlertEmail::tr("%1 %2 call(s)", "integration name, number of calls",
                                            int(std::min<qint64>(entry.calls, INT_MAX)))
                                 .arg(entry.name, calls)
                           : entry.name + u' ' + calls);
    }
    const QString list =
        entries.isEmpty() ? AlertEmail::tr("no calls logged") : entries.join(u", "_s);
    if (top.span == TopIntegrations::Span::Recent)
        return AlertEmail::tr("Top integrations in the last %n hour(s): %1", nullptr, top.hours)
            .arg(list);
    const QDateTime until = top.loggedUntil.toLocalTime();
    // The alert contact may read it in another time zone than this computer's.
    const QString when = (until.date() == facts.trigger.at.toLocalTime().date()
                              ? locale.toString(until.time(), QLocale::ShortFormat)
                              : locale.toString(until, QLocale::ShortFormat)) +
                         u' ' + until.timeZoneAbbreviation();
    return AlertEmail::tr("Top integrations in the %n hour(s) up to %1, from Salesforce's logs "
                          "(published hours late): %2",
                          nullptr, top.hours)
        .arg(when, list);
}

} // namespace

AlertEmail AlertEmail::compose(const AlertFacts &facts, const QLocale &locale)
{
    const AlertTrigger &t = facts.trigger;
    const QString head = headline(facts, locale);
    AlertEmail email;
    email.subject = facts.orgName.isEmpty() ? head : QString(facts.orgName + u": "_s + head);

    // (label, value) rows shared by both renderings.
    QList<std::pair<QString, QString>> figures{
        {tr("Calls used in the last 24 hours"), locale.toString(t.used)},
        {tr("Daily limit"), locale.toString(t.max)},
        {tr("Your threshold"), locale.toString(t.threshold)},
        {tr("SyncDesk's own calls"), locale.toString(facts.ourCallsTotal)},
    };
    for (const CallCategory category : allCallCategories) {
        const qint64 count = facts.ourCalls[callCategoryIndex(category)];
        if (count > 0)
            figures.append({u"  "_s + categoryLabel(category), locale.toString(count)});
    }
    figures.append({tr("Other integrations and users"), locale.toString(facts.otherIntegrations)});
    QString forecast;
    if (!facts.forecastKnown)
        forecast = tr("not enough usage history yet");
    else if (facts.limitReachedAt)
        forecast = locale.toString(facts.limitReachedAt->toLocalTime(), QLocale::LongFormat);
    else
        forecast = tr("not within the next 24 hours at the present pace");
    figures.append({tr("Limit reached"), forecast});
    figures.append({tr("Sync failures"), locale.toString(facts.failures)});
    figures.append({tr("Failed for want of API calls"), locale.toString(facts.noCreditFailures)});
    figures.append({tr("Changes waiting to be sent"), locale.toString(facts.outboxWaiting)});

    const QStringList actions{
        tr("Raise the sync intervals, so SyncDesk polls and flushes less often."),
        tr("Sync fewer fields or objects in the field configuration."),
        tr("Buy more API calls for the org in Salesforce."),
        tr("Check which other integrations are spending calls."),
    };
    const QString integrations = topIntegrationsLine(facts, locale);
    const QString intro = t.level == AlertLevel::AllClear
                              ? tr("The org's API usage has fallen back below your threshold.")
                              : tr("The org's API usage needs your attention.");

    QString text = intro + u"\n\n"_s + head + u"\n\n"_s;
    for (const auto &[label, value] : std::as_const(figures))
        text += label + u": "_s + value + u'\n';
    text += u'\n' + integrations + u'\n';
    text += u'\n' + tr("What you can do:") + u'\n';
    for (const QString &action : actions)
        text += u"- "_s + action + u'\n';
    text += u'\n' + tr("Sent by SyncDesk.") + u'\n';
    email.text = text;

    QString html = u"<!DOCTYPE html><html><body>"_s;
    html += u"<p>"_s + intro.toHtmlEscaped() + u"</p>"_s;
    html += u"<h2>"_s + email.subject.toHtmlEscaped() + u"</h2>"_s;
    html += u"<table>"_s;
    for (const auto &[label, value] : std::as_const(figures)) {
        html += u"<tr><th align=\"left\">"_s + label.trimmed().toHtmlEscaped() +
                u"</th><td align=\"right\">"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
    }
    html += u"</table><p>"_s + integrations.toHtmlEscaped() + u"</p>"_s;
    html += u"<p>"_s + tr("What you can do:").toHtmlEscaped() + u"</p><ul>"_s;
    for (const QString &action : actions)
        html += u"<li>"_s + action.toHtmlEscaped() + u"</li>"_s;
    html += u"</ul><p>"_s + tr("Sent by SyncDesk.").toHtmlEscaped() + u"</p></body></html>"_s;
    email.html = html;
    return email;
}

AlertEmail AlertEmail::testMessage(const QString &orgName)
{
    AlertEmail email;
    email.subject = orgName.isEmpty() ? tr("SyncDesk test email")
                                      : QString(orgName + u": "_s + tr("SyncDesk test email"));
    email.text =
        tr("This is a test email from SyncDesk. Alerts will reach you at this address.") + u'\n';
    email.html = u"<!DOCTYPE html><html><body><p>"_s + email.text.trimmed().toHtmlEscaped() +
                 u"</p></body></html>"_s;
    return email;
}

} // namespace syncdesk
