#include "alerts/alert_email.h"
#include "alerts/email_message.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QDateTime kAt(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

AlertFacts thresholdFacts()
{
    AlertFacts facts;
    facts.trigger = AlertTrigger{AlertLevel::Threshold, kAt, 12'480, 15'000, 12'000};
    facts.orgName = u"Acme <Sales>"_s;
    facts.ourCalls[callCategoryIndex(CallCategory::ActivityLogging)] = 1'234;
    facts.ourCalls[callCategoryIndex(CallCategory::InboundPoll)] = 288;
    facts.ourCallsTotal = 1'522;
    facts.otherIntegrations = 10'958;
    facts.forecastKnown = true;
    facts.limitReachedAt = kAt.addSecs(3 * 3600);
    facts.failures = 7;
    facts.noCreditFailures = 3;
    facts.outboxWaiting = 42;
    return facts;
}

} // namespace

TEST(AlertEmail, SubjectNamesTheOrgAndTheFigures)
{
    const AlertEmail email = AlertEmail::compose(thresholdFacts(), kEnglish);
    EXPECT_EQ(
        email.subject,
        u"Acme <Sales>: API usage 12,480 of 15,000 (83 %) crossed your threshold of 12,000"_s);
}

TEST(AlertEmail, BodiesCarryEveryFigureAndTheAdvice)
{
    const AlertEmail email = AlertEmail::compose(thresholdFacts(), kEnglish);
    for (const QString &part : {email.text, email.html}) {
        for (const QString &figure :
             {u"12,480"_s, u"15,000"_s, u"12,000"_s, u"1,522"_s, u"1,234"_s, u"288"_s, u"10,958"_s,
              u"42"_s, u"Buy more API calls"_s, u"sync intervals"_s, u"fewer fields"_s,
              u"other integrations"_s}) {
            EXPECT_TRUE(part.contains(figure)) << figure.toStdString();
        }
    }
    EXPECT_TRUE(email.text.contains(u"Sync failures: 7"_s));
    EXPECT_TRUE(email.text.contains(u"Failed for want of API calls: 3"_s));
    // Categories with no calls are left out.
    EXPECT_FALSE(email.text.contains(u"Sign-in"_s));
}

TEST(AlertEmail, HtmlEscapesWhatItInterpolates)
{
    const AlertEmail email = AlertEmail::compose(thresholdFacts(), kEnglish);
    EXPECT_TRUE(email.html.contains(u"Acme &lt;Sales&gt;"_s));
    EXPECT_FALSE(email.html.contains(u"<Sales>"_s));
}

TEST(AlertEmail, SaysSoWhenTheForecastIsUnknownOrFarOff)
{
    AlertFacts facts = thresholdFacts();
    facts.forecastKnown = false;
    facts.limitReachedAt.reset();
    EXPECT_TRUE(AlertEmail::compose(facts, kEnglish).text.contains(u"not enough usage history"_s));
    facts.forecastKnown = true;
    EXPECT_TRUE(AlertEmail::compose(facts, kEnglish).text.contains(u"not within the next 24"_s));
}

