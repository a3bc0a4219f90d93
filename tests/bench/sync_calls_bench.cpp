// Counts the API calls SyncDesk's sync spends against a syncdesk-sandbox process, next
// to the calls a plain REST client spends on the same work (one call per change), and
// the records synced per second. It prints figures and asserts none.

#include "naive_client.h"
#include "salesforce/oauth_client_config.h"
#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "salesforce/sandbox_sign_in.h"
#include "sandbox/sandbox_org_process.h"
#include "store/activity_store.h"
#include "store/database.h"
#include "store/field_mapping_store.h"
#include "store/local_change_writer.h"
#include "store/record_store.h"
#include "store/watermark_store.h"
#include "sync/activity_flush.h"
#include "sync/activity_task_plan.h"
#include "sync/default_field_mappings.h"
#include "sync/inbound_poll.h"
#include "sync/outbound_flush.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;
using namespace syncdesk::bench;

namespace {

constexpr int kPeople = 2'000;
constexpr int kActivities = 1'000;
constexpr int kWaitMs = 600'000;
const QStringList kPersonFields{u"FirstName"_s, u"LastName"_s, u"Email"_s, u"Phone"_s, u"Title"_s};
const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &message)
{
    std::fputs(qPrintable(u"sync_calls_bench: "_s + message + u'\n'), stderr);
    std::exit(1);
}

