// The soak test: the engine (`syncdesk-cli sync`, its own process and data folder) runs
// against a sandbox org while the harness plays everyone else: reps editing the local
// workspace, importing CSV files and logging calls and emails; CRM users editing the same
// records and fields in the org, creating and deleting; other integrations spending the
// limit; faults on every endpoint. The engine is SIGKILLed at random moments and started
// again. Both sides are driven from one thread on one clock, so the harness knows the
// true order of every change; at the end it checks, field by field, that the later change
// is on both sides, that superseded changes were recorded as conflicts, that nothing was
// created twice, that every activity is one Task, and that another install's records are
// untouched. See README.md beside this file.
#include "app_paths.h"
#include "change_journal.h"
#include "engine_process.h"
#include "org_side.h"
#include "sandbox/sandbox_org_process.h"
#include "soak_report.h"
#include "store/activity_store.h"
#include "store/conflict_store.h"
#include "store/database.h"
#include "store/local_change_writer.h"
#include "store/record_store.h"
#include "store/settings_store.h"
#include "sync/default_field_mappings.h"
#include "sync/syncdesk_external_id.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <gtest/gtest.h>

using namespace syncdesk;
using namespace syncdesk::soak;
using namespace Qt::Literals::StringLiterals;

namespace {

// Invariants that the engine is known to break while its fix is being made: reported
// with examples, but they do not fail the test. Empty this list as the fixes land.
const QSet<QString> kKnownEngineGaps = {
    // Outbound sends a local change without looking at the org first, so an org change it
    // never read is overwritten unrecorded, and an older local change retried or sent
    // late overwrites a newer org change; inbound decides by SystemModstamp per record, so
    // any later save (the automation's, a conversion's copy) beats an unchanged field.
    // Waits for three-way field decisions and newest-value-wins on resend.
    u"later-change-wins"_s,
    u"conflict-recorded"_s,
    // A 5xx or dropped answer at the token endpoint ends in needs_sign_in (the CLI exits).
    // Waits for "token-endpoint faults no longer force sign-in".
    u"no-sign-in-demanded"_s,
    // Purged records (no trace in queryAll) are never noticed: no full id comparison yet;
    // a local change to one then stands as an ENTITY_IS_DELETED failure ("converges").
    u"org-hard-delete-arrives"_s,
    // A converted Lead's person stays linked to the Lead; its Contact comes in as a
    // second person.
    u"lead-conversion-followed"_s,
    // Standing failures at the end: ENTITY_IS_DELETED on purged records (above), and
    // INVALID_FIELD_FOR_INSERT_UPDATE on TaskSubtype when an activity whose answer was
    // lost is resent (the upsert updates the existing Task with a create-only field).
    u"converges"_s,
};

// Two changes to one field on the two sides closer than this cannot be ordered by any
// system: the org's stamps have whole seconds and may become visible seconds late.
constexpr qint64 kSameFieldGuardMs = 4'000;

// The org's automation (a Flow-like rule on API saves): every Contact saved through the
// API gets this Title a second later, as the user who saved. The harness leaves the field
// to the rule; the engine must bring the rule's change back, its own saves' included.
const QString kAutomationObject = u"Contact"_s;
const QString kAutomationField = u"Title"_s;
const QString kAutomationValue = u"Reviewed by Flow"_s;
// Saves become visible this long after they are stamped (a long trigger or Flow).
constexpr int kCommitDelaySeconds = 2;
constexpr double kFaultRate = 0.2;
constexpr double kLockRowRate = 0.03;

struct SoakPlan
{
    quint32 seed = 0;
    bool longForm = false;
    qint64 chaosMs = 0; // org time with changes on both sides, faults and kills
    int kills = 0;      // at least this many SIGKILLs before the chaos ends
    int minLifeMs = 0;  // how long the engine runs before it is killed
    int maxLifeMs = 0;
    qint64 convergeMs = 0; // the most the engine gets to converge once the org is calm
    int limitPhases = 0;
    int limitPhaseMs = 0;
};

SoakPlan soakPlan()
{
    SoakPlan plan;
    bool given = false;
    const quint32 seed = qEnvironmentVariable("SYNCDESK_SOAK_SEED").toUInt(&given);
    plan.seed = given ? seed : quint32(QDateTime::currentMSecsSinceEpoch() % 4'000'000'000LL);
    plan.longForm = qEnvironmentVariableIntValue("SYNCDESK_SOAK_LONG") == 1;
    if (plan.longForm) {
        plan.chaosMs = 31 * 60 * 1000;
        plan.kills = 50;
        plan.minLifeMs = 8'000;
        plan.maxLifeMs = 64'000;
        plan.convergeMs = 10 * 60 * 1000;
        plan.limitPhases = 4;
        plan.limitPhaseMs = 90'000;
    } else {
        plan.chaosMs = 70'000;
        plan.kills = 8;
        plan.minLifeMs = 2'500;
        plan.maxLifeMs = 10'000;
        plan.convergeMs = 45'000;
        plan.limitPhases = 1;
        plan.limitPhaseMs = 15'000;
    }
    return plan;
}

QStringList syncedFields(const QString &crmObject)
{
    if (crmObject == u"Account"_s)
        return {u"Name"_s, u"Phone"_s, u"Website"_s};
    QStringList fields{u"FirstName"_s, u"LastName"_s, u"Email"_s, u"Phone"_s, u"Title"_s};
    if (crmObject == u"Lead"_s)
        fields << u"Company"_s;
    return fields;
}

// A value nobody else writes, so that where it ends up tells who wrote it.
QString valueFor(const QString &field, qint64 seq, Side side)
{
    const QString who = side == Side::Local ? u"loc"_s : u"org"_s;
    if (field == u"Email"_s)
        return u"%1%2@soak.test"_s.arg(who).arg(seq);
    if (field == u"Phone"_s)
        return u"+1 555 %1"_s.arg(seq, 7, 10, QChar(u'0'));
    if (field == u"Website"_s)
        return u"https://%1%2.soak.test"_s.arg(who).arg(seq);
    return u"%1 %2 %3"_s.arg(field, who).arg(seq);
}

QString text(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? QString() : value.toVariant().toString();
}

QString cliProgram()
{
    return QStringLiteral(SYNCDESK_CLI_BIN);
}

int runCli(const QStringList &arguments, QString *output = nullptr)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(cliProgram(), arguments);
    if (!cli.waitForFinished(60'000)) {
        cli.kill();
        cli.waitForFinished();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(cli.readAll());
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

class EngineSoakTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIntValue("SYNCDESK_PRIVATE_KEYRING") != 1)
            GTEST_SKIP() << "needs the private keyring of run_with_keyring.sh (ctest runs it so)";
        m_plan = soakPlan();
        std::printf("soak seed: %u (replay with SYNCDESK_SOAK_SEED=%u), %s form\n", m_plan.seed,
                    m_plan.seed, m_plan.longForm ? "long" : "short");
        std::fflush(stdout);
        m_random.seed(m_plan.seed);
        ASSERT_TRUE(m_temp.isValid());
        m_dataDir = m_temp.filePath(u"state"_s);
        QDir().mkpath(m_dataDir);
        m_journal.traceTo(m_temp.filePath(u"changes.log"_s));
    }

    void TearDown() override
    {
        m_engine.reset();
        m_db = QSqlDatabase();
        if (!m_dbPath.isEmpty())
            Database::closeForThisThread(m_dbPath);
        if (HasFailure()) {
            m_temp.setAutoRemove(false);
            std::printf("soak state kept in %s (changes.log: every change the harness made; "
                        "state/engine.log: the engine's output)\n",
                        qPrintable(m_temp.path()));
        }
    }

    QDateTime orgNow() const
    {
        return QDateTime::currentDateTimeUtc().addSecs(m_orgClockOffsetSeconds);
    }

    int scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // ---- set-up -------------------------------------------------------------------------

    void startOrg();
    void seedForeignInstall();
    // The ways of a real org that the sandbox can be asked for (/_sandbox/ controls).
    void makeOrgReal();
    void setStorm(bool on);
    void connectWorkspace();
    void trackImportedRecords();

    // ---- the two sides ------------------------------------------------------------------

    TrackedRecord *pickRecord(bool needsCrm, bool personOnly = false);
    QString pickField(const TrackedRecord &record, Side side);
    void localEdit();
    void orgEdit();
    void localCreate();
    void orgCreateLead();
    void orgDelete();
    void orgConvertLead();
    void orgMerge();
    void logActivity();
    void csvImport();
    void trackLocalCreation(qint64 localId, const QString &crmObject, const QJsonObject &fields,
                            const QString &email);

    // ---- the org's weather --------------------------------------------------------------

    void injectFaults();
    void limitWeather(qint64 elapsedMs);
    void tendEngine(bool mayKill);
    void converge();

    // ---- the oracle ---------------------------------------------------------------------

    void linkLocalCreations();
    void verify();

    SoakPlan m_plan;
    QRandomGenerator m_random;
    QTemporaryDir m_temp;
    QString m_dataDir;
    QString m_dbPath;
    QSqlDatabase m_db;
    std::unique_ptr<SandboxOrgProcess> m_sandbox;
    std::unique_ptr<OrgSide> m_org;
    std::unique_ptr<EngineProcess> m_engine;
    qint64 m_orgClockOffsetSeconds = 0;
    ChangeJournal m_journal;
    SoakReport m_report{kKnownEngineGaps};
    bool m_realOrg = false; // the sandbox has the real-org controls

    // Another install's records: their org values when seeded.
    QHash<QString, QJsonObject> m_foreign; // id → row
    int m_seededPersons = 0;
    int m_seededAccounts = 0;

    // Figures.
    int m_kills = 0;
    int m_killsInFlight = 0;
    int m_localCreated = 0;
    int m_localPersonsCreated = 0;
    int m_localAccountsCreated = 0;
    int m_orgLeadsCreated = 0;
    int m_orgDeletedPersons = 0;
    int m_hardDeletes = 0;
    int m_conversions = 0;
    int m_mergedAway = 0;
    QSet<QString> m_convertedAccounts;
    int m_activities = 0;
    int m_csvImports = 0;
    int m_faultsInjected = 0;
    int m_limitPhasesRun = 0;
    int m_signInDemands = 0;
    int m_skippedForLimit = 0;
    int m_failuresStandingAfterChaos = 0;
    qint64 m_usedAtStart = 0;
    qint64 m_harnessCallsAtStart = 0;
    qint64 m_startedAtMs = 0;
    qint64 m_nextKillAtMs = 0;
    qint64 m_killArmedAtMs = -1;
    qint64 m_limitPhaseEndsAt = -1;
    int m_originalMax = 0;
    QList<qint64> m_limitPhaseStarts;
};

// ---- set-up -----------------------------------------------------------------------------

void EngineSoakTest::startOrg()
{
    SandboxOrgProcess::Options options;
    options.program = QStringLiteral(SYNCDESK_SANDBOX_BIN);
    options.simulateLivelyOrg = false;
    options.extraArguments = {u"--seed"_s,          QString::number(m_plan.seed % 1'000'000),
                              u"--contacts"_s,      u"30"_s,
                              u"--leads"_s,         u"20"_s,
                              u"--accounts"_s,      u"15"_s,
                              u"--opportunities"_s, u"5"_s,
                              u"--daily-limit"_s,   u"100000"_s};
    m_sandbox = std::make_unique<SandboxOrgProcess>(options);
    QSignalSpy started(m_sandbox.get(), &SandboxOrgProcess::started);
    m_sandbox->start();
    ASSERT_TRUE(!started.isEmpty() || started.wait(20'000));
    m_org = std::make_unique<OrgSide>(m_sandbox->baseUrl());
    ASSERT_TRUE(m_org->signIn());
    const QJsonObject state = m_org->control("GET", u"state"_s).object();
    m_orgClockOffsetSeconds = state.value(u"clockOffsetSeconds"_s).toInteger();
    m_originalMax = state.value(u"max"_s).toInt();
    m_realOrg = state.contains(u"realOrg"_s);
}

void EngineSoakTest::makeOrgReal()
{
    if (!m_realOrg)
        return;
    ASSERT_TRUE(m_org->control("POST", u"stamps"_s, {{u"wholeSeconds"_s, true}}).ok());
    ASSERT_TRUE(m_org
                    ->control("POST", u"commit-delay"_s,
                              {{u"seconds"_s, kCommitDelaySeconds}, {u"writers"_s, u"all"_s}})
                    .ok());
    const OrgAnswer automation = m_org->control("POST", u"automation"_s,
                                                {{u"object"_s, kAutomationObject},
                                                 {u"field"_s, kAutomationField},
                                                 {u"value"_s, kAutomationValue}});
    ASSERT_TRUE(automation.ok()) << automation.body.constData();
}

void EngineSoakTest::setStorm(bool on)
{
    if (!m_realOrg)
        return;
    m_org->control("POST", u"random-faults"_s,
                   {{u"rate"_s, on ? kFaultRate : 0.0}, {u"seed"_s, qint64(m_plan.seed)}});
    m_org->control("POST", u"lock-rows"_s, {{u"rate"_s, on ? kLockRowRate : 0.0}});
}

void EngineSoakTest::seedForeignInstall()
{
    // Records another SyncDesk workspace created in this org: its own install id, and the
    // bare "sd-<n>" keys of the days before install ids, with record numbers that this
    // workspace's own records will also have.
    const QStringList keys{u"sd-f0f0f0f0f0f0-1"_s,
                           u"sd-f0f0f0f0f0f0-3"_s,
                           u"sd-f0f0f0f0f0f0-60"_s,
                           u"sd-2"_s,
                           u"sd-75"_s,
                           u"sd-f0f0f0f0f0f0-90"_s};
    for (int i = 0; i < keys.size(); ++i) {
        const bool account = i % 3 == 2;
        const QJsonObject body = account
                                     ? QJsonObject{{u"Name"_s, u"Foreign account %1"_s.arg(i)},
                                                   {u"Phone"_s, u"+1 555 999 %1"_s.arg(i)},
                                                   {u"SyncDesk_Id__c"_s, keys.at(i)}}
                                     : QJsonObject{{u"FirstName"_s, u"Foreign"_s},
                                                   {u"LastName"_s, u"Person %1"_s.arg(i)},
                                                   {u"Email"_s, u"foreign%1@other.test"_s.arg(i)},
                                                   {u"Title"_s, u"Theirs"_s},
                                                   {u"SyncDesk_Id__c"_s, keys.at(i)}};
        const QString object = account ? u"Account"_s : u"Contact"_s;
        const OrgAnswer created = m_org->call("POST", u"/sobjects/%1/"_s.arg(object), body);
        ASSERT_EQ(created.status, 201) << created.body.constData();
        const QString id = created.object().value(u"id"_s).toString();
        const std::optional<QJsonObject> row = m_org->record(
            object, id, syncedFields(object) << u"SyncDesk_Id__c"_s << u"SystemModstamp"_s);
        ASSERT_TRUE(row);
        m_foreign.insert(id, *row);
    }
}

void EngineSoakTest::connectWorkspace()
{
    QString output;
    ASSERT_EQ(runCli({u"--data-dir"_s, m_dataDir, u"connect"_s, u"--login-url"_s,
                      m_sandbox->baseUrl().toString()},
                     &output),
              0)
        << output.toStdString();
    m_dbPath = AppPaths::prepare(m_dataDir)->databasePath();
    const DatabaseConnection connection = Database::open(m_dbPath);
    ASSERT_TRUE(connection.ok());
    m_db = connection.db;
    ASSERT_TRUE(ensureDefaultFieldMappings(m_db));
    SettingsStore settings(m_db);
    // The shortest intervals the engine accepts: many cycles in a short soak.
    ASSERT_TRUE(settings.setValue(SettingKeys::OutboundIntervalSeconds, 10));
    ASSERT_TRUE(settings.setValue(SettingKeys::InboundIntervalSeconds, 10));
}

void EngineSoakTest::trackImportedRecords()
{
    // The first poll imports the org's people and accounts; the harness edits them
    // locally only once they are there, as a rep would.
    const auto persons = m_org->query(u"SELECT Id FROM Contact"_s);
    const auto leads = m_org->query(u"SELECT Id FROM Lead"_s);
    const auto accounts = m_org->query(u"SELECT Id FROM Account"_s);
    ASSERT_TRUE(persons && leads && accounts);
    m_seededPersons = int(persons->size() + leads->size());
    m_seededAccounts = int(accounts->size());
    const int expected = m_seededPersons + m_seededAccounts;
    const bool imported = QTest::qWaitFor(
        [&] {
            tendEngine(false);
            return scalar(u"SELECT COUNT(*) FROM records WHERE crm_id IS NOT NULL AND kind IN "
                          u"('person', 'account')"_s) >= expected;
        },
        90'000);
    ASSERT_TRUE(imported) << "the first poll did not import the org's " << expected
                          << " people and accounts; engine log: "
                          << m_engine->logPath().toStdString();
    QSqlQuery query(m_db);
    ASSERT_TRUE(query.exec(u"SELECT id, crm_object, crm_id, fields_json FROM records WHERE "
                           u"crm_object IN ('Contact', 'Lead', 'Account')"_s));
    while (query.next()) {
        const QString crmId = query.value(2).toString();
        if (m_foreign.contains(crmId))
            continue;
        TrackedRecord record;
        record.localId = query.value(0).toLongLong();
        record.crmObject = query.value(1).toString();
        record.crmId = crmId;
        m_journal.add(record);
    }
}

// ---- the two sides ----------------------------------------------------------------------

TrackedRecord *EngineSoakTest::pickRecord(bool needsCrm, bool personOnly)
{
    QList<TrackedRecord *> candidates;
    for (TrackedRecord *record : m_journal.all()) {
        if (record->deletedInOrg || (needsCrm && record->crmId.isEmpty()) ||
            (!needsCrm && record->localId == 0) ||
            (personOnly && record->crmObject == u"Account"_s))
            continue;
        candidates.append(record);
    }
    if (candidates.isEmpty())
        return nullptr;
    return candidates.at(m_random.bounded(int(candidates.size())));
}

QString EngineSoakTest::pickField(const TrackedRecord &record, Side side)
{
    QStringList fields = syncedFields(record.crmObject);
    if (m_realOrg && record.crmObject == kAutomationObject)
        fields.removeAll(kAutomationField);
    const QString field = fields.at(m_random.bounded(int(fields.size())));
    const FieldHistory history = record.fields.value(field);
    const std::optional<FieldChange> &other =
        side == Side::Local ? history.lastOrg : history.lastLocal;
    if (other && other->at.msecsTo(orgNow()) < kSameFieldGuardMs)
        return {};
    return field;
}

void EngineSoakTest::localEdit()
{
    TrackedRecord *record = pickRecord(false);
    if (!record)
        return;
    const QString field = pickField(*record, Side::Local);
    if (field.isEmpty())
        return;
    RecordStore records(m_db);
    const std::optional<LocalRecord> before = records.find(record->localId);
    if (!before)
        return;
    const qint64 seq = m_journal.nextSeq();
    const QString value = valueFor(field, seq, Side::Local);
    const QDateTime at = orgNow();
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(record->localId, {{field, value}}, at));
    const std::optional<LocalRecord> after = records.find(record->localId);
    const FieldHistory &history = record->fields.value(field);
    const bool hasOrgChange =
        !history.lastOrg || text(before->fields.value(field)) == text(history.lastOrg->value);
    // The engine may have applied an inbound value between the look and the write.
    const bool ambiguous = after && after->crmModstamp != before->crmModstamp;
    m_journal.recordChange(*record, field, Side::Local, value, at, hasOrgChange, ambiguous);
    record->hadApiSave = true; // the engine saves it through the API
}

void EngineSoakTest::orgEdit()
{
    TrackedRecord *record = pickRecord(true);
    if (!record)
        return;
    const QString field = pickField(*record, Side::Org);
    if (field.isEmpty())
        return;
    const QStringList fields = syncedFields(record->crmObject);
    const std::optional<QJsonObject> before =
        m_org->record(record->crmObject, record->crmId, fields);
    if (!before) {
        ++m_skippedForLimit;
        return;
    }
    const qint64 seq = m_journal.nextSeq();
    const QString value = valueFor(field, seq, Side::Org);
    const OrgAnswer saved = m_org->call(
        "PATCH", u"/sobjects/%1/%2"_s.arg(record->crmObject, record->crmId), {{field, value}});
    if (saved.status == 403) {
        ++m_skippedForLimit;
        return;
    }
    if (saved.status == 404 || saved.status == 400)
        return; // deleted, converted or merged meanwhile: nothing changed
    ASSERT_EQ(saved.status, 204) << saved.body.constData();
    const QDateTime at = orgNow();
    // An engine write of this field that landed between the look and the save, or that
    // the look could not see yet (the org's commits are late), makes the order unknown:
    // unless the local change the look missed is still waiting in the outbox, unsent.
    QSqlQuery waiting(m_db);
    waiting.prepare(u"SELECT COUNT(*) FROM outbox WHERE record_id = ? AND field = ? AND "
                    u"batch_id IS NULL"_s);
    waiting.addBindValue(record->localId);
    waiting.addBindValue(field);
    const bool stillWaiting = waiting.exec() && waiting.next() && waiting.value(0).toInt() > 0;
    const bool ambiguous = !stillWaiting;
    const FieldHistory &history = record->fields.value(field);
    const bool hasLocalChange =
        !history.lastLocal || text(before->value(field)) == text(history.lastLocal->value);
    m_journal.recordChange(*record, field, Side::Org, value, at, hasLocalChange, ambiguous);
    record->hadApiSave = true;
}

void EngineSoakTest::trackLocalCreation(qint64 localId, const QString &crmObject,
                                        const QJsonObject &fields, const QString &email)
{
    TrackedRecord record;
    record.localId = localId;
    record.crmObject = crmObject;
    record.createdLocally = true;
    record.email = email;
    TrackedRecord &added = m_journal.add(record);
    const QDateTime at = orgNow();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        m_journal.recordChange(added, it.key(), Side::Local, it.value(), at, true, false);
    added.hadApiSave = true;
    ++m_localCreated;
    crmObject == u"Account"_s ? ++m_localAccountsCreated : ++m_localPersonsCreated;
}

void EngineSoakTest::localCreate()
{
    const bool account = m_random.bounded(4) == 0;
    const qint64 seq = m_journal.nextSeq();
    LocalRecord record;
    record.kind = account ? RecordKind::Account : RecordKind::Person;
    const std::optional<qint64> id = RecordStore(m_db).insert(record);
    ASSERT_TRUE(id);
    const QString email = u"new%1@soak.test"_s.arg(seq);
    const QJsonObject fields =
        account ? QJsonObject{{u"Name"_s, u"Account %1"_s.arg(seq)},
                              {u"Phone"_s, valueFor(u"Phone"_s, seq, Side::Local)}}
                : QJsonObject{{u"FirstName"_s, u"New"_s},
                              {u"LastName"_s, u"Person %1"_s.arg(seq)},
                              {u"Email"_s, email}};
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(*id, fields, orgNow()));
    trackLocalCreation(*id, account ? u"Account"_s : u"Contact"_s, fields,
                       account ? QString() : email);
}

void EngineSoakTest::orgCreateLead()
{
    const qint64 seq = m_journal.nextSeq();
    const QString email = u"lead%1@soak.test"_s.arg(seq);
    const QJsonObject fields{{u"FirstName"_s, u"Walk"_s},
                             {u"LastName"_s, u"In %1"_s.arg(seq)},
                             {u"Company"_s, u"Company %1"_s.arg(seq)},
                             {u"Email"_s, email}};
    // One attempt: a retried create could be a second Lead. A lost answer is looked up.
    const OrgAnswer created = m_org->call("POST", u"/sobjects/Lead/"_s, fields, 1);
    if (created.status == 403) {
        ++m_skippedForLimit;
        return;
    }
    QString id = created.status == 201 ? created.object().value(u"id"_s).toString() : QString();
    if (id.isEmpty()) {
        // Created or not? Asked once the save would be visible (the org's commits are
        // late), until the org answers (a spent limit comes back).
        QTest::qWait((kCommitDelaySeconds + 1) * 1'000);
        std::optional<QList<QJsonObject>> rows;
        QElapsedTimer asking;
        asking.start();
        while (!(rows = m_org->query(u"SELECT Id FROM Lead WHERE Email = '%1'"_s.arg(email))) &&
               asking.elapsed() < 120'000)
            QTest::qWait(1'000);
        ASSERT_TRUE(rows) << "cannot tell whether Lead " << email.toStdString() << " exists";
        if (rows->isEmpty())
            return;
        id = rows->first().value(u"Id"_s).toString();
    }
    TrackedRecord record;
    record.crmObject = u"Lead"_s;
    record.crmId = id;
    record.email = email;
    TrackedRecord &added = m_journal.add(record);
    const QDateTime at = orgNow();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        m_journal.recordChange(added, it.key(), Side::Org, it.value(), at, true, false);
    added.hadApiSave = true;
    ++m_orgLeadsCreated;
}

void EngineSoakTest::orgDelete()
{
    // Someone else's person with no activity logged: a Task would point at nothing.
    QList<TrackedRecord *> candidates;
    for (TrackedRecord *record : m_journal.all()) {
        if (!record->deletedInOrg && !record->createdLocally && !record->hasActivities &&
            !record->crmId.isEmpty() && record->crmObject != u"Account"_s)
            candidates.append(record);
    }
    if (candidates.size() < 10)
        return;
    TrackedRecord *record = candidates.at(m_random.bounded(int(candidates.size())));
    if (m_realOrg && m_random.bounded(3) == 0) {
        // Deleted and the recycle bin emptied: no trace in queryAll.
        if (!m_org->control("POST", u"hard-delete"_s, {{u"ids"_s, QJsonArray{record->crmId}}}).ok())
            return;
        record->hardDeleted = true;
        ++m_hardDeletes;
    } else {
        const OrgAnswer deleted =
            m_org->call("DELETE", u"/sobjects/%1/%2"_s.arg(record->crmObject, record->crmId));
        if (deleted.status == 403) {
            ++m_skippedForLimit;
            return;
        }
        if (deleted.status != 204 && deleted.status != 404)
            return;
    }
    record->deletedInOrg = true;
    m_journal.noteOrgChange(orgNow());
    m_journal.trace(u"%1 %2 %3 deleted%4"_s.arg(orgNow().toString(Qt::ISODateWithMs),
                                                record->crmObject, record->crmId,
                                                record->hardDeleted ? u" (purged)"_s : QString()));
    ++m_orgDeletedPersons;
}

void EngineSoakTest::orgConvertLead()
{
    if (!m_realOrg)
        return;
    QList<TrackedRecord *> leads;
    for (TrackedRecord *record : m_journal.all()) {
        if (record->crmObject == u"Lead"_s && !record->deletedInOrg && !record->hasActivities)
            leads.append(record);
    }
    if (leads.size() < 5)
        return;
    TrackedRecord *lead = leads.at(m_random.bounded(int(leads.size())));
    const OrgAnswer converted =
        m_org->control("POST", u"convert-lead"_s, {{u"leadId"_s, lead->crmId}});
    if (!converted.ok())
        return;
    const QString leadId = lead->crmId;
    m_journal.convert(*lead, converted.object().value(u"convertedContactId"_s).toString());
    m_convertedAccounts.insert(converted.object().value(u"convertedAccountId"_s).toString());
    m_journal.trace(u"%1 Lead %2 (local %3) converted to Contact %4"_s.arg(
        orgNow().toString(Qt::ISODateWithMs), leadId, QString::number(lead->localId), lead->crmId));
    m_journal.noteOrgChange(orgNow());
    ++m_conversions;
}

void EngineSoakTest::orgMerge()
{
    if (!m_realOrg)
        return;
    QList<TrackedRecord *> contacts;
    for (TrackedRecord *record : m_journal.all()) {
        if (record->crmObject == u"Contact"_s && !record->deletedInOrg && !record->createdLocally &&
            !record->hasActivities && record->convertedFromLead.isEmpty())
            contacts.append(record);
    }
    if (contacts.size() < 10)
        return;
    TrackedRecord *master = contacts.takeAt(m_random.bounded(int(contacts.size())));
    TrackedRecord *loser = contacts.at(m_random.bounded(int(contacts.size())));
    // A loser with local changes still to send is left alone: whether they should follow
    // the merge to the master or die with the loser is a policy, not an invariant.
    QSqlQuery waiting(m_db);
    waiting.prepare(u"SELECT COUNT(*) FROM outbox WHERE record_id = ?"_s);
    waiting.addBindValue(loser->localId);
    if (!waiting.exec() || !waiting.next() || waiting.value(0).toInt() > 0)
        return;
    const OrgAnswer merged = m_org->control(
        "POST", u"merge"_s,
        {{u"masterId"_s, master->crmId}, {u"mergedIds"_s, QJsonArray{loser->crmId}}});
    if (!merged.ok())
        return;
    loser->deletedInOrg = true;
    loser->mergedAway = true;
    m_journal.trace(u"%1 Contact %2 merged into %3"_s.arg(orgNow().toString(Qt::ISODateWithMs),
                                                          loser->crmId, master->crmId));
    m_journal.noteOrgChange(orgNow());
    ++m_mergedAway;
}

void EngineSoakTest::logActivity()
{
    TrackedRecord *record = pickRecord(false, true);
    if (!record)
        return;
    const qint64 seq = m_journal.nextSeq();
    Activity activity;
    activity.externalId = u"soak-act-%1-%2"_s.arg(m_plan.seed).arg(seq);
    activity.kind = seq % 3 == 0 ? Activity::Kind::Email : Activity::Kind::Call;
    activity.recordId = record->localId;
    activity.subject = u"Touch %1"_s.arg(seq);
    activity.occurredAt = orgNow();
    if (activity.kind == Activity::Kind::Call)
        activity.durationSeconds = 30 + int(seq % 600);
    ASSERT_TRUE(ActivityStore(m_db).add(activity));
    record->hasActivities = true;
    ++m_activities;
}

void EngineSoakTest::csvImport()
{
    // A rep imports a few people, then calls logged against them, with the CLI (its own
    // process and database connection, while the engine runs).
    const qint64 seq = m_journal.nextSeq();
    QFile people(m_temp.filePath(u"people-%1.csv"_s.arg(seq)));
    ASSERT_TRUE(people.open(QIODevice::WriteOnly));
    QStringList emails;
    people.write("FirstName,LastName,Email,Title\n");
    for (int i = 0; i < 3; ++i) {
        emails << u"csv%1-%2@soak.test"_s.arg(seq).arg(i);
        people.write(u"Csv,Row %1-%2,%3,Imported\n"_s.arg(seq).arg(i).arg(emails.last()).toUtf8());
    }
    people.close();
    QString output;
    ASSERT_EQ(
        runCli({u"--data-dir"_s, m_dataDir, u"import"_s, u"people"_s, people.fileName()}, &output),
        0)
        << output.toStdString();
    for (int i = 0; i < emails.size(); ++i) {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT id, fields_json FROM records WHERE kind = 'person' AND "
                      u"json_extract(fields_json, '$.Email') = ?"_s);
        query.addBindValue(emails.at(i));
        ASSERT_TRUE(query.exec() && query.next()) << emails.at(i).toStdString();
        const qint64 id = query.value(0).toLongLong();
        const QJsonObject fields{{u"FirstName"_s, u"Csv"_s},
                                 {u"LastName"_s, u"Row %1-%2"_s.arg(seq).arg(i)},
                                 {u"Email"_s, emails.at(i)},
                                 {u"Title"_s, u"Imported"_s}};
        trackLocalCreation(id, u"Contact"_s, fields, emails.at(i));
        m_journal.byLocalId(id)->hasActivities = true;
    }
    QFile calls(m_temp.filePath(u"calls-%1.csv"_s.arg(seq)));
    ASSERT_TRUE(calls.open(QIODevice::WriteOnly));
    calls.write("Type,Subject,PersonEmail,Date,DurationSeconds\n");
    for (const QString &email : emails)
        calls.write(
            u"call,Intro call,%1,%2,120\n"_s.arg(email, orgNow().date().toString(Qt::ISODate))
                .toUtf8());
    calls.close();
    ASSERT_EQ(runCli({u"--data-dir"_s, m_dataDir, u"import"_s, u"activities"_s, calls.fileName()},
                     &output),
              0)
        << output.toStdString();
    m_activities += int(emails.size());
    ++m_csvImports;
}

// ---- the org's weather ------------------------------------------------------------------

void EngineSoakTest::injectFaults()
{
    // About one request in five answers with a fault, on every endpoint SyncDesk uses,
    // the token endpoint included: one fault waits in the sandbox's plan at a time, and a
    // new one is added while fewer than a quarter as many as the answered calls went out.
    if (m_realOrg)
        return; // the sandbox hands out faults by rate itself (/_sandbox/random-faults)
    const QJsonArray waiting =
        m_org->control("GET", u"faults"_s).object().value(u"faults"_s).toArray();
    if (!waiting.isEmpty())
        return;
    const qint64 answered = scalar(u"SELECT COUNT(*) FROM api_calls"_s);
    if (m_faultsInjected * 4 > answered)
        return;
    static const QStringList paths{QString(),   u"/composite"_s, u"/services/oauth2/token"_s,
                                   u"/query"_s, u"/limits"_s,    u"/composite"_s};
    QJsonObject fault{{u"path"_s, paths.at(m_random.bounded(int(paths.size())))}, {u"count"_s, 1}};
    switch (m_random.bounded(6)) {
    case 0:
        fault.insert(u"kind"_s, u"server_error"_s);
        fault.insert(u"status"_s, 503);
        break;
    case 1:
        fault.insert(u"kind"_s, u"server_error"_s);
        fault.insert(u"status"_s, 500);
        break;
    case 2:
        fault.insert(u"kind"_s, u"drop"_s);
        break;
    case 3:
        fault.insert(u"kind"_s, u"malformed_json"_s);
        break;
    case 4:
        fault.insert(u"kind"_s, u"delay"_s);
        fault.insert(u"delayMs"_s, 1'500);
        break;
    default:
        fault.insert(u"kind"_s, u"expire_session"_s);
        break;
    }
    if (m_org->control("POST", u"faults"_s, fault).ok())
        ++m_faultsInjected;
}

void EngineSoakTest::limitWeather(qint64 elapsedMs)
{
    // Other integrations spend what is left of the limit; then their calls roll off a few
    // at a time until the window has room again.
    const qint64 spacing = m_plan.chaosMs / (m_plan.limitPhases + 1);
    if (m_limitPhaseEndsAt < 0 && m_limitPhasesRun < m_plan.limitPhases &&
        elapsedMs > spacing * (m_limitPhasesRun + 1)) {
        const qint64 used = m_org->control("GET", u"usage"_s).object().value(u"used"_s).toInteger();
        m_org->control("POST", u"allocation"_s, {{u"max"_s, int(std::max<qint64>(used, 1))}});
        m_limitPhaseEndsAt = elapsedMs + m_plan.limitPhaseMs;
        m_limitPhaseStarts.append(elapsedMs);
        ++m_limitPhasesRun;
    } else if (m_limitPhaseEndsAt >= 0) {
        if (elapsedMs >= m_limitPhaseEndsAt) {
            m_org->control("POST", u"allocation"_s, {{u"max"_s, m_originalMax}});
            m_limitPhaseEndsAt = -1;
        } else if (m_random.bounded(4) == 0) {
            const QJsonObject state = m_org->control("GET", u"usage"_s).object();
            const int max = state.value(u"max"_s).toInt();
            m_org->control("POST", u"allocation"_s, {{u"max"_s, max + 2}});
        }
    }
}

void EngineSoakTest::tendEngine(bool mayKill)
{
    if (!m_engine) {
        m_engine = std::make_unique<EngineProcess>(cliProgram(), m_dataDir);
        m_engine->start();
        m_nextKillAtMs = m_random.bounded(m_plan.minLifeMs, m_plan.maxLifeMs);
        return;
    }
    for (const QString &line : m_engine->takeLines()) {
        if (line.contains(u"refused SyncDesk's sign-in"_s))
            ++m_signInDemands;
    }
    if (!m_engine->isRunning()) {
        // It stopped by itself: an admin (or systemd) starts it again.
        m_engine->start();
        m_killArmedAtMs = -1;
        m_nextKillAtMs = m_random.bounded(m_plan.minLifeMs, m_plan.maxLifeMs);
        return;
    }
    if (!mayKill || m_engine->runningMs() < m_nextKillAtMs)
        return;
    const int inFlight =
        scalar(u"SELECT (SELECT COUNT(*) FROM outbox WHERE batch_id IS NOT NULL) + "
               u"(SELECT COUNT(*) FROM activities WHERE batch_id IS NOT NULL)"_s);
    if (m_killArmedAtMs < 0 && m_random.bounded(2) == 0) {
        // Every other kill aims at a batch in flight: the next /composite call is slowed
        // down, and the kill comes while it is out (or a few seconds later at most).
        m_org->control("POST", u"faults"_s,
                       {{u"kind"_s, u"delay"_s},
                        {u"delayMs"_s, 2'500},
                        {u"path"_s, u"/composite"_s},
                        {u"count"_s, 1}});
        m_killArmedAtMs = m_engine->runningMs();
        return;
    }
    if (m_killArmedAtMs >= 0 && inFlight == 0 && m_engine->runningMs() - m_killArmedAtMs < 6'000)
        return;
    m_killArmedAtMs = -1;
    m_engine->kill();
    ++m_kills;
    if (inFlight > 0)
        ++m_killsInFlight;
    m_engine->start();
    m_nextKillAtMs = m_random.bounded(m_plan.minLifeMs, m_plan.maxLifeMs);
}

void EngineSoakTest::converge()
{
    // Calm: no faults, the whole limit, no more kills; the engine runs on until the
    // workspace has nothing left to send and it has polled twice after the org's last
    // change became visible.
    m_org->control("DELETE", u"faults"_s);
    setStorm(false);
    m_org->control("POST", u"allocation"_s, {{u"max"_s, m_originalMax}});
    m_failuresStandingAfterChaos = scalar(u"SELECT COUNT(*) FROM sync_failures"_s);
    const QDateTime calmFrom = QDateTime::currentDateTimeUtc();
    const qint64 visibleAfter = m_journal.lastOrgChangeAt()
                                    .addSecs(-m_orgClockOffsetSeconds + 1 + kCommitDelaySeconds + 2)
                                    .toMSecsSinceEpoch();
    qint64 lastRetryMs = 0;
    QElapsedTimer waited;
    waited.start();
    bool converged = false;
    while (waited.elapsed() < m_plan.convergeMs) {
        tendEngine(false);
        // The admin's "Retry all": failures from the stormy part need not wait out their
        // backoff (up to an hour) for this test to end.
        if (scalar(u"SELECT COUNT(*) FROM sync_failures"_s) > 0 &&
            waited.elapsed() - lastRetryMs > 15'000) {
            runCli({u"--data-dir"_s, m_dataDir, u"failures"_s, u"retry"_s, u"--all"_s});
            lastRetryMs = waited.elapsed();
        }
        QSqlQuery polls(m_db);
        polls.prepare(
            u"SELECT COUNT(*) FROM sync_runs WHERE kind = 'inbound' AND started_at > ?"_s);
        polls.addBindValue(std::max(visibleAfter, calmFrom.toMSecsSinceEpoch()));
        const int pollsAfter = polls.exec() && polls.next() ? polls.value(0).toInt() : 0;
        // The engine's own last save may fire the org's automation a second later, seen
        // once its commit is visible: a poll must start after that too.
        QSqlQuery afterSaves(m_db);
        afterSaves.prepare(u"SELECT COUNT(*) FROM sync_runs WHERE kind = 'inbound' AND "
                           u"started_at > (SELECT COALESCE(MAX(called_at), 0) FROM api_calls "
                           u"WHERE category IN ('outbound_update', 'activity_logging')) + ?"_s);
        afterSaves.addBindValue((1 + kCommitDelaySeconds + 2) * 1'000);
        const bool polledAfterSaves =
            afterSaves.exec() && afterSaves.next() && afterSaves.value(0).toInt() > 0;
        if (pollsAfter >= 2 && polledAfterSaves && scalar(u"SELECT COUNT(*) FROM outbox"_s) == 0 &&
            scalar(u"SELECT COUNT(*) FROM activities WHERE crm_task_id IS NULL"_s) == 0 &&
            scalar(u"SELECT COUNT(*) FROM sync_failures"_s) == 0) {
            converged = true;
            break;
        }
        QTest::qWait(500);
    }
    std::printf("converged: %s after %.1f s\n", converged ? "yes" : "NO",
                double(waited.elapsed()) / 1000.0);
    if (!converged) {
        QStringList standing;
        QSqlQuery failures(m_db);
        failures.exec(u"SELECT item_kind, item_id, category, sf_status_code FROM sync_failures"_s);
        while (failures.next()) {
            standing << u"%1 %2: %3 %4"_s.arg(
                failures.value(0).toString(), failures.value(1).toString(),
                failures.value(2).toString(), failures.value(3).toString());
        }
        m_report.broken(u"converges"_s,
                        u"after %1 s: outbox %2, activities unlogged %3, failures standing [%4]"_s
                            .arg(waited.elapsed() / 1000)
                            .arg(scalar(u"SELECT COUNT(*) FROM outbox"_s))
                            .arg(scalar(u"SELECT COUNT(*) FROM activities WHERE crm_task_id IS "
                                        u"NULL"_s))
                            .arg(standing.join(u"; "_s)));
    }
    m_engine->stop();
}

// ---- the oracle -------------------------------------------------------------------------

void EngineSoakTest::linkLocalCreations()
{
    RecordStore records(m_db);
    for (TrackedRecord *record : m_journal.all()) {
        if (record->createdLocally && record->crmId.isEmpty()) {
            const std::optional<LocalRecord> local = records.find(record->localId);
            if (local && !local->crmId.isEmpty())
                m_journal.linkCrm(record->localId, local->crmObject, local->crmId);
        } else if (!record->createdLocally && record->localId == 0) {
            const std::optional<LocalRecord> local =
                records.findByCrmId(record->crmObject, record->crmId);
            if (local)
                m_journal.linkLocal(*record, local->id);
        }
    }
}

void EngineSoakTest::verify()
{
    m_report.expect(u"converges"_s, u"after the org is calm, the engine empties its outbox, "
                                    u"logs every activity and clears every failure"_s);
    m_report.expect(u"no-sign-in-demanded"_s,
                    u"faults at the token endpoint never make the engine ask for a sign-in"_s);
    m_report.expect(u"later-change-wins"_s,
                    u"each synced field holds, on both sides, the later of the two sides' last "
                    u"changes (every change reached the other side unless superseded)"_s);
    m_report.expect(u"conflict-recorded"_s,
                    u"a change superseded before it reached the other side is a sync_conflicts "
                    u"row for that record and field"_s);
    m_report.expect(u"local-record-in-org-once"_s,
                    u"every record created locally is in the org exactly once"_s);
    m_report.expect(u"org-record-arrives"_s, u"every record created in the org is in the "
                                             u"workspace, linked"_s);
    m_report.expect(u"no-duplicate-in-org"_s,
                    u"the org holds no SyncDesk_Id__c twice and no more people or accounts "
                    u"than were created"_s);
    m_report.expect(u"org-delete-arrives"_s,
                    u"a record deleted in the org is marked deleted locally and stays deleted"_s);
    m_report.expect(u"org-hard-delete-arrives"_s,
                    u"a record purged from the org (no trace in queryAll) is marked deleted "
                    u"locally"_s);
    m_report.expect(u"org-merge-arrives"_s,
                    u"a record merged into another is marked deleted locally"_s);
    m_report.expect(u"lead-conversion-followed"_s,
                    u"a converted Lead's person is linked to its Contact, once"_s);
    m_report.expect(u"automation-change-arrives"_s,
                    u"the org's automation on API saves (Contact.Title) is on both sides, "
                    u"after SyncDesk's own saves too"_s);
    m_report.expect(u"one-task-per-activity"_s, u"every activity is exactly one Task"_s);
    m_report.expect(u"foreign-install-untouched"_s,
                    u"records of another install (another SyncDesk_Id__c prefix) are unchanged"_s);

    if (m_signInDemands > 0 || m_engine->exitsOnItsOwn() > 0) {
        m_report.broken(u"no-sign-in-demanded"_s,
                        u"%1 sign-in demands, %2 exits on its own; last: %3"_s.arg(m_signInDemands)
                            .arg(m_engine->exitsOnItsOwn())
                            .arg(m_engine->lastSelfExit()));
    }
    linkLocalCreations();

    // The org as it ends, deleted rows included.
    QHash<QString, QJsonObject> orgRows;
    QHash<QString, int> byExternalId;
    int livePersons = 0;
    int liveAccounts = 0;
    for (const QString &object : {u"Contact"_s, u"Lead"_s, u"Account"_s}) {
        const QStringList fields = syncedFields(object)
                                   << u"Id"_s << u"IsDeleted"_s << u"SyncDesk_Id__c"_s
                                   << u"SystemModstamp"_s;
        const auto rows =
            m_org->query(u"SELECT %1 FROM %2"_s.arg(fields.join(u", "_s), object), true);
        ASSERT_TRUE(rows) << object.toStdString();
        for (const QJsonObject &row : *rows) {
            orgRows.insert(row.value(u"Id"_s).toString(), row);
            if (row.value(u"IsDeleted"_s).toBool())
                continue;
            object == u"Account"_s ? ++liveAccounts : ++livePersons;
            const QString key = text(row.value(u"SyncDesk_Id__c"_s));
            if (!key.isEmpty())
                ++byExternalId[key];
        }
    }
    for (auto it = byExternalId.cbegin(); it != byExternalId.cend(); ++it) {
        if (it.value() > 1)
            m_report.broken(
                u"no-duplicate-in-org"_s,
                u"SyncDesk_Id__c %1 on %2 live records"_s.arg(it.key()).arg(it.value()));
    }
    const int expectedPersons = m_seededPersons + m_orgLeadsCreated + m_conversions -
                                m_orgDeletedPersons - m_mergedAway + m_localPersonsCreated;
    const int expectedAccounts = m_seededAccounts + m_localAccountsCreated + m_conversions;
    if (livePersons > expectedPersons || liveAccounts > expectedAccounts) {
        // Name the live records nobody is known to have created.
        QStringList strangers;
        for (auto it = orgRows.cbegin(); it != orgRows.cend(); ++it) {
            const QJsonObject &row = it.value();
            if (row.value(u"IsDeleted"_s).toBool() || m_foreign.contains(it.key()) ||
                m_journal.byCrmId(it.key()) || m_convertedAccounts.contains(it.key()))
                continue;
            bool leadOfConversion = false;
            for (TrackedRecord *record : m_journal.all())
                leadOfConversion = leadOfConversion || record->convertedFromLead == it.key();
            if (leadOfConversion)
                continue;
            // One of ours, made again after the org deleted it: not a duplicate, but a
            // deletion that did not stick.
            const std::optional<qint64> ours =
                SyncDeskExternalId::of(m_db).recordIdOf(text(row.value(u"SyncDesk_Id__c"_s)));
            TrackedRecord *resurrected = ours ? m_journal.byLocalId(*ours) : nullptr;
            if (resurrected && resurrected->deletedInOrg) {
                m_report.broken(resurrected->hardDeleted  ? u"org-hard-delete-arrives"_s
                                : resurrected->mergedAway ? u"org-merge-arrives"_s
                                                          : u"org-delete-arrives"_s,
                                u"local %1 (was %2 %3) created again in the org as %4"_s.arg(
                                    QString::number(*ours), resurrected->crmObject,
                                    resurrected->crmId, it.key()));
                if (it.key().startsWith(u"001"_s))
                    --liveAccounts;
                else
                    --livePersons;
                continue;
            }
            strangers << u"%1 %2 '%3' <%4>"_s.arg(it.key(), text(row.value(u"SyncDesk_Id__c"_s)),
                                                  text(row.value(u"LastName"_s)) +
                                                      text(row.value(u"Name"_s)),
                                                  text(row.value(u"Email"_s)));
        }
        if (livePersons > expectedPersons || liveAccounts > expectedAccounts)
            m_report.broken(
                u"no-duplicate-in-org"_s,
                u"%1 live people (expected %2), %3 accounts (expected %4); unknown: %5"_s
                    .arg(livePersons)
                    .arg(expectedPersons)
                    .arg(liveAccounts)
                    .arg(expectedAccounts)
                    .arg(strangers.join(u", "_s)));
    }

    RecordStore records(m_db);
    ConflictStore conflicts(m_db);
    int expectedConflicts = 0;
    int ambiguousConflicts = 0;
    for (TrackedRecord *record : m_journal.all()) {
        const QString who =
            u"%1 %2 (local %3)"_s.arg(record->crmObject, record->crmId).arg(record->localId);
        if (record->createdLocally && record->crmId.isEmpty()) {
            m_report.broken(u"local-record-in-org-once"_s,
                            u"local record %1 (%2) never linked to the org"_s.arg(record->localId)
                                .arg(record->email));
            continue;
        }
        const QJsonObject org = orgRows.value(record->crmId);
        if (record->deletedInOrg) {
            const std::optional<LocalRecord> local =
                record->localId ? records.find(record->localId) : std::nullopt;
            const QString invariant = record->hardDeleted  ? u"org-hard-delete-arrives"_s
                                      : record->mergedAway ? u"org-merge-arrives"_s
                                                           : u"org-delete-arrives"_s;
            if (!org.isEmpty() && !org.value(u"IsDeleted"_s).toBool())
                m_report.broken(invariant, who + u": live again in the org"_s);
            else if (local && !local->crmDeletedAt.isValid())
                m_report.broken(invariant, who + u": not marked deleted locally"_s);
            continue;
        }
        if (record->localId == 0) {
            m_report.broken(u"org-record-arrives"_s, who + u" is not in the workspace"_s);
            continue;
        }
        const std::optional<LocalRecord> local = records.find(record->localId);
        if (!local || org.isEmpty() || org.value(u"IsDeleted"_s).toBool()) {
            m_report.broken(record->createdLocally ? u"local-record-in-org-once"_s
                                                   : u"org-record-arrives"_s,
                            who + (org.isEmpty() ? u": not in the org"_s : u": gone locally"_s));
            continue;
        }
        if (record->createdLocally && local->crmId != record->crmId) {
            m_report.broken(u"local-record-in-org-once"_s,
                            who + u": relinked to "_s + local->crmId);
        }
        if (!record->convertedFromLead.isEmpty()) {
            if (local->crmId != record->crmId)
                m_report.broken(
                    u"lead-conversion-followed"_s,
                    u"%1: still linked to %2 %3 (converted from Lead %4)"_s.arg(
                        who, local->crmObject, local->crmId, record->convertedFromLead));
            QSqlQuery twins(m_db);
            twins.prepare(u"SELECT COUNT(*) FROM records WHERE crm_id = ? AND id <> ?"_s);
            twins.addBindValue(record->crmId);
            twins.addBindValue(record->localId);
            if (twins.exec() && twins.next() && twins.value(0).toInt() > 0)
                m_report.broken(u"lead-conversion-followed"_s,
                                who + u": the Contact is a second local person too"_s);
        }
        // Linked elsewhere (reported above): its fields are another record's.
        if (local->crmId != record->crmId)
            continue;
        QSet<QString> conflictFields;
        for (const SyncConflict &conflict : conflicts.forRecord(record->localId))
            conflictFields.insert(conflict.field);
        for (const QString &field : syncedFields(record->crmObject)) {
            const FieldHistory history = record->fields.value(field);
            const std::optional<FieldChange> winner = history.winner();
            const QString localValue = text(local->fields.value(field));
            const QString orgValue = text(org.value(field));
            const QString expected = winner ? text(winner->value) : orgValue;
            if (m_realOrg && record->crmObject == kAutomationObject && field == kAutomationField &&
                (record->hadApiSave ||
                 (!record->convertedFromLead.isEmpty() && orgValue == kAutomationValue))) {
                // Saved through the API (by SyncDesk or anyone): the rule had the last word.
                if (localValue != kAutomationValue || orgValue != kAutomationValue)
                    m_report.broken(
                        u"automation-change-arrives"_s,
                        u"%1.%2: local '%3', org '%4'"_s.arg(who, field, localValue, orgValue));
                continue;
            }
            if (localValue != expected || orgValue != expected) {
                m_report.broken(u"later-change-wins"_s,
                                u"%1.%2: expected '%3' (%4 change #%5), local '%6', org '%7'; "
                                u"%8 local and %9 org changes"_s.arg(who, field, expected)
                                    .arg(winner
                                             ? (winner->side == Side::Local ? u"local"_s : u"org"_s)
                                             : u"no"_s)
                                    .arg(winner ? winner->seq : 0)
                                    .arg(localValue, orgValue)
                                    .arg(history.localChanges)
                                    .arg(history.orgChanges));
            }
            if (history.conflictExpected) {
                ++expectedConflicts;
                if (history.conflictAmbiguous)
                    ++ambiguousConflicts;
                else if (!conflictFields.contains(field))
                    m_report.broken(
                        u"conflict-recorded"_s,
                        u"%1.%2: no sync_conflicts row; final '%3'"_s.arg(who, field, expected));
            }
        }
    }

    // Activities: one Task each.
    QHash<QString, int> tasks;
    const auto taskRows = m_org->query(
        u"SELECT Id, SyncDesk_Activity_Id__c FROM Task WHERE SyncDesk_Activity_Id__c != null"_s);
    ASSERT_TRUE(taskRows);
    for (const QJsonObject &task : *taskRows)
        ++tasks[text(task.value(u"SyncDesk_Activity_Id__c"_s))];
    QSqlQuery activities(m_db);
    ASSERT_TRUE(activities.exec(u"SELECT external_id, crm_task_id FROM activities"_s));
    int localActivities = 0;
    while (activities.next()) {
        ++localActivities;
        const QString key = activities.value(0).toString();
        if (tasks.value(key) != 1)
            m_report.broken(u"one-task-per-activity"_s,
                            u"activity %1: %2 Tasks"_s.arg(key).arg(tasks.value(key)));
    }
    if (localActivities != m_activities)
        m_report.broken(u"one-task-per-activity"_s, u"%1 activities in the workspace, %2 logged "
                                                    u"by the harness"_s.arg(localActivities)
                                                        .arg(m_activities));

    // Another install's records: exactly as seeded.
    for (auto it = m_foreign.cbegin(); it != m_foreign.cend(); ++it) {
        const QJsonObject now = orgRows.value(it.key());
        for (auto field = it.value().begin(); field != it.value().end(); ++field) {
            if (field.key() == u"attributes"_s)
                continue;
            if (text(now.value(field.key())) != text(field.value()))
                m_report.broken(u"foreign-install-untouched"_s,
                                u"%1 (%2).%3: '%4' became '%5'"_s.arg(
                                    it.key(), text(it.value().value(u"SyncDesk_Id__c"_s)),
                                    field.key(), text(field.value()),
                                    text(now.value(field.key()))));
        }
        if (now.value(u"IsDeleted"_s).toBool())
            m_report.broken(u"foreign-install-untouched"_s, it.key() + u" deleted"_s);
    }

    // Figures.
    const qint64 used = m_org->control("GET", u"usage"_s).object().value(u"used"_s).toInteger();
    const qint64 meter = used - m_usedAtStart - (m_org->countedCalls() - m_harnessCallsAtStart);
    QSqlQuery ledger(m_db);
    ledger.prepare(u"SELECT SUM(category <> 'auth'), SUM(category = 'auth'), "
                   u"SUM(category <> 'auth' AND org_used IS NOT NULL AND http_status <> 403) "
                   u"FROM api_calls WHERE "
                   u"called_at >= ?"_s);
    ledger.addBindValue(m_startedAtMs);
    ledger.exec();
    ledger.next();
    std::printf("\nfigures (seed %u, %s form):\n", m_plan.seed, m_plan.longForm ? "long" : "short");
    std::printf("  changes local -> org: %d field changes, %d records created (%d by CSV "
                "import in %d files), %d activities\n",
                m_journal.changes(Side::Local), m_localCreated, m_csvImports * 3, m_csvImports,
                m_activities);
    std::printf("  changes org -> local: %d field changes, %d Leads created, %d deleted (%d of "
                "them purged), "
                "%d Leads converted, %d merged away\n",
                m_journal.changes(Side::Org), m_orgLeadsCreated, m_orgDeletedPersons, m_hardDeletes,
                m_conversions, m_mergedAway);
    std::printf("  conflicts: %d in sync_conflicts; %d expected by the harness (%d of them "
                "ambiguous, not asserted)\n",
                conflicts.count(), expectedConflicts, ambiguousConflicts);
    std::printf("  kills: %d (%d with a batch in flight), engine starts %d, exits on its own "
                "%d, sign-in demands %d\n",
                m_kills, m_killsInFlight, m_engine->starts(), m_engine->exitsOnItsOwn(),
                m_signInDemands);
    if (m_realOrg) {
        m_faultsInjected =
            m_org->control("GET", u"meter"_s).object().value(u"faultsInjected"_s).toInt();
    }
    std::printf("  faults: %d injected (%s; the harness's own calls met %lld), failures "
                "standing when the storm ended %d\n",
                m_faultsInjected,
                m_realOrg ? "sandbox random faults, 20 % of requests" : "harness fault plan",
                m_org->faultedCalls(), m_failuresStandingAfterChaos);
    std::printf("  limit: %d phases spent by other integrations; %d org-side actions put off "
                "for want of calls\n",
                m_limitPhasesRun, m_skippedForLimit);
    std::printf("  calls: sandbox meter %lld (org total %lld minus the harness's %lld), "
                "SyncDesk ledger %d, of which %d metered (answered with Sforce-Limit-Info, "
                "not refused for the limit), +%d sign-in calls; a call cut off by a kill is "
                "metered but never in the ledger\n",
                meter, used - m_usedAtStart, m_org->countedCalls() - m_harnessCallsAtStart,
                ledger.value(0).toInt(), ledger.value(2).toInt(), ledger.value(1).toInt());
    std::fflush(stdout);
}

} // namespace

TEST_F(EngineSoakTest, ConvergesThroughKillsFaultsAndEditsOnBothSides)
{
    ASSERT_NO_FATAL_FAILURE(startOrg());
    ASSERT_NO_FATAL_FAILURE(seedForeignInstall());
    ASSERT_NO_FATAL_FAILURE(makeOrgReal());
    ASSERT_NO_FATAL_FAILURE(connectWorkspace());
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    ASSERT_NO_FATAL_FAILURE(trackImportedRecords());
    m_usedAtStart = m_org->control("GET", u"usage"_s).object().value(u"used"_s).toInteger();
    m_harnessCallsAtStart = m_org->countedCalls();

    setStorm(true);
    QElapsedTimer chaos;
    chaos.start();
    const qint64 hardEnd = m_plan.chaosMs * 2;
    while ((chaos.elapsed() < m_plan.chaosMs || m_kills < m_plan.kills) &&
           chaos.elapsed() < hardEnd) {
        const int roll = int(m_random.bounded(100));
        if (roll < 34)
            ASSERT_NO_FATAL_FAILURE(localEdit());
        else if (roll < 64)
            ASSERT_NO_FATAL_FAILURE(orgEdit());
        else if (roll < 71)
            ASSERT_NO_FATAL_FAILURE(localCreate());
        else if (roll < 75)
            ASSERT_NO_FATAL_FAILURE(orgCreateLead());
        else if (roll < 77)
            ASSERT_NO_FATAL_FAILURE(orgDelete());
        else if (roll < 78)
            ASSERT_NO_FATAL_FAILURE(orgConvertLead());
        else if (roll < 79)
            ASSERT_NO_FATAL_FAILURE(orgMerge());
        else if (roll < 92)
            ASSERT_NO_FATAL_FAILURE(logActivity());
        else if (roll < 93)
            ASSERT_NO_FATAL_FAILURE(csvImport());
        injectFaults();
        limitWeather(chaos.elapsed());
        tendEngine(true);
        linkLocalCreations();
        QTest::qWait(int(m_random.bounded(100, 500)));
    }
    std::printf("chaos: %.1f s of org time\n", double(chaos.elapsed()) / 1000.0);
    ASSERT_NO_FATAL_FAILURE(converge());
    ASSERT_NO_FATAL_FAILURE(verify());
    const QStringList failing = m_report.print(m_plan.seed);
    EXPECT_TRUE(failing.isEmpty()) << "broken invariants: " << failing.join(u", "_s).toStdString()
                                   << " (replay with SYNCDESK_SOAK_SEED=" << m_plan.seed << ")";
}
