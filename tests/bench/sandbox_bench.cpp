// Times the two calls SyncDesk's sync makes most against syncdesk-sandbox: a
// 2,000-row query page and a 200-record sObject Collection update. It prints
// figures and asserts none: timings depend on the machine.

#include "latency_sample.h"
#include "sandbox_client.h"
#include "sandbox_process.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk::bench;

namespace {

const QString dataPath = u"/services/data/v62.0"_s;
constexpr int collectionSize = 200;

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &message)
{
    std::fputs(qPrintable(u"sandbox_bench: "_s + message + u'\n'), stderr);
    std::exit(1);
}

QString queryPath(const QString &soql)
{
    return dataPath + u"/query?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(soql));
}

// A failed call would time an error answer instead of the work: stop instead.
QJsonObject expectOk(const SandboxClient::Reply &reply, const QString &what)
{
    if (reply.status != 200)
        fail(u"%1: HTTP %2 %3"_s.arg(what)
                 .arg(reply.status)
                 .arg(reply.error.isEmpty() ? QString::fromUtf8(reply.body.left(400))
                                            : reply.error));
    return reply.json().object();
}

LatencySample timeQueryPages(SandboxClient &client, int count, int warmup)
{
    const QString path =
        queryPath(u"SELECT Id, FirstName, LastName, Email FROM Contact LIMIT 2000"_s);
    LatencySample sample;
    for (int i = -warmup; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        const SandboxClient::Reply reply = client.get(path);
        const qint64 elapsed = timer.nsecsElapsed();
        const QJsonObject page = expectOk(reply, u"query page"_s);
        if (page.value(u"records"_s).toArray().size() != 2000)
            fail(u"a query page held %1 records, not 2000"_s.arg(
                page.value(u"records"_s).toArray().size()));
        if (i >= 0)
            sample.add(elapsed);
    }
    return sample;
}

LatencySample timeCollectionUpdates(SandboxClient &client, int count, int warmup)
{
    const QJsonArray rows =
        expectOk(client.get(queryPath(u"SELECT Id FROM Contact LIMIT %1"_s.arg(collectionSize))),
                 u"picking contacts"_s)
            .value(u"records"_s)
            .toArray();
    if (rows.size() != collectionSize)
        fail(u"the org has %1 contacts, %2 needed"_s.arg(rows.size()).arg(collectionSize));

    LatencySample sample;
    for (int i = -warmup; i < count; ++i) {
        QJsonArray records;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            records.append(QJsonObject{{u"attributes"_s, QJsonObject{{u"type"_s, u"Contact"_s}}},
                                       {u"Id"_s, rows.at(r).toObject().value(u"Id"_s)},
                                       {u"Title"_s, u"Bench %1.%2"_s.arg(i).arg(r)}});
        }
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"allOrNone"_s, false}, {u"records"_s, records}})
                .toJson(QJsonDocument::Compact);
        QElapsedTimer timer;
        timer.start();
        const SandboxClient::Reply reply =
            client.send("PATCH", dataPath + u"/composite/sobjects"_s, body);
        const qint64 elapsed = timer.nsecsElapsed();
        if (reply.status != 200)
            expectOk(reply, u"collection update"_s);
        const QJsonArray results = reply.json().array();
        for (const QJsonValue &result : results) {
            if (!result.toObject().value(u"success"_s).toBool())
                fail(u"a record failed to update: "_s +
                     QString::fromUtf8(QJsonDocument(result.toObject()).toJson()));
        }
        if (results.size() != collectionSize)
            fail(u"the update answered %1 results"_s.arg(results.size()));
        if (i >= 0)
            sample.add(elapsed);
    }
    return sample;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Starts syncdesk-sandbox, signs in, and reports requests per second and p50/p99 "
        "latency of query pages and sObject Collection updates. Asserts no times."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"sandbox"_s, u"The syncdesk-sandbox binary (default: the one built beside this)."_s,
         u"PATH"_s, QStringLiteral(SYNCDESK_SANDBOX_BIN)},
        {u"queries"_s, u"Query pages to time (default 200)."_s, u"N"_s, u"200"_s},
        {u"updates"_s, u"Collection updates to time (default 100)."_s, u"N"_s, u"100"_s},
        {u"warmup"_s, u"Untimed calls of each kind first (default 5)."_s, u"N"_s, u"5"_s},
    });
    parser.process(app);
    const auto count = [&](const QString &name) {
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < 0 || value > 100'000)
            fail(u"--%1 must be a number from 0 to 100000"_s.arg(name));
        return value;
    };
    const int queries = count(u"queries"_s);
    const int updates = count(u"updates"_s);
    const int warmup = count(u"warmup"_s);

    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(parser.value(u"sandbox"_s),
                       {u"--daily-limit"_s, u"5000000"_s, u"--contacts"_s, u"3000"_s}, &error))
        fail(error);
    SandboxClient client(sandbox.baseUrl());
    if (!client.signIn(u"admin@sandbox.syncdesk.test"_s, u"sandbox"_s, &error))
        fail(error);

    print(u"syncdesk-sandbox at %1, one request at a time, %2 warm-up calls each"_s
              .arg(sandbox.baseUrl())
              .arg(warmup));
    print(u"%1 %2 %3 %4 %5 %6"_s.arg(u"call"_s, -34)
              .arg(u"count"_s, 6)
              .arg(u"req/s"_s, 9)
              .arg(u"p50 ms"_s, 9)
              .arg(u"p99 ms"_s, 9)
              .arg(u"max ms"_s, 9));
    print(timeQueryPages(client, queries, warmup).summaryLine(u"query page (2000 Contact rows)"_s));
    print(timeCollectionUpdates(client, updates, warmup)
              .summaryLine(u"PATCH composite/sobjects (200 rows)"_s));
    return 0;
}