// Runs `start(done)` and the event loop until done(result) is called.
template <typename Result>
Result await(const std::function<void(std::function<void(Result)>)> &start)
{
    std::optional<Result> result;
    QEventLoop loop;
    QTimer::singleShot(kWaitMs, &loop, [] { fail(u"a call did not finish in time"_s); });
    start([&](Result r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

// One figure of the table. `scale` > 1: measured on a sample, calls and time multiplied.
struct Row
{
    QString scenario;
    QString way;
    int items = 0;
    qint64 orgCalls = 0;    // the sandbox's own count, /_sandbox/usage after − before
    qint64 clientCalls = 0; // SalesforceClient::callMade signals
    QString lowerBound;
    double seconds = 0;
    int scale = 1;
};

class SyncCallsBench
{
public:
    void start(const QString &program)
    {
        SandboxOrgProcess::Options options;
        options.program = program;
        options.simulateLivelyOrg = false; // nothing else spends calls: the counts are ours
        options.extraArguments = {u"--daily-limit"_s,   u"1000000"_s, u"--accounts"_s, u"100"_s,
                                  u"--contacts"_s,      u"300"_s,     u"--leads"_s,    u"300"_s,
                                  u"--opportunities"_s, u"100"_s};
        m_process = std::make_unique<SandboxOrgProcess>(options);
        QObject::connect(m_process.get(), &SandboxOrgProcess::failed,
                         [](const QString &reason) { fail(reason); });
        m_baseUrl = await<QUrl>([&](std::function<void(QUrl)> done) {
            QObject::connect(m_process.get(), &SandboxOrgProcess::started, done);
            m_process->start();
        });

        m_tokenClient = std::make_unique<OAuthTokenClient>(
            &m_network, OAuthClientConfig{m_baseUrl, OAuthClientConfig::desktopClientId(),
                                          OAuthClientConfig::loopbackRedirectUri()});
        SandboxSignIn signIn(&m_network, m_tokenClient.get());
        QObject::connect(&signIn, &SandboxSignIn::failed,
                         [](const QString &reason) { fail(u"sign-in: "_s + reason); });
        const OAuthTokens tokens = await<OAuthTokens>([&](std::function<void(OAuthTokens)> done) {
            QObject::connect(&signIn, &SandboxSignIn::signedIn, done);
            signIn.start();
        });
        m_session = std::make_unique<OrgSession>(&m_network, m_tokenClient.get(), tokens);
        m_client = std::make_unique<SalesforceClient>(m_session.get());
        QObject::connect(m_client.get(), &SalesforceClient::callMade, [this] { ++m_callsMade; });

        if (!m_dir.isValid())
            fail(u"no temporary directory"_s);
        m_path = m_dir.filePath(u"syncdesk.sqlite"_s);
        const DatabaseConnection connection = Database::open(m_path);
        if (!connection.ok())
            fail(u"the workspace database did not open"_s);
        m_db = connection.db;
        if (!ensureDefaultFieldMappings(m_db))
            fail(u"the default field mappings were not stored"_s);
    }

    void stop()
    {
        m_client.reset();
        m_session.reset();
        m_db = QSqlDatabase();
        Database::closeForThisThread(m_path);
        m_process.reset();
    }

    QUrl baseUrl() const { return m_baseUrl; }
    SalesforceClient *client() const { return m_client.get(); }
    QSqlDatabase db() const { return m_db; }

    qint64 orgCallsUsed()
    {
        QNetworkRequest request(m_baseUrl.resolved(QUrl(u"/_sandbox/usage"_s)));
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        await<bool>([&](std::function<void(bool)> done) {
            QObject::connect(reply.get(), &QNetworkReply::finished, [done] { done(true); });
        });
        const qint64 used =
            QJsonDocument::fromJson(reply->readAll()).object().value(u"used"_s).toInteger(-1);
        if (used < 0)
            fail(u"/_sandbox/usage did not answer a count"_s);
        return used;
    }

    // Runs `work` and fills the row's calls (both counts) and wall time.
    Row measure(Row row, const std::function<void()> &work)
    {
        const qint64 usedBefore = orgCallsUsed();
        const qint64 madeBefore = m_callsMade;
        QElapsedTimer timer;
        timer.start();
        work();
        row.seconds = double(timer.nsecsElapsed()) / 1e9;
        row.clientCalls = m_callsMade - madeBefore;
        row.orgCalls = orgCallsUsed() - usedBefore;
        return row;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxOrgProcess> m_process;
    std::unique_ptr<OAuthTokenClient> m_tokenClient;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<SalesforceClient> m_client;
    QUrl m_baseUrl;
    qint64 m_callsMade = 0;
};

QString fieldValue(const QString &field, qint64 recordId, int round)
{
    if (field == u"Email")
        return u"p%1.r%2@example.test"_s.arg(recordId).arg(round);
    if (field == u"Phone")
        return u"+1 555 %1 %2"_s.arg(round).arg(recordId, 4, 10, QChar(u'0'));
    return u"%1 %2 r%3"_s.arg(field).arg(recordId).arg(round);
}

// Five field changes per person, written as the app writes an edit: the new values and
// one outbox entry per field in one transaction. `perField`: five edits of one field each
// (five commits per person, so the local writes take five times as long; the outbox and
// the API calls are the same).
void editPeople(SyncCallsBench &bench, const QList<qint64> &people, int round, bool perField)
{
    LocalChangeWriter writer(bench.db());
    for (const qint64 id : people) {
        QJsonObject edit;
        for (const QString &field : kPersonFields) {
            edit.insert(field, fieldValue(field, id, round));
            if (perField || edit.size() == kPersonFields.size()) {
                if (!writer.apply(id, edit, T0.addSecs(round)))
                    fail(u"a local change was not written"_s);
                edit = QJsonObject();
            }
        }
    }
}

int waitingOutboxEntries(SyncCallsBench &bench)
{
    QSqlQuery count(bench.db());
    if (!count.exec(u"SELECT COUNT(*) FROM outbox"_s) || !count.next())
        fail(u"the outbox could not be counted"_s);
    return count.value(0).toInt();
}

FlushReport flushOutbox(SyncCallsBench &bench)
{
    OutboundFlush flush(bench.db(), bench.client());
    const FlushReport report =
        await<FlushReport>([&](std::function<void(FlushReport)> done) { flush.flush(done); });
    if (report.callError || report.failed > 0 || report.succeeded != kPeople)
        fail(u"the outbound flush sent %1 of %2 records (%3 failed)%4"_s.arg(report.succeeded)
                 .arg(kPeople)
                 .arg(report.failed)
                 .arg(report.callError ? u": "_s + report.callError->summary() : QString()));
    return report;
}

Activity activityNumber(int i, const QString &prefix)
{
    Activity activity;
    activity.externalId = prefix + QString::number(i);
    activity.kind = i % 2 == 0 ? Activity::Kind::Call : Activity::Kind::Email;
    activity.subject = u"Bench activity "_s + QString::number(i);
    activity.body = u"Logged by sync_calls_bench"_s;
    activity.occurredAt = T0.addDays(i % 7);
    if (activity.kind == Activity::Kind::Call) {
        activity.durationSeconds = 60 + i % 600;
        activity.callType = u"Outbound"_s;
    }
    return activity;
}

InboundReport pollOnce(SyncCallsBench &bench)
{
    InboundPoll poll(bench.db(), bench.client());
    const InboundReport report =
        await<InboundReport>([&](std::function<void(InboundReport)> done) { poll.poll(done); });
    if (report.callError || !report.objectErrors.isEmpty() || !report.storeError.isEmpty())
        fail(u"the inbound poll failed"_s);
    return report;
}

// The statements InboundPoll sends, one per object, at the watermarks it keeps.
QStringList pollStatements(SyncCallsBench &bench, bool fromWatermarks)
{
    const QList<FieldMapping> mappings = FieldMappingStore(bench.db()).all();
    WatermarkStore watermarks(bench.db());
    QStringList statements;
    for (const QString &object : InboundPoll::pollableObjects()) {
        QStringList fields;
        for (const FieldMapping &mapping : mappings) {
            if (mapping.crmObject == object && (mapping.direction == SyncDirection::Both ||
                                                mapping.direction == SyncDirection::FromCrm))
                fields.append(mapping.crmField);
        }
        if (fields.isEmpty())
            continue;
        const QString watermark =
            fromWatermarks ? watermarks.watermark(object).value_or(QString()) : QString();
        statements.append(InboundPoll::soqlFor(object, fields, watermark));
    }
    return statements;
}

void checkNaive(const NaiveClient::Run &run, const QString &what)
{
    if (run.failed > 0)
        fail(u"%1: %2 calls refused, first: %3"_s.arg(what).arg(run.failed).arg(run.firstError));
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void printTable(const QList<Row> &rows)
{
    const auto line = [](const QStringList &cells) {
        static const QList<int> widths{-44, -9, 7, 8, 8, 6, 9, 10};
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += (i ? u"  "_s : QString()) + u"%1"_s.arg(cells.at(i), widths.at(i));
        print(text.trimmed());
    };
    line({u"scenario"_s, u"way"_s, u"items"_s, u"calls"_s, u"client"_s, u"bound"_s, u"wall s"_s,
          u"items/s"_s});
    for (const Row &row : rows) {
        const QString mark = row.scale > 1 ? u"*"_s : QString();
        line({row.scenario, row.way, QString::number(row.items * row.scale),
              QString::number(row.orgCalls * row.scale) + mark,
              QString::number(row.clientCalls * row.scale) + mark, row.lowerBound,
              number(row.seconds * row.scale, 2) + mark,
              row.items > 0 && row.seconds > 0 ? number(row.items / row.seconds, 0) : u"-"_s});
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Starts syncdesk-sandbox and counts the API calls SyncDesk's sync spends on 10,000 "
        "outbound field changes, 1,000 activities and an inbound poll, next to a plain "
        "client's one call per change. Asserts nothing."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"sandbox"_s, u"The syncdesk-sandbox binary (default: the one built beside this)."_s,
         u"PATH"_s, QStringLiteral(SYNCDESK_SANDBOX_BIN)},
        {u"naive-changes"_s,
         u"Field changes the plain client really sends, 1000 to 10000 in steps of 1000; the "
         "rest of the 10,000 are extrapolated (default 10000)."_s,
         u"N"_s, u"10000"_s},
        {u"edit-per-field"_s,
         u"Write each field change as its own edit (one commit each) instead of one edit of "
         "five fields per person."_s},
        {u"in-flight"_s, u"Requests the plain client keeps open at once (default 1)."_s, u"N"_s,
         u"1"_s},
    });
    parser.process(app);
    bool ok = false;
    const int naiveChanges = parser.value(u"naive-changes"_s).toInt(&ok);
    if (!ok || naiveChanges < 1000 || naiveChanges > 10'000 || naiveChanges % 1000 != 0)
        fail(u"--naive-changes must be 1000, 2000, ... or 10000"_s);
    const int inFlight = parser.value(u"in-flight"_s).toInt(&ok);
    if (!ok || inFlight < 1 || inFlight > 6)
        fail(u"--in-flight must be a number from 1 to 6"_s);

    const bool perField = parser.isSet(u"edit-per-field"_s);

    SyncCallsBench bench;
    bench.start(parser.value(u"sandbox"_s));
    print(u"syncdesk-sandbox at %1 (quiet; seeded 100 accounts, 300 contacts, 300 leads, "
          "100 opportunities)"_s.arg(bench.baseUrl().toString()));
    QList<Row> rows;

    // 1. Outbound: 2,000 new people, five field changes each, then five more each.
    QList<qint64> people;
    {
        RecordStore records(bench.db());
        for (int i = 0; i < kPeople; ++i) {
            const std::optional<qint64> id = records.insert(LocalRecord{});
            if (!id)
                fail(u"a local person was not stored"_s);
            people.append(*id);
        }
    }
    QElapsedTimer localWrites;
    localWrites.start();
    editPeople(bench, people, 1, perField);
    const int firstOutbox = waitingOutboxEntries(bench);
    const double firstWrites = double(localWrites.nsecsElapsed()) / 1e9;
    rows.append(bench.measure(
        {u"1a outbound 10,000 changes, 2,000 new"_s, u"SyncDesk"_s, kPeople * 5, 0, 0, u"2"_s},
        [&] { flushOutbox(bench); }));
    localWrites.restart();
    editPeople(bench, people, 2, perField);
    const int secondOutbox = waitingOutboxEntries(bench);
    const double secondWrites = double(localWrites.nsecsElapsed()) / 1e9;
    rows.append(bench.measure(
        {u"1b outbound 10,000 changes, 2,000 linked"_s, u"SyncDesk"_s, kPeople * 5, 0, 0, u"2"_s},
        [&] { flushOutbox(bench); }));

    // 2. Activities on the people now linked.
    {
        ActivityStore activities(bench.db());
        for (int i = 0; i < kActivities; ++i) {
            Activity activity = activityNumber(i, u"bench-"_s);
            activity.recordId = people.at(i % people.size());
            if (!activities.add(activity))
                fail(u"an activity was not stored"_s);
        }
    }
    rows.append(bench.measure(
        {u"2  1,000 activities as Tasks"_s, u"SyncDesk"_s, kActivities, 0, 0, u"1"_s}, [&] {
            ActivityFlush flush(bench.db(), bench.client());
            const ActivityFlushReport report = await<ActivityFlushReport>(
                [&](std::function<void(ActivityFlushReport)> done) { flush.flush(done); });
            if (report.callError || report.logged != kActivities)
                fail(u"the activity flush logged %1 of %2"_s.arg(report.logged).arg(kActivities));
        }));

    // 3. Inbound: the first import, then a poll with nothing changed.
    int imported = 0;
    rows.append(bench.measure(
        {u"3a inbound first import, 4 objects"_s, u"SyncDesk"_s, 0, 0, 0, u"1"_s}, [&] {
            const InboundReport report = pollOnce(bench);
            imported = report.created + report.updated;
        }));
    rows.last().items = imported;
    rows.append(
        bench.measure({u"3b inbound poll, no changes"_s, u"SyncDesk"_s, 0, 0, 0, u"1"_s}, [&] {
            const InboundReport report = pollOnce(bench);
            if (report.created + report.updated + report.deleted + report.conflicts > 0)
                fail(u"the second poll found changes; the org is not quiet"_s);
        }));

    // 4. The same work, one call per change. Queries first: the plain client's edits
    // would give the no-change poll something to find.
    NaiveClient naive(bench.client(), inFlight);
    int naiveImported = 0;
    const QStringList importStatements = pollStatements(bench, false);
    const QStringList emptyStatements = pollStatements(bench, true);
    rows.append(bench.measure(
        {u"3a inbound first import, 4 objects"_s, u"plain"_s, 0, 0, 0, QString()}, [&] {
            const NaiveClient::Run run = naive.queryEach(importStatements);
            checkNaive(run, u"import"_s);
            naiveImported = run.rows;
        }));
    rows.last().items = naiveImported;
    rows.append(bench.measure({u"3b inbound poll, no changes"_s, u"plain"_s, 0, 0, 0, QString()},
                              [&] { checkNaive(naive.queryEach(emptyStatements), u"poll"_s); }));

    QList<QJsonObject> tasks;
    {
        RecordStore records(bench.db());
        for (int i = 0; i < kActivities; ++i) {
            const std::optional<LocalRecord> person = records.find(people.at(i % people.size()));
            if (!person || person->crmId.isEmpty())
                fail(u"a person has no CRM id after the flush"_s);
            tasks.append(taskFieldsFor(activityNumber(i, u"plain-"_s), person->crmId, QString()));
        }
    }
    rows.append(
        bench.measure({u"2  1,000 activities as Tasks"_s, u"plain"_s, kActivities, 0, 0, QString()},
                      [&] { checkNaive(naive.createEachTask(tasks), u"Task creates"_s); }));

    QList<std::pair<QString, QJsonObject>> changes;
    {
        RecordStore records(bench.db());
        for (int k = 0; k < naiveChanges; ++k) {
            const qint64 id = people.at(k / 5);
            const QString field = kPersonFields.at(k % 5);
            const std::optional<LocalRecord> person = records.find(id);
            if (!person || person->crmId.isEmpty())
                fail(u"a person has no CRM id after the flush"_s);
            changes.append({person->crmId, QJsonObject{{field, fieldValue(field, id, 3)}}});
        }
    }
    const int scale = 10'000 / naiveChanges;
    Row patches = bench.measure(
        {u"1  outbound 10,000 changes (PATCH each)"_s, u"plain"_s, naiveChanges, 0, 0, QString()},
        [&] { checkNaive(naive.updateEachField(changes), u"PATCHes"_s); });
    patches.scale = scale;
    rows.append(patches);

    print(QString());
    printTable(rows);
    print(QString());
    if (scale > 1)
        print(u"* plain-client outbound: %1 PATCHes measured, calls and time ×%2 for 10,000 "
              "(extrapolated, not sent)"_s.arg(naiveChanges)
                  .arg(scale));
    print(u"calls: the sandbox's own count (/_sandbox/usage after − before); client: "
          "SalesforceClient::callMade signals. plain client: %1 request(s) in flight."_s.arg(
              inFlight));
    print(u"local writes (no API calls): 10,000 field changes as %1 edits, outbox then held %2 "
          "entries; %3 s, and %4 s for the second round (%5 entries)"_s
              .arg(perField ? kPeople * 5 : kPeople)
              .arg(firstOutbox)
              .arg(number(firstWrites, 2))
              .arg(number(secondWrites, 2))
              .arg(secondOutbox));

    const auto calls = [&](const QString &scenario, const QString &way) -> double {
        for (const Row &row : rows) {
            if (row.scenario.startsWith(scenario) && row.way == way)
                return double(row.orgCalls * row.scale);
        }
        return 0;
    };
    print(QString());
    print(u"ratio (plain calls / SyncDesk calls):"_s);
    const auto ratio = [&](const QString &label, double plain, double ours) {
        print(u"  %1  %2 / %3 = %4×"_s.arg(label, -40)
                  .arg(plain, 0, 'f', 0)
                  .arg(ours, 0, 'f', 0)
                  .arg(ours > 0 ? number(plain / ours, plain / ours < 10 ? 1 : 0) : u"-"_s));
    };
    ratio(u"1a outbound, new records"_s, calls(u"1 "_s, u"plain"_s), calls(u"1a"_s, u"SyncDesk"_s));
    ratio(u"1b outbound, linked records"_s, calls(u"1 "_s, u"plain"_s),
          calls(u"1b"_s, u"SyncDesk"_s));
    ratio(u"2  activities"_s, calls(u"2 "_s, u"plain"_s), calls(u"2 "_s, u"SyncDesk"_s));
    ratio(u"3a inbound first import"_s, calls(u"3a"_s, u"plain"_s), calls(u"3a"_s, u"SyncDesk"_s));
    ratio(u"3b inbound poll, no changes"_s, calls(u"3b"_s, u"plain"_s),
          calls(u"3b"_s, u"SyncDesk"_s));

    bench.stop();
    return 0;
}