TEST(AlertEmail, OtherLevelsHaveTheirOwnSubjects)
{
    AlertFacts facts = thresholdFacts();
    facts.trigger = AlertTrigger{AlertLevel::Percent90, kAt, 13'600, 15'000, 13'500};
    EXPECT_TRUE(
        AlertEmail::compose(facts, kEnglish)
            .subject.endsWith(u"13,600 of 15,000 (91 %) reached 90 % of the daily limit"_s));
    facts.trigger = AlertTrigger{AlertLevel::AllClear, kAt, 11'000, 15'000, 12'000};
    EXPECT_TRUE(AlertEmail::compose(facts, kEnglish)
                    .subject.endsWith(u"is back below your threshold of 12,000"_s));
}

TopIntegrations topThree(TopIntegrations::Span span, int hours)
{
    TopIntegrations top;
    top.span = span;
    top.hours = hours;
    top.top = {{u"Pardot Marketing Sync"_s, 1'204},
               {u"Nightly Data Loader"_s, 800},
               {u"BI <Tableau>"_s, 310}};
    return top;
}

TEST(AlertEmail, NamesTheTopIntegrationsOfTheLastHours)
{
    AlertFacts facts = thresholdFacts();
    facts.topIntegrations = topThree(TopIntegrations::Span::Recent, 6);
    const AlertEmail email = AlertEmail::compose(facts, kEnglish);
    // The call(s) plural takes its English form from the translation the app installs.
    EXPECT_TRUE(email.text.contains(u"\nTop integrations in the last 6 hour"_s))
        << email.text.toStdString();
    EXPECT_TRUE(email.text.contains(u": Pardot Marketing Sync 1,204 call"_s));
    EXPECT_TRUE(email.text.contains(u", Nightly Data Loader 800, BI <Tableau> 310\n"_s))
        << email.text.toStdString();
    EXPECT_TRUE(email.html.contains(u"Pardot Marketing Sync 1,204 call"_s));
    EXPECT_TRUE(email.html.contains(u"Nightly Data Loader 800, BI &lt;Tableau&gt; 310</p>"_s))
        << email.html.toStdString();
    EXPECT_FALSE(email.html.contains(u"<Tableau>"_s));
    // The org-wide figure stays beside the names.
    EXPECT_TRUE(email.text.contains(u"Other integrations and users: 10,958"_s));
}

TEST(AlertEmail, SaysWhereSalesforcesLogsEndWhenTheyLag)
{
    AlertFacts facts = thresholdFacts();
    facts.topIntegrations = topThree(TopIntegrations::Span::LatestLogged, 24);
    facts.topIntegrations.loggedUntil = kAt.addSecs(-4 * 3600 - 30 * 60); // 05:00 UTC
    const QDateTime until = facts.topIntegrations.loggedUntil.toLocalTime();
    const QString when = (until.date() == kAt.toLocalTime().date()
                              ? kEnglish.toString(until.time(), QLocale::ShortFormat)
                              : kEnglish.toString(until, QLocale::ShortFormat)) +
                         u' ' + until.timeZoneAbbreviation();
    const AlertEmail email = AlertEmail::compose(facts, kEnglish);
    for (const QString &part : {email.text, email.html}) {
        EXPECT_TRUE(part.contains(u"Top integrations in the 24 hour"_s)) << part.toStdString();
        EXPECT_TRUE(part.contains(u" up to "_s + when + u", from Salesforce's logs"_s))
            << part.toStdString();
        EXPECT_TRUE(part.contains(u"Pardot Marketing Sync 1,204 call"_s));
    }
    EXPECT_FALSE(email.text.contains(u"Top integrations in the last"_s));

    facts.topIntegrations.top.clear(); // covered hours with nothing counted
    EXPECT_TRUE(AlertEmail::compose(facts, kEnglish).text.contains(u"): no calls logged\n"_s));
}

TEST(AlertEmail, SaysInOneLineWhenThereAreNoLogs)
{
    AlertFacts facts = thresholdFacts();
    facts.topIntegrations.problem = u"SyncDesk cannot read the org's API usage logs: the "
                                    "integration user lacks the 'View Event Log Files' "
                                    "permission."_s;
    AlertEmail email = AlertEmail::compose(facts, kEnglish);
    EXPECT_TRUE(email.text.contains(u"\nTop integrations: not known. SyncDesk cannot read the "
                                    "org's API usage logs: the integration user lacks the 'View "
                                    "Event Log Files' permission.\n"_s))
        << email.text.toStdString();
    EXPECT_TRUE(email.html.contains(u"<p>Top integrations: not known. SyncDesk cannot read"_s))
        << email.html.toStdString();
    EXPECT_TRUE(email.text.contains(u"Other integrations and users: 10,958"_s));

    facts.topIntegrations.problem.clear(); // not read yet
    email = AlertEmail::compose(facts, kEnglish);
    EXPECT_TRUE(email.text.contains(u"\nTop integrations: not known yet"_s));
    EXPECT_EQ(email.text.count(u"Top integrations"_s), 1);
    EXPECT_TRUE(email.text.contains(u"Other integrations and users: 10,958"_s));
}

TEST(EmailMessage, MimeHasBothPartsAndEncodedHeaders)
{
    const EmailMessage message{.from = u"syncdesk@example.com"_s,
                               .to = u"admin@example.com"_s,
                               .subject = u"Überschreitung: 12.480 von 15.000"_s,
                               .text = u"Grüße\n.a line starting with a dot\n"_s,
                               .html = u"<p>Grüße</p>"_s};
    const QByteArray mime = message.toMime(kAt);
    EXPECT_TRUE(mime.contains("Subject: =?UTF-8?B?"));
    EXPECT_TRUE(mime.contains("Date: Mon, 02 Mar 2026 09:30:00 +0000\r\n"));
    EXPECT_TRUE(mime.contains("Message-ID: <"));
    EXPECT_TRUE(mime.contains("multipart/alternative"));
    EXPECT_TRUE(mime.contains("Content-Type: text/plain; charset=UTF-8"));
    EXPECT_TRUE(mime.contains("Content-Type: text/html; charset=UTF-8"));
    EXPECT_TRUE(mime.contains("Gr=C3=BC=C3=9Fe"));
    EXPECT_FALSE(mime.contains("\r\n.a line")); // a leading dot is encoded
    EXPECT_FALSE(mime.contains("\n\n"));        // CRLF throughout
    // The encoded subject reads back as the original.
    const qsizetype start = mime.indexOf("=?UTF-8?B?") + 10;
    const QByteArray word = mime.mid(start, mime.indexOf("?=", start) - start);
    EXPECT_TRUE(QString::fromUtf8(QByteArray::fromBase64(word)).startsWith(u"Überschreitung"_s));
}

TEST(EmailMessage, HeadersCannotBeInjected)
{
    const EmailMessage message{.from = u"a@example.com"_s,
                               .to = u"b@example.com\r\nBcc: evil@example.com"_s,
                               .subject = u"hi\r\nBcc: evil@example.com"_s};
    EXPECT_FALSE(message.toMime(kAt).contains("\r\nBcc:"));
}
